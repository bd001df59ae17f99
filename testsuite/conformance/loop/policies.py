# Event loop policies: the default policy holds the thread's loop; a program's policy (a subclass of
# DefaultEventLoopPolicy, or of AbstractEventLoopPolicy) is what get_event_loop, set_event_loop,
# new_event_loop and asyncio.run go through; set_event_loop_policy(None) restores a fresh default.
import asyncio

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, type(policy).__module__, isinstance(policy, asyncio.AbstractEventLoopPolicy))
print(policy is asyncio.get_event_loop_policy(), isinstance(policy, asyncio.DefaultEventLoopPolicy))
print([c.__name__ for c in type(policy).__mro__])
loop = asyncio.get_event_loop()
print('policy loop', loop is policy.get_event_loop())
policy.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
fresh = policy.new_event_loop()
print('new loop is not set', fresh is not loop)
asyncio.set_event_loop(fresh)
print('set through module', policy.get_event_loop() is fresh)
loop.close()

try:
    policy.set_event_loop(42)
except TypeError as e:
    print('TypeError:', e)
try:
    asyncio.set_event_loop_policy(42)
except TypeError as e:
    print('TypeError:', e)


class LoggingPolicy(asyncio.DefaultEventLoopPolicy):
    def __init__(self):
        super().__init__()
        self.made = 0

    def new_event_loop(self):
        self.made += 1
        print('  policy makes loop', self.made)
        return super().new_event_loop()

    def set_event_loop(self, loop):
        print('  policy sets', 'None' if loop is None else 'a loop')
        super().set_event_loop(loop)


mine = LoggingPolicy()
asyncio.set_event_loop_policy(mine)
print(asyncio.get_event_loop_policy() is mine)
first = asyncio.get_event_loop()
print('same again', first is asyncio.get_event_loop())


async def main():
    print('  running on a new loop', asyncio.get_running_loop() is not first)
    return 'done'


print(asyncio.run(main()))
print('made', mine.made)
first.close()


class Strict(asyncio.AbstractEventLoopPolicy):
    def __init__(self):
        self.loop = None

    def get_event_loop(self):
        print('  Strict.get_event_loop')
        if self.loop is None:
            raise RuntimeError('strict: no loop')
        return self.loop

    def set_event_loop(self, loop):
        print('  Strict.set_event_loop', loop is None)
        self.loop = loop

    def new_event_loop(self):
        print('  Strict.new_event_loop')
        return asyncio.SelectorEventLoop()


asyncio.set_event_loop_policy(Strict())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
print(asyncio.run(main()))
l2 = asyncio.new_event_loop()
asyncio.set_event_loop(l2)
print(asyncio.get_event_loop() is l2)
l2.close()

try:
    asyncio.AbstractEventLoopPolicy().get_event_loop()
except NotImplementedError as e:
    print('NotImplementedError', repr(e))

asyncio.set_event_loop_policy(None)
restored = asyncio.get_event_loop_policy()
print('restored', type(restored).__name__, restored is not mine)
l3 = asyncio.get_event_loop()
print(l3.is_closed())
l3.close()
