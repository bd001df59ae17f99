# A Future used directly: states, set_result, set_exception, cancel, InvalidStateError, reprs.
import concurrent.futures as cf
from concurrent.futures import Future


def mask(f):
    return repr(f).replace(hex(id(f)), '0x?')


f = Future()
print(mask(f), f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), mask(f), f.running())
print(f.cancel(), f.cancelled())
f.set_result([1, 2])
print(mask(f), f.result(), f.exception(), f.done())
try:
    f.set_result(3)
except cf.InvalidStateError as e:
    print('InvalidStateError:', str(e).replace(hex(id(f)), '0x?'))
try:
    f.set_exception(ValueError())
except cf.InvalidStateError as e:
    print('InvalidStateError:', str(e).replace(hex(id(f)), '0x?'))

g = Future()
g.set_exception(KeyError('k'))
print(mask(g), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print('result raised', repr(e))

c = Future()
print(c.cancel(), c.cancel(), c.cancelled(), c.done(), mask(c))
try:
    c.result()
except cf.CancelledError as e:
    print('CancelledError', repr(e))
try:
    c.exception()
except cf.CancelledError:
    print('exception() raises CancelledError too')
print(c.set_running_or_notify_cancel(), mask(c))
try:
    c.set_result(1)
except cf.InvalidStateError as e:
    print('InvalidStateError:', str(e).replace(hex(id(c)), '0x?'))

n = Future()
n.set_result(None)
print(mask(n))
print(issubclass(cf.CancelledError, cf._base.Error), issubclass(cf.InvalidStateError, cf._base.Error))
print(issubclass(cf.BrokenExecutor, RuntimeError), cf.CancelledError.__module__)
print(Future[int])
import asyncio
print(cf.CancelledError is asyncio.CancelledError, cf.InvalidStateError is asyncio.InvalidStateError)
c.result()
