# Or-patterns: alternatives tried left to right, each binding the same names.


def classify(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case [x] | (x, _) | {"only": x}:
            return f"got {x!r}"
        case [1, (2 | 3) as second, *_]:
            return f"second is {second}"
        case str() | bytes():
            return "text"
        case (int(n) | float(n)) if n > 10:
            return f"big number {n}"
        case _:
            return "other"


for v in [1, [5], ("a", "b"), {"only": 9, "more": 1}, [1, 3, 9], [1, 4], "s", b"b", 11, 11.5, 3.5]:
    print(repr(v), "->", classify(v))

# The alternatives may bind in different orders.
match (1, 2):
    case (a, b) | [b, a]:
        print(a, b)
match [1, 2]:
    case (1, a, b) | [b, a]:
        print(a, b)
