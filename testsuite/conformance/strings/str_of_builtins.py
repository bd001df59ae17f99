# str() and repr() of values of the built-in types and of the types and builtins themselves.
import sys
values = [None, True, False, 0, -12, 1.5, -0.0, "s", b"b", (), (1,), (1, 2), [], [1, [2]], {}, {1: "a"}, set(), {3},
          frozenset(), frozenset({1}), range(0), range(1, 10, 2), range(-5, 5), slice(1, 2), slice(None, None, -1),
          Ellipsis, NotImplemented, int, str, float, list, dict, set, tuple, bool, type, object, type(None), range,
          len, print, ValueError("bad"), KeyError("k"), KeyError(), Exception("a", 1), ZeroDivisionError(),
          StopIteration(5), b"", ValueError, sys.maxsize, 10 ** 20]
for v in values:
    print(str(v), "|", repr(v))
print(str(), repr(""), str(b"\x00\xff"), str(["a", 'b"c']), repr(type(1.5)), type(...).__name__)
