# Sequence patterns accept list, tuple, range, deque, memoryview, never str, bytes or bytearray.
import collections


def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r}, {y!r}"
        case (x, y, z):
            return f"three: {x!r}, {y!r}, {z!r}"
        case [_, _, _, *_]:
            return "four or more"
        case _:
            return "not a sequence"


for v in [[], (), [1], (1,), range(1, 3), [1, 2, 3], collections.deque("abc"), list(range(9)), "ab", "a",
          b"ab", bytearray(b"ab"), {1, 2}, {"a": 1, "b": 2}, iter([1, 2]), memoryview(b"xy"), 7]:
    print(type(v).__name__, "->", shape(v))

match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("nested", a, b, c, d)

match (1, 2), [3, 4]:
    case (a, b), (c, d):
        print("tuple subject", a, b, c, d)

match [1, 2]:
    case 1, 2:
        print("open sequence pattern")

match [[]]:
    case [[]]:
        print("empty inside")
