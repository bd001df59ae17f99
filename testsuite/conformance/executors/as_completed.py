# as_completed: finished futures first, then each as it finishes; a timeout names what is left.
import concurrent.futures as cf
import threading

gates = [threading.Event() for _ in range(3)]


def gated(i):
    gates[i].wait()
    return f'task {i}'


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(gated, i) for i in range(3)]
    order = [2, 0, 1]
    gates[order[0]].set()
    seen = []
    for f in cf.as_completed(fs):
        seen.append(f.result())
        if len(seen) < 3:
            gates[order[len(seen)]].set()
    print(seen)

done_already = cf.Future()
done_already.set_result('ready')
pending = cf.Future()
it = cf.as_completed([done_already, pending], timeout=0.02)
print(next(it).result())
try:
    next(it)
except TimeoutError as e:
    print('TimeoutError:', e)

# the same future given twice counts once
twice = cf.Future()
twice.set_result(7)
print([f.result() for f in cf.as_completed([twice, twice])])


# futures finished by another thread while as_completed waits
def finish_later(futs):
    for i, f in enumerate(futs):
        f.set_result(i)


futs = [cf.Future() for _ in range(3)]
t = threading.Thread(target=finish_later, args=(futs,))
t.start()
print(sorted(f.result() for f in cf.as_completed(futs, timeout=5)))
t.join()
pending2 = [cf.Future(), cf.Future()]
for f in cf.as_completed(pending2, timeout=0.01):
    print('never')
