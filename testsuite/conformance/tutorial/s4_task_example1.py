# Tutorial 4, example 1: two tasks created before main awaits anything.
# (The tutorial's listing omits the final asyncio.run(main()) that its output implies.)
import asyncio

async def func():
    print(1)
    await asyncio.sleep(0.02)
    print(2)
    return "return"

async def main():
    print("main开始")
    # 将协程封装到Task对象中，并添加进事件循环任务列表，等待执行（默认就绪）
    task1 = asyncio.create_task(func())
    # 将协程封装到Task对象中，并添加进事件循环任务列表，等待执行（默认就绪）
    task2 = asyncio.create_task(func())
    print("main结束")

    # 当执行协程遇到I/O操作时，会自动化切换执行其他任务。
    # 此处的await是等待相对应的协程全部执行完毕并获取结果
    ret1 = await task1
    ret2 = await task2
    print(ret1, ret2)

"""输出结果为：
main开始
main结束
1
1
2
2
return return
"""
asyncio.run(main())
