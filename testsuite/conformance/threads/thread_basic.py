# Thread with target, args and kwargs: default names, is_alive, join, daemon, ident and reprs.
import threading

results = []


def worker(n, scale=1):
    me = threading.current_thread()
    results.append((me.name, n * scale))


def strip_ident(r):
    # A started thread's repr ends with its ident, which changes from run to run.
    head, _, tail = r.rpartition(' ')
    return head + ')>' if tail.rstrip(')>').isdigit() else r


t1 = threading.Thread(target=worker, args=(3,), kwargs={'scale': 10})
t2 = threading.Thread(target=worker, args=(4,), name='second')
print(t1.name, '|', t2.name)
print(repr(t1), repr(t2))
print('alive before start:', t1.is_alive(), 'ident:', t1.ident, 'native_id:', t1.native_id)
print('daemon:', t1.daemon, t2.daemon)
t1.start()
t1.join()
t2.start()
t2.join()
print('alive after join:', t1.is_alive(), t2.is_alive())
print(results)
print(type(t1.ident) is int, type(t1.native_id) is int, t1.ident != threading.get_ident())
print(strip_ident(repr(t1)))

# a name that is not a string is converted, an empty name gets the default
t3 = threading.Thread(target=worker, args=(5,), name=42)
t4 = threading.Thread(target=worker, args=(6,), name='')
print(repr(t3.name), t4.name)
t3.name = 'renamed'
print(t3.name)

# a target without __name__
class Callable:
    def __call__(self):
        results.append('callable ran')

t5 = threading.Thread(target=Callable())
print(t5.name)
t5.start()
t5.join()
print(results[-1])

# daemon threads and a thread with no target
t6 = threading.Thread(daemon=True)
print(t6.daemon, strip_ident(repr(t6)))
t6.start()
t6.join()
print(strip_ident(repr(t6)))
t7 = threading.Thread(target=worker, args=(7,))
t7.daemon = True
t7.start()
t7.join(timeout=5)
print(t7.is_alive(), results[-1])
