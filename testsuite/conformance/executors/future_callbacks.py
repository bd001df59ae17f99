# add_done_callback: callbacks run in order when the future finishes, at once when it already has;
# a failing callback is logged on the "concurrent.futures" logger and the others still run.
import concurrent.futures as cf
import threading

log = []
f = cf.Future()
f.add_done_callback(lambda fut: log.append(('first', fut.result())))
f.add_done_callback(lambda fut: log.append(('second', fut.done())))
print(log)
f.set_result(5)
print(log)
f.add_done_callback(lambda fut: log.append(('late', fut.result())))
print(log[-1])


def boom(fut):
    raise RuntimeError('callback failed')


g = cf.Future()
g.add_done_callback(boom)
g.add_done_callback(lambda fut: print('after the failing one'))
g.set_result(1)
g.add_done_callback(boom)

c = cf.Future()
c.add_done_callback(lambda fut: print('callback of a cancelled future:', fut.cancelled()))
c.cancel()

# callbacks of pool futures run in the worker thread that finished the call
names = []
done = threading.Event()
with cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix='cbpool') as ex:
    hold = threading.Event()
    fut = ex.submit(hold.wait)
    fut.add_done_callback(lambda fu: (names.append(threading.current_thread().name), done.set()))
    hold.set()
    done.wait()
print(names)
