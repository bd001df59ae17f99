# close() raises GeneratorExit at the paused yield so finally blocks run; closing twice or closing a fresh
# generator does nothing; a closed generator is exhausted.
def reader(name):
    print("open", name)
    try:
        for i in range(10):
            yield f"{name}:{i}"
    finally:
        print("close", name)


r = reader("a")
print(next(r), next(r))
print(r.close(), r.close())
print(list(r))
fresh = reader("b")
fresh.close()
print(list(fresh))


def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise


c = catcher()
next(c)
c.close()


def returner():
    try:
        yield 1
    except GeneratorExit:
        return "ignored return value"


x = returner()
next(x)
print(x.close())
for item in reader("c"):
    if item.endswith("1"):
        break
print("after break")
