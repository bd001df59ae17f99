# Methods that are coroutines, awaited directly, gathered, and run as tasks; bound methods keep their self.
import asyncio


class Worker:
    def __init__(self, name, delay):
        self.name = name
        self.delay = delay
        self.done = []

    async def run(self, job):
        await asyncio.sleep(self.delay)
        self.done.append(job)
        return f"{self.name} did {job}"

    @classmethod
    async def create(cls, name):
        await asyncio.sleep(0)
        return cls(name, 0.01)

    @staticmethod
    async def helper():
        return "helped"


async def main():
    w = await Worker.create("w1")
    fast = Worker("fast", 0)
    print(await w.run("a"), await Worker.helper())
    results = await asyncio.gather(w.run("b"), fast.run("c"), fast.run("d"))
    print(results, w.done, fast.done)
    task = asyncio.create_task(w.run("e"), name="job-e")
    print(await task, task.get_name())
    coro = fast.run("f")
    print(type(coro).__name__)
    print(await coro)


asyncio.run(main())
