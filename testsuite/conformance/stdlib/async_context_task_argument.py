# asyncio.create_task(context=ctx) runs the task in that very Context, and TaskGroup.create_task accepts it too
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")

async def setter(value):
    var.set(value)
    await asyncio.sleep(0)
    return var.get()

async def main():
    ctx = contextvars.copy_context()
    print(await asyncio.create_task(setter("a"), context=ctx), ctx[var], var.get())
    shared = contextvars.Context()
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(setter("b"), context=shared)
    print(t.result(), shared[var], var.get())
    loop = asyncio.get_running_loop()
    print(await loop.create_task(setter("c"), context=shared), shared[var])

asyncio.run(main())
