# current_thread, main_thread, active_count, enumerate, get_ident; the deprecated camelCase aliases.
import threading
import warnings

main = threading.main_thread()
print(main.name, main is threading.current_thread(), type(main).__name__, main.daemon)
print(repr(main).startswith('<_MainThread(MainThread, started '))
print('active:', threading.active_count(), [t.name for t in threading.enumerate()])
print(main.ident == threading.get_ident(), main.native_id == threading.get_native_id())
print(main.is_alive())

hold = threading.Event()
started = threading.Semaphore(0)
info = []


def worker(i):
    me = threading.current_thread()
    info.append((me.name, me.ident == threading.get_ident(), me is not main))
    started.release()
    hold.wait()


threads = [threading.Thread(target=worker, args=(i,), name=f'w{i}') for i in range(3)]
for t in threads:
    t.start()
for _ in threads:
    started.acquire()
print('active while running:', threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(sorted(info))
print(len({t.ident for t in threads}), all(t.is_alive() for t in threads))
hold.set()
for t in threads:
    t.join()
print('active after:', threading.active_count(), [t.name for t in threading.enumerate()])

warnings.simplefilter('always')
print(threading.currentThread().name)
print(threading.activeCount())
print(main.isDaemon(), main.getName())
t = threading.Thread(name='old')
t.setName('older')
t.setDaemon(True)
print(t.name, t.daemon)
print(threading.TIMEOUT_MAX > 1000, threading.stack_size())
print(threading.gettrace(), threading.getprofile())
threading.settrace(None)
threading.setprofile(None)
print(sorted(threading.__all__))
