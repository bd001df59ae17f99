# coroutine.throw(): the exception is raised where the coroutine waits; it may catch it and go on, return, or
# let it out. throw(type), throw(type, value) and throw(instance), and throw() into a coroutine that never ran.
import asyncio


async def patient():
    for attempt in range(3):
        try:
            await asyncio.sleep(0)
        except ValueError as e:
            print("  caught", repr(e), "on attempt", attempt)
    return "finished"


c = patient()
print(c.send(None))
print(c.throw(ValueError("one")))
print(c.throw(ValueError, "two"))
try:
    c.throw(ValueError)
except StopIteration as stop:
    print("returned", stop.value)


async def lets_it_out():
    await asyncio.sleep(0)
    print("never here")


c = lets_it_out()
c.send(None)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))

c = lets_it_out()
try:
    c.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("then:", e)

try:
    patient().throw(42)
except TypeError as e:
    print("TypeError:", e)
