# An exception inside a task whose coroutine lives in another module, uncaught: the traceback keeps the frames of
# both program files and drops asyncio's own
import asyncio

from jobs import supervisor

asyncio.run(supervisor(3))
