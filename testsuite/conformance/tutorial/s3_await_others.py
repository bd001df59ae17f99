# Tutorial 3: awaiting another coroutine runs it and gives its return value.
import asyncio

async def others():
    print("start")
    await asyncio.sleep(0.02)
    print("end")
    return "返回值"

async def func():
    print("执行协程函数内部代码")
    # 遇到IO操作挂起当前协程，等IO操作完成后在继续往下执行
    # 当前协程挂起时，事件循环可以去执行其他协程
    response = await others()
    print("I/O请求结束，结果为：", response)

asyncio.run(func())
