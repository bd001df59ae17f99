# bytearray: the constructor's forms and errors, repr, len, indexing and slicing, iteration (which sees later
# changes), `in`, comparisons with bytes, bytearray and memoryview, concatenation and repetition, and the
# TypeError of hash().
class Idx:
    def __index__(self):
        return 3


print(bytearray(), bytearray(3), bytearray(Idx()), bytearray(b"abc"), bytearray([65, 66]), bytearray((1, 255)),
      bytearray(range(3)), bytearray(iter([7])), bytearray("é", "utf-8"), bytearray("ab", encoding="ascii"),
      bytearray("x\u00e9", "ascii", "replace"), bytearray(memoryview(b"mv")), bytearray(bytearray(b"copy")))
b = bytearray(b"it's \"q\" \x00\xff\t\n\\")
print(b, repr(b), str(b), len(b), b[0], b[-1], b[1:4], b[::-2], type(b[0:1]).__name__, bytearray(b"'"))
errors = [lambda: bytearray("abc"), lambda: bytearray(b"abc", "utf-8"), lambda: bytearray(3, errors="x"),
          lambda: bytearray(-1), lambda: bytearray([256]), lambda: bytearray([-1]), lambda: bytearray(["a"]),
          lambda: bytearray(1.5), lambda: bytearray(None), lambda: bytearray("é", "ascii"),
          lambda: bytearray("a", 5), lambda: bytearray(x=1), lambda: bytearray(1, 2, 3, 4), lambda: b[10],
          lambda: b[-20], lambda: b["x"], lambda: hash(b), lambda: {b: 1}, lambda: 256 in b, lambda: "a" in b,
          lambda: b < "x", lambda: b + "x", lambda: b + 1, lambda: b * "x", lambda: b * 1.5]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError, IndexError, UnicodeEncodeError) as e:
        print(type(e).__name__ + ":", e)
a = bytearray(b"abc")
print(a == b"abc", b"abc" == a, a == bytearray(b"abc"), a == memoryview(b"abc"), memoryview(b"abc") == a,
      a != "abc", a == "abc", a < b"abd", b"abb" < a, a >= bytearray(b"abc"), a > b"ab", sorted([a, b"b", b"ab"]))
print(a + b"d", b"d" + a, a + bytearray(b"e"), a + memoryview(b"f"), a * 2, 2 * a, a * 0, a * -1, b"x" * 2)
print(98 in a, b"bc" in a, bytearray(b"c") in a, memoryview(b"ab") in a, b"" in a, 120 in a, a in b"xabcx")
print(list(a), tuple(a), [x for x in a], list(reversed(a)), max(a), sum(a), bool(a), bool(bytearray()))
it = iter(a)
print(next(it))
a.append(100)
a[1] = 66
print(list(it), type(it).__name__, type(iter(b"")).__name__)
print(bytearray(b"%d") if False else bytearray.fromhex("41 42"), int(bytearray(b"12")), float(bytearray(b"1.5")),
      str(bytearray(b"hi"), "ascii"), ord(bytearray(b"z")), bytes(a), bytearray(a) is a, isinstance(a, bytearray))
hash(bytearray(b"key"))
