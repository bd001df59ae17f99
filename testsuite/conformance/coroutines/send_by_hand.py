# Driving coroutines by hand with send(None) until StopIteration, as an event loop does: what each send
# yields, the value StopIteration carries, and CPython's errors for reuse and for a non-None first send.
import asyncio


async def add(a, b):
    return a + b


async def chain():
    x = await add(1, 2)
    await asyncio.sleep(0)
    y = await add(x, 10)
    await asyncio.sleep(0)
    return [x, y]


def drive(coro):
    steps = 0
    while True:
        try:
            yielded = coro.send(None)
        except StopIteration as stop:
            return steps, stop.value
        steps += 1
        print("  yielded", yielded)


print(drive(add(2, 3)))
print(drive(chain()))

c = chain()
print(drive(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = add(1, 1)
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
print(drive(c))


async def returns_none():
    await asyncio.sleep(0)


c = returns_none()
c.send(None)
try:
    c.send(None)
except StopIteration as stop:
    print(repr(stop), stop.value, stop.args)
