# A class with only __getitem__ is iterable through the old sequence protocol: indices 0, 1, ... until
# IndexError; `in` uses the same walk.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        print("  getitem", i)
        if i >= self.n:
            raise IndexError("out of range")
        return i * i


print(list(Squares(3)))
print(4 in Squares(5))
for v in Squares(2):
    print("v =", v)


class Letters:
    def __getitem__(self, i):
        return "abc"[i]


print(list(Letters()), "".join(Letters()))
try:
    iter(object())
except TypeError as e:
    print("TypeError:", e)
