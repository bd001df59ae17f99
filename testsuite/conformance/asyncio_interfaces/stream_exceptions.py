# The stream exceptions asyncio exports: IncompleteReadError, LimitOverrunError, SendfileNotAvailableError.
import asyncio
import asyncio.exceptions

e = asyncio.IncompleteReadError(b'abc', 10)
print(repr(e), str(e), e.partial, e.expected, e.args, isinstance(e, EOFError))
e = asyncio.IncompleteReadError(b'', None)
print(str(e), e.expected)
print(e.__reduce__()[1])
l = asyncio.LimitOverrunError('too long', 42)
print(repr(l), str(l), l.consumed, l.args, l.__reduce__()[1])
s = asyncio.SendfileNotAvailableError('no sendfile')
print(repr(s), isinstance(s, RuntimeError), asyncio.SendfileNotAvailableError.__mro__[1].__name__)
for cls in [asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.SendfileNotAvailableError]:
    print(cls.__module__, cls.__qualname__, cls is getattr(asyncio.exceptions, cls.__name__))
try:
    asyncio.IncompleteReadError(b'x')
except TypeError as e:
    print('TypeError:', e)
try:
    raise asyncio.IncompleteReadError(b'12', 5)
except EOFError as e:
    print('caught', type(e).__name__, e)


async def reader():
    raise asyncio.LimitOverrunError('Separator is not found, and chunk exceed the limit', 7)


asyncio.run(reader())
