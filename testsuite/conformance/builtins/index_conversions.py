# Arguments converted with operator.index: bools count as ints, user classes with __index__ work as indexes,
# floats and None are refused with CPython's TypeError.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
print(list(enumerate("ab", start=True)), list(enumerate("ab", Idx(5))), sorted([3, 1, 2], reverse=1), sorted([1, 2], reverse=False))
print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], (1, 2, 3)[Idx(0)], hex(Idx(255)), bin(Idx(3)), oct(Idx(8)), "ab" * Idx(2))
print(list(range(Idx(3))), [1, 2, 3, 4][Idx(1):Idx(3)], chr(Idx(65)), "x".center(Idx(5), "*"), round(1234, Idx(-2)))
lst = [1]
for f in [lambda: sorted([1], reverse=None), lambda: [1].sort(reverse=1.5), lambda: enumerate("a", 1.5), lambda: lst[None],
          lambda: "ab" * 2.0, lambda: range(Idx(2), 5.0), lambda: hex(2.0)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
