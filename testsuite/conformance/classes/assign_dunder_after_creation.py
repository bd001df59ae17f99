# Assigning a special method to a class after it was created changes how its instances behave, in
# subclasses too; deleting it restores the inherited behaviour.
class Base:
    pass


class Sub(Base):
    pass


s = Sub()
print(len([s]), bool(s))
Base.__len__ = lambda self: 0
Base.__repr__ = lambda self: "<patched>"
print(bool(s), repr(s), [Base()])
Sub.__len__ = lambda self: 5
print(len(s), len(Base()))
del Sub.__len__
print(len(s))
Base.__eq__ = lambda self, other: True
print(s == 1, Base() == None)
del Base.__repr__
print(repr(Sub()).startswith("<__main__.Sub object at"))
