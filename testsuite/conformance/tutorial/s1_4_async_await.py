# Tutorial 1.4: async def and await, two tasks sleeping concurrently.
import asyncio

async def func1():
    print(1)
    # 使用await等待异步操作
    await asyncio.sleep(0.02)
    print(2)

async def func2():
    print(3)
    await asyncio.sleep(0.02)
    print(4)

async def main():
    # 现代写法：创建任务并等待
    task1 = asyncio.create_task(func1())
    task2 = asyncio.create_task(func2())

    # 等待两个任务都完成
    await task1
    await task2

# Python 3.7+推荐使用asyncio.run()
asyncio.run(main())
