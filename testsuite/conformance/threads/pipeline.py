# A three-stage pipeline: reader -> workers -> writer over queues, stopped with sentinels;
# the writer puts results back in order by sequence number.
import queue
import threading

STOP = object()
source = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']
to_workers = queue.Queue(maxsize=3)
to_writer = queue.Queue()
N_WORKERS = 3


def reader():
    for seq, word in enumerate(source):
        to_workers.put((seq, word))
    for _ in range(N_WORKERS):
        to_workers.put(STOP)


def worker():
    while True:
        item = to_workers.get()
        if item is STOP:
            to_writer.put(STOP)
            return
        seq, word = item
        to_writer.put((seq, word.upper(), len(word)))


def writer(out):
    pending = {}
    next_seq = 0
    stops = 0
    while stops < N_WORKERS:
        item = to_writer.get()
        if item is STOP:
            stops += 1
            continue
        pending[item[0]] = item[1:]
        while next_seq in pending:
            out.append(pending.pop(next_seq))
            next_seq += 1


out = []
threads = [threading.Thread(target=reader, name='reader')]
threads += [threading.Thread(target=worker, name=f'worker-{i}') for i in range(N_WORKERS)]
threads.append(threading.Thread(target=writer, args=(out,), name='writer'))
for t in threads:
    t.start()
for t in threads:
    t.join()
for word, n in out:
    print(f'{word:8} {n}')
print('queues empty:', to_workers.empty(), to_writer.empty(), 'threads alive:', threading.active_count() - 1)
