# `with` on a user class: __enter__'s result is bound by `as`, __exit__ gets the exception (or Nones) and a
# true result suppresses it.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Resource("a") as value:
    print("inside", value)
with Resource("b", suppress=True):
    raise KeyError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)


def early():
    with Resource("d"):
        return "returned"


print(early())
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)
try:
    with object():
        pass
except TypeError as e:
    print("TypeError:", e)
