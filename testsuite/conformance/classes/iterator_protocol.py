# __iter__ returning self with __next__ raising StopIteration: for loops, list(), next() with a default,
# and an exhausted iterator staying exhausted.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print(n, end=" ")
print()
it = Countdown(2)
print(next(it), next(it), next(it, "done"), list(it))
print(list(Countdown(4)), sum(Countdown(10)), max(Countdown(5)))
print(list(zip(Countdown(3), "abc")), list(map(str, Countdown(2))))
try:
    next(Countdown(0))
except StopIteration as e:
    print("StopIteration", e.args)


class Cycle:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return CycleIter(self.items)


class CycleIter:
    def __init__(self, items):
        self.items, self.i = items, 0

    def __next__(self):
        if self.i >= 2 * len(self.items):
            raise StopIteration
        v = self.items[self.i % len(self.items)]
        self.i += 1
        return v


print(list(Cycle("xy")), [a + b for a in Cycle("ab") for b in Cycle("12")][:3])


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in CycleIter([1]):
        pass
except TypeError as e:
    print("TypeError:", e)
