# Condition: wait/notify between a producer and consumers, wait_for with a predicate, timeouts, notify(n).
import threading

cond = threading.Condition()
items = []
log = []


def consumer(name):
    with cond:
        cond.wait_for(lambda: items)
        log.append((name, items.pop(0)))


c = threading.Thread(target=consumer, args=('c1',))
c.start()
with cond:
    items.append('first')
    cond.notify()
c.join()
print(log)

# wait with a timeout that expires returns False; wait_for returns the predicate's last value
with cond:
    print('wait timed out:', cond.wait(0.01))
    print('wait_for timed out:', cond.wait_for(lambda: 0, timeout=0.01))
    print('wait_for true at once:', cond.wait_for(lambda: 'yes'))
    print('wait(0):', cond.wait(0))

# notify(2) wakes two of three waiters, notify_all the last
ready = threading.Semaphore(0)
woken = []
flag = {'go': 0}


def waiter(i):
    with cond:
        ready.release()
        while flag['go'] <= 0:
            cond.wait()
        flag['go'] -= 1
        woken.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for _ in threads:
    ready.acquire()
with cond:
    # every waiter is inside wait() once we hold the lock again
    print('waiters:', len(cond._waiters))
    flag['go'] = 2
    cond.notify(2)
while len(woken) < 2:
    with cond:
        pass
    threading.Event().wait(0.001)
print('woken after notify(2):', len(woken))
with cond:
    flag['go'] = 1
    cond.notify_all()
for t in threads:
    t.join()
print('woken in all:', sorted(woken))

# a Condition over a plain Lock
plain = threading.Condition(threading.Lock())
box = []


def put_later():
    with plain:
        box.append(42)
        plain.notify()


with plain:
    t = threading.Thread(target=put_later)
    t.start()
    print('got', plain.wait_for(lambda: box and box[0]))
t.join()

r = repr(threading.Condition(threading.Lock()))
print(r.startswith('<Condition(<unlocked _thread.lock object at 0x'), r.endswith('>, 0)>'))

import warnings
warnings.simplefilter('always')
with cond:
    cond.notifyAll()
