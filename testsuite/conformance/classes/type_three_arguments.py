# type(name, bases, dict) creates a class as a class statement would.
def greet(self):
    return f"hello from {type(self).__name__}"


Base = type("Base", (), {"greet": greet, "kind": "base"})
Child = type("Child", (Base,), {"kind": "child", "__repr__": lambda self: "<Child>"})
c = Child()
print(Base, Child, c, c.greet(), c.kind, Base().kind)
print(Child.__mro__, Child.__name__, Child.__qualname__, Child.__module__)
print(isinstance(c, Base), type(c) is Child, type(Child))
for args in (("X", [], {}), (1, (), {}), ("X", (), [])):
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
