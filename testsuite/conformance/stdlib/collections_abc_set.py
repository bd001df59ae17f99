# Set's comparisons and & | - ^ operators, isdisjoint and _from_iterable; MutableSet's remove, pop, clear and
# in-place operators built on add and discard; _hash for an immutable set.
from collections.abc import Set, MutableSet, Hashable


class Bits(Set):
    """An immutable set of small ints kept as a sorted tuple."""

    def __init__(self, it=()):
        self._items = tuple(sorted(set(it)))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Bits{self._items}"


a, b = Bits([1, 2, 3]), Bits([3, 4])
print(a & b, a | b, a - b, b - a, a ^ b, type(a | b).__name__)
print(a & [2, 9], [2, 9] & a, a | [7], [7] | a, a - [1], [1, 5] - a, a ^ [1, 9], [1, 9] ^ a)
print(a == Bits([3, 2, 1]), a == {1, 2, 3}, a != b, a == [1, 2, 3], a <= {1, 2, 3, 4}, a < a, a < Bits([1, 2, 3, 4]))
print(a >= Bits([1]), a > Bits([1]), a > a, {1, 2, 3} == a, frozenset([3, 4]) == b, b <= frozenset([3, 4, 5]))
print(a.isdisjoint([4, 5]), a.isdisjoint(b), a.isdisjoint(iter([0])))
print(a.__hash__, isinstance(a, Hashable))
for op in (lambda: a < 3, lambda: a | 3, lambda: a & None, lambda: a <= [1], lambda: 3 - a):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)


class Labels(Set):
    """A set whose constructor takes keyword arguments: the operators need _from_iterable."""

    def __init__(self, *, names):
        self._names = list(dict.fromkeys(names))

    @classmethod
    def _from_iterable(cls, it):
        return cls(names=it)

    def __contains__(self, x):
        return x in self._names

    def __iter__(self):
        return iter(self._names)

    def __len__(self):
        return len(self._names)

    def __hash__(self):
        return self._hash()

    def __repr__(self):
        return f"Labels({self._names})"


x, y = Labels(names=["red", "green"]), Labels(names=["green", "blue"])
print(x | y, x & y, x - y, x ^ y)
print(hash(x) == hash(Labels(names=["green", "red"])), hash(Labels(names=[])) == hash(frozenset()),
      hash(x) == hash(frozenset(["red", "green"])), isinstance(x, Hashable))


class Tags(MutableSet):
    def __init__(self, it=()):
        self._d = {}
        for v in it:
            self.add(v)

    def __contains__(self, v):
        return v in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def add(self, v):
        self._d[v] = True

    def discard(self, v):
        self._d.pop(v, None)

    def __repr__(self):
        return f"Tags({list(self._d)})"


t = Tags("abc")
t.remove("b")
print(t, t.pop(), t)
t |= "xyz"
print(t)
t &= {"x", "y", "c", "q"}
print(t)
t ^= ["y", "w"]
print(t)
t -= {"w"}
print(t)
t ^= t
print(t)
t |= range(3)
t -= t
print(t, len(t))
t.add(1)
t.clear()
print(t)
try:
    t.pop()
except KeyError as e:
    print("KeyError:", repr(e))
t.remove("missing")
