# inspect's is* predicates over functions, methods, classes, modules, generators, coroutines and builtins.
import inspect
import functools
import sys
import asyncio


def plain(a, b=1):
    return a + b


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


class C:
    def method(self):
        pass

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass

    async def amethod(self):
        pass

    @property
    def prop(self):
        return 1

    def __call__(self):
        pass


c = C()
g = gen()
co = coro()
ag = agen()
lam = lambda x: x
part = functools.partial(coro, )
subjects = [
    ('plain', plain), ('lambda', lam), ('gen', gen), ('coro', coro), ('agen', agen),
    ('C', C), ('c', c), ('c.method', c.method), ('C.method', C.method), ('C.cm', C.cm), ('C.sm', C.sm),
    ('c.amethod', c.amethod), ('partial(coro)', part), ('partial(c.amethod)', functools.partial(c.amethod)), ('gen()', g), ('coro()', co), ('agen()', ag),
    ('len', len), ('[].append', [].append), ('sys', sys), ('int', int), ('1', 1), ('None', None),
]
predicates = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'iscoroutinefunction',
              'isasyncgenfunction', 'isgenerator', 'iscoroutine', 'isasyncgen', 'isawaitable', 'isbuiltin',
              'isroutine', 'isabstract', 'iscode', 'isframe', 'istraceback']
for name, obj in subjects:
    true = [p for p in predicates if getattr(inspect, p)(obj)]
    print(f'{name:15} {" ".join(true)}')
co.close()

# Through functools.wraps a wrapper is a plain function; iscoroutinefunction looks at the wrapper itself.
def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@deco
async def wrapped_coro():
    pass

print('wrapped', inspect.iscoroutinefunction(wrapped_coro), inspect.unwrap(wrapped_coro) is wrapped_coro.__wrapped__)
print('partial of partial', inspect.isgeneratorfunction(functools.partial(functools.partial(gen))))


class Awaitable:
    def __await__(self):
        yield


print('custom awaitable', inspect.isawaitable(Awaitable()), inspect.isawaitable(Awaitable))


async def main():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.ensure_future(coro())
    print('future', inspect.isawaitable(fut), inspect.isawaitable(task), inspect.iscoroutine(task))
    await task


asyncio.run(main())

import abc


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Impl(Base):
    def run(self):
        pass


print('abstract', inspect.isabstract(Base), inspect.isabstract(Impl), inspect.isabstract(Impl()))

try:
    raise ValueError('x')
except ValueError as e:
    tb = e.__traceback__
print('traceback', inspect.istraceback(tb), inspect.isframe(tb.tb_frame), inspect.iscode(tb.tb_frame.f_code))

# asyncio.iscoroutinefunction looks through bound methods and partials as inspect's does.
print('asyncio', [asyncio.iscoroutinefunction(o) for o in (coro, part, c.amethod, functools.partial(c.amethod),
                                                           agen, gen, wrapped_coro, C)])
