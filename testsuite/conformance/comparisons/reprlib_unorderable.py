# A Future's repr shows its result through reprlib, which sorts a set's items when they compare and keeps
# iteration order when a comparison raises: a set of tasks, of mixed types, of items whose __lt__ raises
# after some comparisons, and of items that compare fine.
import asyncio


class Late:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Late.calls += 1
        if Late.calls > 5:
            raise RuntimeError('no more comparisons')
        return self.v < other.v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return self is other

    def __repr__(self):
        return f'L{self.v}'


async def work(i):
    await asyncio.sleep(0)
    return i


async def main():
    loop = asyncio.get_running_loop()
    tasks = {asyncio.ensure_future(work(i)) for i in range(12)}
    fut = loop.create_future()
    fut.set_result(tasks)
    text = repr(fut)
    print(text.startswith('<Future finished result={<Task pending...'), text.count('<Task pending...'),
          text.endswith(', ...}>'))
    print(len(tasks), sorted(await asyncio.gather(*tasks)))
    for result in [{3, 2j, 1.5}, {5, 1, 4, 2, 3, 0, 9, 8}, {Late(v) for v in [9, 2, 7, 4, 1, 8, 3]},
                   frozenset({'b', 'a', 'c'}), {(1, 'a'), (1, 2)}, {1: 'x', 'k': 2}]:
        Late.calls = 0
        fut = loop.create_future()
        fut.set_result(result)
        print(repr(fut))
        print('  still', result)


asyncio.run(main())
