# Ported from CPython 3.11's Lib/test/test_asyncio/test_runners.py (RunTests and RunnerTests, in part): the test
# logic kept, the assertions turned into prints. CPython's tests install a policy whose loops are
# BaseEventLoops with mocked selectors; here the policy makes SelectorEventLoops that note their
# shutdown_asyncgens call, and each test ends with BaseTest.tearDown's checks. Tests that need unittest.mock,
# signals or threads are left out.
import asyncio
import contextvars


def check(what, value):
    print(f'  {what}: {value!r}')


class NotingLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__()
        self.shutdown_ag_run = False

    async def shutdown_asyncgens(self):
        self.shutdown_ag_run = True


class TestPolicy(asyncio.AbstractEventLoopPolicy):
    def __init__(self, loop_factory):
        self.loop_factory = loop_factory
        self.loop = None
        self.set_calls = 0

    def get_event_loop(self):
        # shouldn't ever be called by asyncio.run()
        raise RuntimeError

    def new_event_loop(self):
        return self.loop_factory()

    def set_event_loop(self, loop):
        self.set_calls += 1
        if loop is not None:
            self.loop = loop


def set_up():
    asyncio.set_event_loop_policy(TestPolicy(NotingLoop))


def tear_down():
    policy = asyncio.get_event_loop_policy()
    if policy.loop is not None:
        check('tearDown: loop closed', policy.loop.is_closed())
        check('tearDown: shutdown_asyncgens ran', policy.loop.shutdown_ag_run)
    asyncio.set_event_loop_policy(None)


def test_asyncio_run_return():
    async def main():
        await asyncio.sleep(0)
        return 42

    check('run', asyncio.run(main()))


def test_asyncio_run_raises():
    async def main():
        await asyncio.sleep(0)
        raise ValueError('spam')

    try:
        asyncio.run(main())
    except ValueError as e:
        check('ValueError', str(e))


def test_asyncio_run_only_coro():
    for o in [1, lambda: None]:
        try:
            asyncio.run(o)
        except ValueError as e:
            check('ValueError', str(e).startswith('a coroutine was expected'))


def test_asyncio_run_debug():
    async def main(expected):
        loop = asyncio.get_event_loop()
        check('debug is expected', loop.get_debug() is expected)

    asyncio.run(main(False), debug=False)
    asyncio.run(main(True), debug=True)


def test_asyncio_run_from_running_loop():
    async def main():
        coro = main()
        try:
            asyncio.run(coro)
        finally:
            coro.close()

    try:
        asyncio.run(main())
    except RuntimeError as e:
        check('RuntimeError', 'cannot be called from a running' in str(e))


def test_asyncio_run_set_event_loop():
    async def main():
        await asyncio.sleep(0)
        return 42

    policy = asyncio.get_event_loop_policy()
    asyncio.run(main())
    check('set_event_loop called', policy.set_calls > 0)


def test_non_debug():
    with asyncio.Runner(debug=False) as runner:
        check('debug', runner.get_loop().get_debug())


def test_debug():
    with asyncio.Runner(debug=True) as runner:
        check('debug', runner.get_loop().get_debug())


def test_custom_factory():
    loop = asyncio.new_event_loop()
    with asyncio.Runner(loop_factory=lambda: loop) as runner:
        check('loop is ours', runner.get_loop() is loop)


def test_run():
    async def f():
        await asyncio.sleep(0)
        return 'done'

    with asyncio.Runner() as runner:
        check('run', runner.run(f()))
        loop = runner.get_loop()
    try:
        runner.get_loop()
    except RuntimeError as e:
        check('RuntimeError', str(e))
    check('closed', loop.is_closed())


def test_run_non_coro():
    with asyncio.Runner() as runner:
        try:
            runner.run(123)
        except ValueError as e:
            check('ValueError', str(e))


def test_run_future():
    with asyncio.Runner() as runner:
        try:
            fut = runner.get_loop().create_future()
            runner.run(fut)
        except ValueError as e:
            check('ValueError', str(e).startswith('a coroutine was expected'))


def test_explicit_close():
    runner = asyncio.Runner()
    loop = runner.get_loop()
    runner.close()
    try:
        runner.get_loop()
    except RuntimeError as e:
        check('RuntimeError', str(e))
    check('closed', loop.is_closed())


def test_double_close():
    runner = asyncio.Runner()
    loop = runner.get_loop()
    runner.close()
    check('closed', loop.is_closed())
    runner.close()
    check('closed', loop.is_closed())


def test_second_with_block_raises():
    ret = []

    async def f(arg):
        ret.append(arg)

    runner = asyncio.Runner()
    with runner:
        runner.run(f(1))
    try:
        with runner:
            runner.run(f(2))
    except RuntimeError as e:
        check('RuntimeError', str(e))
    check('ret', ret)


def test_run_keeps_context():
    cvar = contextvars.ContextVar("cvar", default=-1)

    async def f(val):
        old = cvar.get()
        await asyncio.sleep(0)
        cvar.set(val)
        return old

    async def get_context():
        return contextvars.copy_context()

    with asyncio.Runner() as runner:
        check('first', runner.run(f(1)))
        check('second', runner.run(f(2)))
        check('context', runner.run(get_context()).get(cvar))


# The original also checks the never-awaited warning of g(), which CPython gives when unittest clears the
# traceback's frames (a reference cycle through the task keeps g() alive until then); the port closes g()
# itself, as test_asyncio_run_from_running_loop does.
def test_recursive_run():
    async def g():
        pass

    async def f():
        coro = g()
        try:
            runner.run(coro)
        finally:
            coro.close()

    with asyncio.Runner() as runner:
        try:
            runner.run(f())
        except RuntimeError as e:
            check('RuntimeError', str(e))


def test_set_event_loop_called_once():
    async def coro():
        pass

    policy = asyncio.get_event_loop_policy()
    runner = asyncio.Runner()
    runner.run(coro())
    runner.run(coro())
    check('set_event_loop calls', policy.set_calls)
    runner.close()


tests = [test_asyncio_run_return, test_asyncio_run_raises, test_asyncio_run_only_coro, test_asyncio_run_debug,
         test_asyncio_run_from_running_loop, test_asyncio_run_set_event_loop, test_non_debug, test_debug,
         test_custom_factory, test_run, test_run_non_coro, test_run_future, test_explicit_close, test_double_close,
         test_second_with_block_raises, test_run_keeps_context, test_recursive_run, test_set_event_loop_called_once]
for test in tests:
    print(test.__name__)
    set_up()
    try:
        test()
    except BaseException as e:
        print('  FAILED with', type(e).__name__, e)
    tear_down()
print(len(tests), 'tests')
