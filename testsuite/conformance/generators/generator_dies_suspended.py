# A suspended generator that is dropped is closed: its finally blocks and with-statements run at that moment.
class Guard:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)


def gen(name):
    with Guard(name):
        try:
            yield 1
            yield 2
        finally:
            print("finally", name)


g = gen("a")
print(next(g))
g = None
print("after dropping a")


def use():
    local = gen("b")
    next(local)
    print("leaving use")


use()
print("after use")
items = [gen("c"), gen("d")]
for it in items:
    next(it)
del items
print("end")
