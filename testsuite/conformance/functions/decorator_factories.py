# Decorators with arguments, stacked decorators (applied bottom-up), functools.wraps keeping the name, doc and
# __wrapped__, and decorators on async functions.
import asyncio
import functools


def tag(label):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return f"<{label}>{fn(*args, **kwargs)}</{label}>"
        return wrapper
    return decorate


def shout(fn):
    def wrapper(*args):
        return fn(*args).upper()
    return wrapper


@tag("b")
@tag("i")
def greet(name):
    """Say hello."""
    return f"hello {name}"


@shout
@tag("p")
def line(x):
    return x


print(greet("ann"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
print(line("txt"), line.__name__)


def retry(times):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            return None
        return wrapper
    return decorate


calls = 0


@retry(3)
async def flaky(n):
    global calls
    calls += 1
    await asyncio.sleep(0)
    if calls < n:
        raise ValueError(f"call {calls}")
    return f"ok after {calls}"


print(asyncio.run(flaky(3)), flaky.__name__, asyncio.iscoroutinefunction(flaky))
