# A user Executor: submit() runs the call at once; the base class gives map() and the with statement.
import concurrent.futures as cf


class InlineExecutor(cf.Executor):
    def __init__(self):
        self.closed = False

    def submit(self, fn, /, *args, **kwargs):
        if self.closed:
            raise RuntimeError('closed')
        f = cf.Future()
        if f.set_running_or_notify_cancel():
            try:
                f.set_result(fn(*args, **kwargs))
            except BaseException as e:
                f.set_exception(e)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        print('shutdown wait =', wait)
        self.closed = True


with InlineExecutor() as ex:
    print(ex.submit(divmod, 17, 5).result())
    print(list(ex.map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
    print(repr(ex.submit(int, 'z').exception()))
try:
    ex.submit(print)
except RuntimeError as e:
    print('RuntimeError:', e)

try:
    cf.Executor().submit(print)
except NotImplementedError as e:
    print('NotImplementedError', repr(e))
base = cf.Executor()
print(base.shutdown(), base.__enter__() is base)
print(base.__exit__(None, None, None))
