# asyncio with contextvars: awaiting a coroutine shares the task's context, a child task does not write back
import asyncio
import contextvars

depth = contextvars.ContextVar("depth", default=0)

async def set_here(v):
    depth.set(v)

async def child():
    depth.set(depth.get() + 100)
    return depth.get()

async def main():
    await set_here(5)
    print("after awaited coroutine:", depth.get())
    print("child saw:", await asyncio.create_task(child()))
    print("parent keeps:", depth.get())
    ctx = contextvars.copy_context()
    print("copy run:", ctx.run(depth.get), ctx.run(depth.set, 7) is None, ctx[depth], depth.get())

asyncio.run(main())
