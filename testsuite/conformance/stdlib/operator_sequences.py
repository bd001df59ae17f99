# operator's sequence and misc functions: getitem/setitem/delitem with slices, contains, countOf,
# indexOf, concat, index, length_hint with __len__/__length_hint__ and its errors, call; one uncaught
import operator

data = list(range(10))
print(operator.getitem(data, 3), operator.getitem(data, slice(2, 8, 2)), operator.getitem({"a": 1}, "a"))
operator.setitem(data, 0, "zero")
operator.setitem(data, slice(1, 3), ["one", "two", "extra"])
operator.delitem(data, -1)
operator.delitem(data, slice(5, 7))
print(data)
d = {}
operator.setitem(d, ("x", 1), "tuple key")
print(d, operator.contains(d, ("x", 1)), operator.contains("hello", "ell"), operator.contains([1, [2]], [2]))
nan = float("nan")
print(operator.countOf([1, 2, 1, 1.0, True, "1"], 1), operator.countOf("banana", "a"), operator.countOf([nan, nan], nan))
print(operator.countOf(iter([1, 2, 3]), 4), operator.countOf({1: "a", 2: "b"}, 2), operator.countOf((x % 3 for x in range(10)), 0))
print(operator.indexOf([4, 5, 6, 5], 5), operator.indexOf("abc", "c"), operator.indexOf(iter(range(5, 10)), 7), operator.indexOf([nan], nan))
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.concat((1,), (2,)))


class Seq:
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __add__(self, other):
        return Seq(*(self.items + other.items))

    def __repr__(self):
        return f"Seq{tuple(self.items)}"


print(operator.concat(Seq(1), Seq(2)), operator.countOf(Seq(1, 1, 2), 1), operator.indexOf(Seq("a", "b"), "b"))


class Idx:
    def __index__(self):
        return 7


print(operator.index(5), operator.index(True), operator.index(Idx()), [1, 2, 3, 4, 5, 6, 7, 8][operator.index(Idx())])


class Hinted:
    def __init__(self, hint):
        self.hint = hint

    def __length_hint__(self):
        return self.hint


class Sized:
    def __len__(self):
        return 4

    def __length_hint__(self):
        return 99


class BadLen:
    def __len__(self):
        raise TypeError("no len here")

    def __length_hint__(self):
        return 3


print(operator.length_hint([1, 2, 3]), operator.length_hint("abcd"), operator.length_hint({1: 2}), operator.length_hint(Sized()))
print(operator.length_hint(Hinted(5)), operator.length_hint(Hinted(NotImplemented), 8), operator.length_hint(object(), 11))
print(operator.length_hint(x for x in "ab"), operator.length_hint(12, Idx()), operator.length_hint(BadLen()))
print(operator.call(max, 3, 9, 2), operator.call(sorted, [3, 1, 2], reverse=True), operator.call(dict, a=1))

checks = [
    lambda: operator.concat(1, 2),
    lambda: operator.concat({}, {}),
    lambda: operator.concat([1], (2,)),
    lambda: operator.countOf(5, 5),
    lambda: operator.indexOf(None, 1),
    lambda: operator.indexOf([1, 2], 3),
    lambda: operator.index(1.5),
    lambda: operator.index("3"),
    lambda: operator.length_hint(Hinted(-1)),
    lambda: operator.length_hint(Hinted("big")),
    lambda: operator.length_hint([], "x"),
    lambda: operator.length_hint(Hinted(2.0)),
    lambda: operator.delitem([1], 5),
    lambda: operator.setitem((1,), 0, 2),
    lambda: operator.getitem({}, []),
    lambda: operator.contains(3, 3),
    lambda: operator.call(),
]
for check in checks:
    try:
        print("ok", check())
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)

operator.indexOf("abc", "z")
