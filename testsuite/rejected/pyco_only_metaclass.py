# pyco-only
import asyncio


class Worker(metaclass=type):
    pass


async def main():
    await asyncio.sleep(0)
    print(Worker.__name__)


asyncio.run(main())
