# heapq.merge: sorted inputs merged lazily, with key= and reverse=, stability among equal items, empty
# and one-item inputs, generators, and errors raised while merging; one uncaught
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [], [])))
print(list(heapq.merge([3])), list(heapq.merge("ace", "bdf")))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 3], [8, 6, 2], [4], reverse=True)))
print(list(heapq.merge(['horse', 'dog'], ['kangaroo', 'fish', 'cat'], key=len, reverse=True)))

# Equal items come out in the order of their inputs.
a = [(1, "a1"), (2, "a2"), (2, "a3")]
b = [(1, "b1"), (2, "b2")]
c = [(2, "c1")]
print(list(heapq.merge(a, b, c, key=lambda p: p[0])))
print(list(heapq.merge(a, b, c, key=lambda p: -p[0], reverse=True)))


def numbers(name, values):
    for v in values:
        print(f"  {name} yields {v}")
        yield v
    print(f"  {name} done")


m = heapq.merge(numbers("x", [1, 4]), numbers("y", [2, 3]))
print(type(m).__name__)
print("first", next(m))
print("second", next(m))
print("rest", list(m))

it = heapq.merge(range(0, 20, 3), range(1, 20, 5), key=lambda v: v % 7)
print(list(it))
print(list(heapq.merge(iter([1, 2]), [1.5, 2.5], (0,))))


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Box({self.v})"


print(list(heapq.merge([Box(1), Box(3)], [Box(2)], key=lambda b: b.v)))
for bad in ([[1, "a"], [2]], [[Box(1)], [Box(2)]], [1, [2]]):
    try:
        print(list(heapq.merge(*bad)))
    except TypeError as e:
        print("TypeError", e)

try:
    print(list(heapq.merge([1, 2], [3], key=lambda v: 1 / (v - 2))))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

for v in heapq.merge([1, 5], [2, None]):
    print(v)
