# bytes: literals, repr escapes, indexing gives ints, slicing, len, concatenation, repetition, decode, methods.
b = b"hello \x00\x7f\x80\xff 'q' \"d\" \\ \t\n"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1][:3], type(b[0]).__name__, type(b[0:1]).__name__)
print(b"a" + b"bc", b"ab" * 3, b"" * 5, b"x" in b"xyz", 120 in b"xyz", b"abc" < b"abd", b"ab" == b"ab", b"a" == "a")
print(list(b"AZaz"), bytes([65, 66, 67]), bytes(3), bytes(), bytes("é", "utf-8"), b"\x41\102", repr(b"'"), repr(b"'\""))
print(b"Hello".upper(), b"a,b".split(b","), b"  x ".strip(), b"-".join([b"a", b"b"]), b"abc".find(b"c"), b"abcb".count(b"b"))
print(b"abc".hex(), bytes.fromhex("616263"), b"ab".decode("ascii"), b"x".startswith(b"x"), b"abc".replace(b"b", b"B"))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], sorted([b"b", b"a"]), max(b"abc"), sum(b"\x01\x02"))
for f in [lambda: b"a" + "b", lambda: b[100], lambda: bytes([256]), lambda: bytes("x"), lambda: b"a"[0:1] + 1, lambda: "a" + b"b"]:
    try:
        print(f())
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
for x in b"hi":
    print(x, end=" ")
print()
