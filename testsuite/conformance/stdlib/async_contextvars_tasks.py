# asyncio with contextvars: each Task runs in a copy of its creator's context, so sets stay inside the task
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="-")

async def handle(n):
    before = request.get()
    request.set(f"req{n}")
    await asyncio.sleep(0.01 * (3 - n))
    return before, request.get()

async def main():
    request.set("main")
    print(await asyncio.gather(*(handle(i) for i in range(3))))
    print(request.get())
    t = asyncio.create_task(handle(9))
    request.set("changed after create")
    print(await t, request.get())

asyncio.run(main())
print(request.get())
