# Misuse of threads and locks: CPython's exceptions and messages.
import threading


def attempt(label, fn, *args):
    try:
        fn(*args)
    except Exception as e:
        print(f'{label}: {type(e).__name__}: {e}')
    else:
        print(f'{label}: no error')


t = threading.Thread(target=lambda: None)
attempt('join before start', t.join)
t.start()
attempt('start twice', t.start)
t.join()
attempt('start after join', t.start)
attempt('daemon of a started thread', setattr, t, 'daemon', True)
attempt('join the current thread', threading.current_thread().join)
attempt('join the main thread from itself', threading.main_thread().join)
attempt('group given', threading.Thread, 'group')

lock = threading.Lock()
attempt('release an unlocked lock', lock.release)
rlock = threading.RLock()
attempt('release an unowned RLock', rlock.release)
cond = threading.Condition()
attempt('wait without the lock', cond.wait)
attempt('notify without the lock', cond.notify)
attempt('notify_all without the lock', cond.notify_all)
cond2 = threading.Condition(threading.Lock())
attempt('wait on a plain-lock condition not held', cond2.wait, 0.01)
attempt('negative semaphore', threading.Semaphore, -1)
sem = threading.Semaphore(2)
attempt('non-blocking acquire with a timeout', sem.acquire, False, 1)
attempt('release zero', sem.release, 0)
bsem = threading.BoundedSemaphore(1)
attempt('bounded release above the start', bsem.release)
bsem.acquire()
attempt('bounded release back', bsem.release)
attempt('bounded release n=2', bsem.release, 2)
print(threading.ThreadError is RuntimeError)


def worker():
    attempt('release a lock the main thread holds, from a thread', rlock.release)


rlock.acquire()
t = threading.Thread(target=worker)
t.start()
t.join()
rlock.release()

# an uncaught error: releasing an unlocked lock
lock.release()
