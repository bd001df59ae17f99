# Only AttributeError means "no match": other exceptions from attribute lookups, __eq__ or get() propagate.


class Prop:
    __match_args__ = ("value",)

    @property
    def value(self):
        raise KeyError("from the property")


class BadEq:
    def __eq__(self, other):
        raise RuntimeError("no comparison")


class Missing:
    __match_args__ = ("nothing",)


match Missing():
    case Missing(x):
        print("unreachable", x)
    case Missing():
        print("a missing attribute is no match")

try:
    match Prop():
        case Prop(v):
            print(v)
except KeyError as e:
    print("KeyError", e)

try:
    match BadEq():
        case 1:
            pass
except RuntimeError as e:
    print("RuntimeError", e)


def run():
    match BadEq():
        case [1] | {"a": 1}:
            pass
        case 2.5:
            pass


run()
