# Tutorial 2: the event loop runs the coroutine object.
import asyncio

async def func():
	print("111")
	
result = func()

# 早期版本，显示获取loop
#	loop = asyncio.get_event_loop()
#	loop.run_until_complete(result)

# 3.7版本后有了更简便的写法，上下两种写法等价
asyncio.run(result)
