# What the ported test_tasks programs share (CPython 3.11 test_asyncio/test_tasks.py's helpers and the test
# case's set-up): stand-in objects, task and future makers, a fresh loop per test, cleanups, warnings and output
# capture. A module of the topic, not a program (testsuite/README.md); the running test's loop is
# `_tasks_support.main_loop`.
import asyncio
import warnings

from _checks import fail

__all__ = [
    "Dummy", "CoroLikeObject", "coroutine_function", "get_innermost_context", "new_task", "new_future",
    "run_briefly", "sub_test", "assert_text_contains", "add_cleanup", "new_test_loop", "set_test_loop",
    "run_task_tests", "warns", "TextSink",
]


class Dummy:

    def __repr__(self):
        return '<Dummy>'

    def __call__(self, *args):
        pass


class CoroLikeObject:
    def send(self, v):
        raise StopIteration(42)

    def throw(self, *exc):
        pass

    def close(self):
        pass

    def __await__(self):
        return self


async def coroutine_function():
    pass


def get_innermost_context(exc):
    depth = 0
    while True:
        context = exc.__context__
        if context is None:
            break
        exc = context
        depth += 1
    return (type(exc), exc.args, depth)


def new_task(loop, coro, name='TestTask', context=None):
    return asyncio.Task(coro, loop=loop, name=name, context=context)


def new_future(loop):
    return asyncio.Future(loop=loop)


def run_briefly(loop):
    async def once():
        pass
    gen = once()
    t = loop.create_task(gen)
    try:
        loop.run_until_complete(t)
    finally:
        gen.close()


class sub_test:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if exc_info[0] is not None:
            print(f'  in sub-test {self.value!r}:')
        return False


def assert_text_contains(text, substr):
    if substr not in text:
        raise RuntimeError(f'text {substr!r} not found in:\n>>>{text}<<<')


main_loop = None
cleanups = []


def add_cleanup(func, *args):
    cleanups.append((func, args))


def new_test_loop():
    other = asyncio.new_event_loop()
    set_test_loop(other)
    return other


def set_test_loop(other):
    asyncio.set_event_loop(None)
    add_cleanup(other.close)


def run_task_tests(tests):
    global main_loop
    for test in tests:
        print(test.__name__)
        main_loop = asyncio.new_event_loop()
        set_test_loop(main_loop)
        try:
            test()
        except AssertionError as e:
            print('  FAIL:', e)
        except BaseException as e:
            print('  ERROR:', type(e).__name__, e)
        else:
            print('  ok')
        finally:
            while cleanups:
                func, args = cleanups.pop()
                func(*args)
            asyncio.set_event_loop(None)
            main_loop = None


class warns:
    def __init__(self, category):
        self.category = category

    def __enter__(self):
        self.catcher = warnings.catch_warnings(record=True)
        self.log = self.catcher.__enter__()
        warnings.simplefilter('always')
        return self

    def __exit__(self, typ, val, tb):
        self.catcher.__exit__(typ, val, tb)
        if typ is None and not any(issubclass(w.category, self.category) for w in self.log):
            fail(f'{self.category.__name__} not triggered')
        return False


class TextSink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def getvalue(self):
        return ''.join(self.parts)
