# logging from several threads: each record names its thread; a handler's lock serialises emit().
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(threadName)s %(levelname)s %(name)s: %(message)s')
log = logging.getLogger('app')
turn = [threading.Event() for _ in range(3)]


def worker(i):
    turn[i].wait()
    log.info('worker %d reporting', i)
    record_thread = []

    class Capture(logging.Handler):
        def emit(self, record):
            record_thread.append(record.thread == threading.get_ident())

    h = Capture()
    log.addHandler(h)
    log.debug('captured')
    log.removeHandler(h)
    log.info('record.thread is this thread: %s', record_thread)
    if i + 1 < len(turn):
        turn[i + 1].set()


threads = [threading.Thread(target=worker, args=(i,), name=f'w{i}') for i in range(3)]
for t in threads:
    t.start()
log.warning('main starts the chain')
turn[0].set()
for t in threads:
    t.join()
log.info('main: all joined')
h = logging.getLogger().handlers[0]
print(type(h.lock).__name__, h.lock.acquire(blocking=False))
h.lock.release()


def noisy(n):
    for k in range(50):
        logging.getLogger('noisy').debug('line %d-%d', n, k)


# many threads logging at once: every line comes out whole (counted, not printed: their order varies)
class Counting(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


counting = Counting()
counting.setFormatter(logging.Formatter('%(threadName)s|%(message)s'))
noisy_log = logging.getLogger('noisy')
noisy_log.addHandler(counting)
noisy_log.propagate = False
ts = [threading.Thread(target=noisy, args=(n,), name=f'n{n}') for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(counting.lines), sorted(set(line.split('|')[0] for line in counting.lines)))
print(all(line == f"n{line[1]}|line {line[1]}-{line.split('-')[1]}" for line in counting.lines))
