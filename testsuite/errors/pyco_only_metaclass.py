# pyco-only
import asyncio


class Registry(type):
    pass


class Worker(metaclass=Registry):
    pass


async def main():
    await asyncio.sleep(0)
    print(Worker.__name__)


asyncio.run(main())
