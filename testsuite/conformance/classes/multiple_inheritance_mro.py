# Diamond inheritance follows CPython's C3 order, and cooperative super() calls visit each class once.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

    def hello(self):
        return "Base"


class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")

    def hello(self):
        return "Right>" + super().hello()


class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()
        self.trail.append("Child")

    def hello(self):
        return "Child>" + super().hello()


c = Child()
print(c.trail)
print(c.hello())
print([k.__name__ for k in Child.__mro__])
print(Child.mro() == list(Child.__mro__))


class A: pass
class B: pass
class C(A, B): pass
class D(B, A): pass
class E(C): pass
class F(E, B): pass
print([k.__name__ for k in F.__mro__])
print(isinstance(F(), A), isinstance(F(), D), issubclass(F, (D, B)))
print(super(Left, c).hello(), super(Child, c).hello())
