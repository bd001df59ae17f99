# coroutine.close(): GeneratorExit where the coroutine waits, so its finally blocks run; a coroutine that
# swallows it and waits again makes close() raise RuntimeError; closing one that never ran or already finished
# does nothing (and a closed coroutine gives no never-awaited warning).
import asyncio


async def with_cleanup(name):
    try:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    finally:
        print("cleanup", name)


c = with_cleanup("a")
c.send(None)
c.close()
print("closed a")
c.close()

c = with_cleanup("never started")
c.close()
print("closed unstarted")


async def stubborn():
    while True:
        try:
            await asyncio.sleep(0)
        except GeneratorExit:
            print("ignoring GeneratorExit")


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)


async def returns_on_exit():
    try:
        await asyncio.sleep(0)
    except GeneratorExit:
        print("exiting")
        raise


del c
print("dropped")
c = returns_on_exit()
c.send(None)
c.close()
print("done")
