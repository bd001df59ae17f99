# A thread started with _thread directly: threading knows it only as a _DummyThread, made the first time
# it asks for current_thread(), daemonic, always alive, never joinable.
import _thread
import threading
import time

done = threading.Lock()
done.acquire()
seen = {}


def raw(tag):
    me = threading.current_thread()
    seen['name'] = me.name
    seen['type'] = type(me).__name__
    seen['daemon'] = me.daemon
    seen['alive'] = me.is_alive()
    seen['same'] = threading.current_thread() is me
    seen['ident'] = me.ident == threading.get_ident() == _thread.get_ident()
    seen['repr'] = repr(me).startswith('<_DummyThread(Dummy-1, started daemon ')
    seen['in enumerate'] = me in threading.enumerate()
    seen['tag'] = tag
    try:
        me.join()
    except AssertionError as e:
        seen['join'] = f'AssertionError: {e}'
    done.release()


_thread.start_new_thread(raw, ('raw',))
done.acquire()
for key in sorted(seen):
    print(key, seen[key])
t = threading.Thread(target=lambda: None)
print(t.name)


def raises():
    raise ValueError('in a raw thread')


ended = threading.Lock()
ended.acquire()


def raw_failing():
    try:
        raises()
    finally:
        ended.release()


# The exception is reported as unraisable ("Exception ignored in thread started by"), not by
# threading.excepthook; _count() drops once the report is written.
_thread.start_new_thread(raw_failing, ())
ended.acquire()
while _thread._count():
    time.sleep(0.001)
print('main done')
