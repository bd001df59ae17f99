# threading.excepthook replaced: the ExceptHookArgs it gets; a failing hook; the original kept as __excepthook__.
import threading

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.exc_traceback is not None,
                 args.thread.name))
    print('hook args is a tuple of', len(args), type(args).__name__)


def worker():
    raise ValueError('oops')


threading.excepthook = hook
t = threading.Thread(target=worker, name='w1')
t.start()
t.join()
print(seen)


def bad_hook(args):
    raise RuntimeError('the hook failed')


threading.excepthook = bad_hook
t = threading.Thread(target=worker, name='w2')
t.start()
t.join()

threading.excepthook = threading.__excepthook__
t = threading.Thread(target=worker, name='w3')
t.start()
t.join()

a = threading.ExceptHookArgs([ValueError, None, None, None])
print(a.exc_type, a.exc_value, a.exc_traceback, a.thread)
print(a)
try:
    threading.ExceptHookArgs([1, 2, 3])
except TypeError as e:
    print('TypeError:', e)

# the hook called directly, without a thread
try:
    raise LookupError('direct')
except LookupError as e:
    threading.excepthook(threading.ExceptHookArgs([type(e), e, e.__traceback__, threading.current_thread()]))
print('done')
