# Sequence and MutableSequence subclasses: __iter__, __contains__, __reversed__, index and count from
# __getitem__ and __len__; append, extend, reverse, pop, remove, clear and += from the mutators and insert.
from collections.abc import Sequence, MutableSequence, Reversible


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i

    def __len__(self):
        return self.n


s = Squares(6)
print(list(s), s[1:4], 16 in s, 17 in s, list(reversed(s)), s.count(4), s.index(9))
print(s.index(9, 2), s.index(9, -4), s.index(16, 0, 5), isinstance(s, Reversible), iter(s).__class__.__name__)
for args in ((7,), (0, 1), (25, 0, 5), (4, -1)):
    try:
        s.index(*args)
    except ValueError as e:
        print("ValueError", args, repr(e))
print(sorted(Squares(4), reverse=True), max(s), sum(s), enumerate(s).__next__())


class Tape(MutableSequence):
    def __init__(self, items=()):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return f"Tape({self._items})"


t = Tape("abc")
t.append("d")
t.extend("ef")
t.extend(t)
print(t, len(t))
t.reverse()
print(t, t.pop(), t.pop(0), t)
t.remove("c")
t += ["z"]
print(t, t.count("e"), t.index("z"))
same = t
t += t
print(same is t, len(t))
t.clear()
print(t, len(t))
try:
    t.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    t.remove("q")
except ValueError as e:
    print("ValueError:", repr(e))
t.extend(range(3))
print(t, 2 in t, list(reversed(t)))
Tape([1, 2]).remove(3)
