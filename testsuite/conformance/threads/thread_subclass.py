# A Thread subclass overriding run() and __init__; the result handed back through attributes.
import threading


class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)


class Named(threading.Thread):
    def __init__(self, label):
        super().__init__(name=f'named-{label}')
        self.label = label

    def run(self):
        print('running', self.name, 'current is self:', threading.current_thread() is self)


class WithTarget(threading.Thread):
    # run() of the base class calls the target; this one wraps it.
    def run(self):
        print('before target')
        super().run()
        print('after target; target kept:', hasattr(self, '_target'))


s = Summer(range(101))
print(s.name, repr(s))
s.start()
s.join()
print('total', s.total)

n = Named('x')
n.start()
n.join()

w = WithTarget(target=print, args=('the target',))
print(w.name)
w.start()
w.join()


class Failing(threading.Thread):
    def run(self):
        raise KeyError('missing')


f = Failing(name='failing')
f.start()
f.join()
print('main continues after', f.name)


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    NoInit().join()
except RuntimeError as e:
    print('RuntimeError:', e)
