# Tutorial 4, example 2: asyncio.wait over a list of tasks; prints the set of done tasks.
import asyncio

async def func():
    print(1)
    await asyncio.sleep(0.02)
    print(2)
    return "return"

async def main():
    print("main开始")
    # 创建协程，将协程封装到Task对象中，并添加进事件循环任务列表，等待执行（默认就绪）
    task_list = [
        asyncio.create_task(func()),
        asyncio.create_task(func(), name="n1")
    ]
    print("main结束")

    # pending是还未完成的中间结果（没什么用），返回结果都放在done集合里面
    # 如timeout=1（默认为None）但是完成需要2秒，done就是空的，中间结果在pending中
    done, pending = await asyncio.wait(task_list, timeout=None)
    print(done)

asyncio.run(main())
