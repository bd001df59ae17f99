# Guards run after the pattern matched and its names were bound; a failing guard leaves them bound.
calls = []


def check(label, result):
    calls.append(label)
    return result


def g(v):
    match v:
        case [x, y] if check("sum", x + y > 10):
            return "big pair"
        case [x, y] if check("equal", x == y):
            return "equal pair"
        case [x, *_] if (n := len(v)) > 3:
            return f"long list of {n}"
        case x if check("any", False):
            return "never"
        case _:
            return f"default, x is {x}"


for v in [[5, 6], [2, 2], [1, 2, 3, 4], [1, 2]]:
    calls.clear()
    print(v, g(v), calls)

match 5:
    case x if x > 10:
        print("big")
    case y:
        print("x stayed bound from the failed guard:", x, y)

# The guard is not evaluated when the pattern fails.
match "s":
    case int() if check("unreachable", True):
        pass
    case _:
        print("guard skipped:", "unreachable" not in calls)
