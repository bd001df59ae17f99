# A user exception raised in a task crosses await and task boundaries with its attributes intact; the
# uncaught one prints the traceback through the awaits.
import asyncio


class JobFailed(Exception):
    def __init__(self, job, reason):
        super().__init__(f"{job} failed: {reason}")
        self.job = job


class Runner:
    async def step(self, job):
        await asyncio.sleep(0)
        if job.startswith("bad"):
            raise JobFailed(job, "bad input")
        return job.upper()

    async def run_all(self, jobs):
        return await asyncio.gather(*(self.step(j) for j in jobs), return_exceptions=True)


async def main():
    r = Runner()
    print(await r.run_all(["a", "bad1", "c"]))
    task = asyncio.create_task(r.step("bad2"))
    try:
        await task
    except JobFailed as e:
        print("caught", e.job, e, task.exception() is e)
    await r.step("bad3")


asyncio.run(main())
