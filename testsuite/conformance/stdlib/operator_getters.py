# operator.itemgetter, attrgetter and methodcaller: single and tuple results, dotted names, sorting keys,
# their reprs (nested and recursive), reduce, the C types' errors and that they cannot be subclassed
import operator
from operator import itemgetter, attrgetter, methodcaller

rows = [("alice", 32, "nyc"), ("bob", 25, "sf"), ("carol", 32, "la"), ("dave", 25, "nyc")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)("xyz"), itemgetter(-1)([1, 2, 3]), itemgetter(slice(1, None))("hello"), itemgetter("k")({"k": 5}))
print(itemgetter(0, 2, 0)("abc"), itemgetter(0, 1)({0: "a", 1: "b"}), list(map(itemgetter(1), rows)))


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent

    def greet(self, greeting="hello", *, punct="!"):
        return f"{greeting}, {self.name}{punct}"

    def __repr__(self):
        return f"Node({self.name!r})"


root = Node("root")
kid = Node("kid", root)
print(attrgetter("name")(kid), attrgetter("parent.name")(kid), attrgetter("name", "parent.name", "parent")(kid))
print(sorted([Node("b"), Node("a"), Node("c")], key=attrgetter("name")))
print(attrgetter("real", "imag")(3), attrgetter("__class__.__name__")(kid))
print(methodcaller("greet")(kid), methodcaller("greet", "hi")(kid), methodcaller("greet", punct="?")(kid))
print(methodcaller("split", ",", 1)("a,b,c"), methodcaller("upper")("abc"), list(map(methodcaller("strip"), [" x ", "y "])))
print(methodcaller("greet", greeting="yo", punct=".")(root))

for g in (itemgetter(1), itemgetter(1, "a", None), attrgetter("x"), attrgetter("x.y", "z"),
          methodcaller("m"), methodcaller("m", 1, "two", k=3, j=[4]), itemgetter(itemgetter(0)),
          methodcaller("f", attrgetter("a")), itemgetter((1, 2))):
    print(repr(g))
print(itemgetter(1).__reduce__(), attrgetter("a", "b.c").__reduce__(), methodcaller("m", 1).__reduce__())
print(type(itemgetter(1)), type(attrgetter("a")).__name__, type(methodcaller("m")).__module__)

lst = []
ig = itemgetter(lst)
lst.append(ig)
print(repr(ig))
mc = methodcaller("f", lst)
print(repr(mc))

checks = [
    lambda: itemgetter(),
    lambda: attrgetter(),
    lambda: methodcaller(),
    lambda: attrgetter(1),
    lambda: attrgetter("a", 2),
    lambda: methodcaller(5),
    lambda: itemgetter(1, key=2),
    lambda: attrgetter("a", default=None),
    lambda: itemgetter(1)(),
    lambda: itemgetter(1)([1, 2], [3]),
    lambda: attrgetter("a")(1, 2),
    lambda: methodcaller("m")(),
    lambda: itemgetter(0)(x=[1]),
    lambda: itemgetter(5)([1, 2]),
    lambda: itemgetter("k")({}),
    lambda: itemgetter(0)(5),
    lambda: attrgetter("missing")(kid),
    lambda: attrgetter("parent.parent.name")(kid),
    lambda: methodcaller("nope")(kid),
    lambda: methodcaller("greet", 1, 2, 3)(kid),
]
for check in checks:
    try:
        print("ok", check())
    except (TypeError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)

for base in (itemgetter, attrgetter, methodcaller):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("TypeError", e)

sorted(rows, key=itemgetter(3))
