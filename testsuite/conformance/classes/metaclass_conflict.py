# Choosing the metaclass: the most derived of the explicit one and those of the bases; unrelated metaclasses
# conflict. A metaclass may be any callable, whose result becomes the name's value.


class MetaA(type):
    pass


class MetaB(type):
    pass


class MetaAB(MetaA, MetaB):
    pass


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    pass


class AB(A, B, metaclass=MetaAB):
    pass


print(type(AB), AB.__mro__)


class FromBase(A, metaclass=type):
    pass


print(type(FromBase))


class Derived(MetaA):
    pass


class Upgraded(A, metaclass=Derived):
    pass


class Downgraded(Upgraded, metaclass=MetaA):
    pass


print(type(Upgraded), type(Downgraded))


def function_meta(name, bases, ns, **kw):
    print("function_meta", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return len(ns)


class NotAClass(A, metaclass=function_meta, option=True):
    x = 1


print(NotAClass)


class Lambda(metaclass=lambda name, bases, ns: name.lower()):
    pass


print(Lambda)

for bases in [(A, B), (B, A)]:
    try:
        class C(*bases):
            pass
    except TypeError as e:
        print("TypeError:", e)

try:
    class D(A, metaclass=MetaB):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class E(metaclass=3):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    MetaB("F", (A,), {})
except TypeError as e:
    print("TypeError:", e)


class Gen:
    def __repr__(self):
        return "Gen()"

    def __mro_entries__(self, bases):
        print("__mro_entries__", bases)
        return (A,)


class G(Gen(), object):
    pass


print(G.__bases__, G.__orig_bases__, type(G))


def nested():
    class Inner(B, A):
        pass


nested()
