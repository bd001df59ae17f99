# concurrent.futures.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and a timeout.
import concurrent.futures as cf
import threading

gates = [threading.Event() for _ in range(3)]


def gated(i, fail=False):
    gates[i].wait()
    if fail:
        raise ValueError(f'task {i} failed')
    return i


def names(fs, all_fs):
    return sorted(all_fs.index(f) for f in fs)


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(gated, i) for i in range(3)]
    done, not_done = cf.wait(fs, timeout=0.01)
    print('timeout:', names(done, fs), names(not_done, fs))
    gates[1].set()
    done, not_done = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
    print('first completed:', names(done, fs), names(not_done, fs))
    gates[0].set()
    gates[2].set()
    res = cf.wait(fs)
    print('all completed:', names(res.done, fs), names(res.not_done, fs), type(res).__name__)
    print(res._fields)

gates = [threading.Event() for _ in range(3)]
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(gated, 0), ex.submit(gated, 1, True), ex.submit(gated, 2)]
    gates[1].set()
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print('first exception:', names(done, fs), names(not_done, fs))
    gates[0].set()
    gates[2].set()
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print('first exception, all done:', names(done, fs), names(not_done, fs))

# already finished futures: wait returns at once; FIRST_EXCEPTION with no exception waits for all
a, b = cf.Future(), cf.Future()
a.set_result(1)
done, not_done = cf.wait([a, b], timeout=0, return_when=cf.FIRST_COMPLETED)
print(len(done), len(not_done))
b.set_result(2)
print(len(cf.wait([a, b], return_when=cf.FIRST_EXCEPTION).done))
c = cf.Future()
c.cancel()
print(len(cf.wait([c], timeout=1).done))
print(cf.wait([]))
try:
    cf.wait([cf.Future()], return_when='SOMETIMES')
except ValueError as e:
    print('ValueError:', e)
