# A Condition over an RLock held several times: wait() gives up every level, and takes them all back.
import threading

lock = threading.RLock()
cond = threading.Condition(lock)
state = {'ready': False}
log = []


def notifier():
    with cond:
        log.append(('notifier holds it; count seen by notifier', lock._recursion_count()))
        state['ready'] = True
        cond.notify()


with lock:
    with cond:
        log.append(('main holds it, count', lock._recursion_count()))
        t = threading.Thread(target=notifier)
        t.start()
        cond.wait_for(lambda: state['ready'])
        log.append(('main back after wait, count', lock._recursion_count()))
t.join()
for entry in log:
    print(*entry)
print('released at the end:', lock._recursion_count(), lock.acquire(blocking=False))
lock.release()

# Condition's own lock methods
c = threading.Condition()
print(c.acquire(), c._is_owned())
c.release()
print(c._is_owned())
with c:
    print('inside with:', c._is_owned())
r = repr(c)
print(r.startswith('<Condition(<unlocked _thread.RLock object owner=0 count=0 at 0x'), r.endswith(', 0)>'))
