# A mapping-like class: __len__, __getitem__ (slices arrive as slice objects), __setitem__, __delitem__,
# __contains__ and __iter__ drive len(), indexing, del, `in` and for loops.
class Shelf:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return Shelf.of(self.items[key])
        return self.items[key]

    def __setitem__(self, key, value):
        print(f"  set [{key}] = {value!r}")
        if key == len(self.items):
            self.items.append(value)
        else:
            self.items[key] = value

    def __delitem__(self, key):
        print(f"  del [{key}]")
        del self.items[key]

    def __contains__(self, value):
        print(f"  contains {value!r}")
        return value in self.items

    def __iter__(self):
        return iter(self.items)

    def __repr__(self):
        return f"Shelf{self.items}"

    @classmethod
    def of(cls, items):
        s = cls()
        s.items = list(items)
        return s


s = Shelf()
s[0] = "book"
s[1] = "lamp"
s[2] = "mug"
print(len(s), s[1], s[-1], s[0:2], s[::-1])
s[1] = "plant"
del s[0]
print(s, "mug" in s, "book" not in s)
print([x.upper() for x in s], list(s), sorted(s), dict(enumerate(s)))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
a, b = s
print(a, b)
