# locals(), vars() and dir() without arguments, in functions, closures, coroutines and class bodies.
import asyncio


def signature(a, b=2, *rest, key, **options):
    total = a + b
    print(locals())
    print(vars() == locals(), dir())


signature(1, key="k", extra=True)


def outer():
    shared = "cell"
    late = None

    def inner(x):
        y = x * 2
        return locals()

    print(sorted(locals()))
    del late
    print("late" in locals())
    return inner(5)


print(outer())


def unbound_yet():
    print(locals())
    value = 1
    print(locals())


unbound_yet()


class Config:
    debug = False
    level = "info"
    print(sorted(locals()))
    print(dir())
    names = list(locals())


print(Config.names)


async def worker(n):
    step = n + 1
    await asyncio.sleep(0)
    print("worker", locals())
    return dir()


async def main():
    print(await asyncio.gather(worker(1), worker(2)))
    print(locals())


asyncio.run(main())
print((lambda q, r=3: locals())(1))
print([locals() for _ in range(1)][0].keys() <= {"_", ".0"})
