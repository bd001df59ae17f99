# When main returns, asyncio.run cancels the tasks still pending; their finally blocks run.
import asyncio


async def background(name):
    try:
        print(name, "started")
        await asyncio.sleep(10)
        print(name, "never finishes")
    finally:
        print(name, "cleanup")


async def main():
    asyncio.create_task(background("bg1"))
    asyncio.create_task(background("bg2"))
    await asyncio.sleep(0)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
