# threading._register_atexit: functions run at exit before non-daemon threads are joined, newest first;
# atexit callbacks run after the threads are joined.
import atexit
import threading
import time

stop = threading.Event()


def worker():
    stop.wait()
    print('worker saw stop')


def at_thread_exit(tag):
    print('threading atexit', tag)
    stop.set()


def at_exit():
    print('atexit callback; alive threads:', threading.active_count())


atexit.register(at_exit)
threading._register_atexit(at_thread_exit, 'one')
threading._register_atexit(print, 'threading atexit', 'two')
threading.Thread(target=worker).start()
print('main module ends')
