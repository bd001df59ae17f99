# warnings inside asyncio tasks: stacklevel through awaited coroutines and generators, the "default" registry
# per line across tasks, the runtime's never-awaited warning filtered by module and message, and a warning
# turned into an error that fails a task.
import asyncio
import warnings


async def old_fetch(n):
    warnings.warn(f"old_fetch({n}) is deprecated", DeprecationWarning, stacklevel=2)
    await asyncio.sleep(0)
    return n


async def client(n):
    value = await old_fetch(n)
    return value * 10


def numbers():
    warnings.warn("numbers() yields", stacklevel=2)
    yield 1
    warnings.warn("numbers() resumed", stacklevel=2)
    yield 2


async def unused():
    pass


async def strict():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.warn("strict task", RuntimeWarning)


async def main():
    print(await asyncio.gather(client(1), client(2), client(3)))
    print(list(numbers()))
    unused()
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        await asyncio.gather(client(4), client(5))
        unused()
    print([(str(w.message), w.lineno) for w in log])
    warnings.filterwarnings("ignore", message="coroutine 'unused'")
    unused()
    task = asyncio.create_task(strict())
    try:
        await task
    except RuntimeWarning as e:
        print("task failed:", repr(e))
    warnings.resetwarnings()
    warnings.filterwarnings("ignore", module="__main__")
    unused()
    warnings.resetwarnings()
    pending = unused()
    return pending


kept = asyncio.run(main())
print("end")
