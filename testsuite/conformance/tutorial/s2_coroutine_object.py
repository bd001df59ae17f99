# Tutorial 2: calling a coroutine function only creates a coroutine object; nothing runs, and CPython warns
# at exit that the coroutine was never awaited.
async def func():
	print(1)
	
result = func()
