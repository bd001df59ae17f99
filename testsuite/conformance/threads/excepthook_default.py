# An uncaught exception in a thread: threading.excepthook prints it on stderr; the program goes on.
import threading


def inner(x):
    return 10 // x


def worker(x):
    print('worker starts')
    inner(x)


t = threading.Thread(target=worker, args=(0,))
t.start()
t.join()
print('main continues, alive:', t.is_alive())

t = threading.Thread(target=worker, args=(0,), name='named worker')
t.start()
t.join()


def chained():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('bad value') from e


t = threading.Thread(target=chained)
t.start()
t.join()


def quits():
    raise SystemExit(3)


t = threading.Thread(target=quits)
t.start()
t.join()
print('SystemExit in a thread is silent; main ends normally')
