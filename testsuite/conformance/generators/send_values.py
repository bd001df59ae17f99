# send() resumes a generator with a value that becomes the result of its yield; the first step must send None.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulator()
print(next(acc))
print(acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)


def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received


g = echo()
print(g.send(None), g.send("a"), g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print(e.value, e.args)
print(type(g).__name__, g.__name__, g.__qualname__)
