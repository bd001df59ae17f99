# Names bound by patterns follow the scope rules of assignment: locals, globals, closures, class bodies.
counter = None


def set_global(v):
    global counter
    match v:
        case int(counter):
            pass


set_global(7)
print("global", counter)


def outer():
    match (1, 2):
        case (a, b):
            pass

    def inner():
        match [a]:
            case [x]:
                return x + b
    return inner()


print("closure", outer())


class Config:
    match {"debug": True, "level": 3}:
        case {"debug": debug, "level": level}:
            pass


print("class attributes", Config.debug, Config.level)


def unbound(v):
    match v:
        case [x]:
            pass
    return x


print(unbound([1]))
try:
    unbound(5)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

squares = [y for v in [(1,), (2,), (3,)] if (y := v[0] ** 2)]
print(squares)


def nested_lambda():
    match 3:
        case n:
            f = lambda: n * 2
    return f()


print(nested_lambda())
