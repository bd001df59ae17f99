# Tutorial 3: await asyncio.sleep() returns None.
import asyncio

async def func():
    print('hello')
    response = await asyncio.sleep(0.02)
    print("结束：", response)

asyncio.run(func())
