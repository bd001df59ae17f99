# The bytes methods on bytearray: each gives a bytearray where bytes gives bytes (split, partition, join,
# strip, case mapping, padding, replace, translate...), takes any bytes-like argument, and reports errors with
# bytearray's name; decode, hex with separators, fromhex, maketrans. The same calls on bytes, side by side.
for T in (bytes, bytearray):
    s = T(b"  Hello, World! hello\tworld\r\nline2\n")
    print(T.__name__)
    print(s.split(), s.split(b"o", 2), s.rsplit(None, 1), s.rsplit(bytearray(b"l"), 2), s.splitlines(),
          s.splitlines(True), s.strip().partition(b","), s.rpartition(bytearray(b"o")), s.partition(b"#"),
          s.rpartition(b"#"))
    print(s.strip(), s.lstrip(), s.rstrip(b"\n"), s.strip(b" Hd\n"), s.upper(), s.lower(), s.swapcase(),
          s.strip().capitalize(), s.title(), T(b"abc").center(9, b"*"), T(b"ab").center(7), T(b"abc").ljust(5),
          T(b"abc").rjust(5, bytearray(b"-")), T(b"-42").zfill(6), T(b"7").zfill(3), s.expandtabs(4))
    print(s.find(b"o"), s.rfind(b"o"), s.index(b"W"), s.rindex(111), s.count(b"l"), s.count(b"l", 5, -5),
          s.find(b"", 100), s.startswith(b"  H"), s.startswith((b"x", b"  ")), s.endswith(b"\n", 0, 100),
          s.find(b"l", -8), s.count(b""), s.find(memoryview(b"World")))
    print(T(b"a-b").join([b"1", bytearray(b"2"), memoryview(b"3")]), T(b"").join([]), s.replace(b"l", b"L"),
          s.replace(b"l", b"", 2), T(b"ab").replace(b"", b"."), s.removeprefix(b"  He"), s.removesuffix(b"2\n"),
          T(b"abc").translate(T.maketrans(b"abc", b"xyz")), T(b"abc").translate(None, b"b"),
          T(b"read this").translate(bytes(range(256)), delete=b"aeiou"))
    print(T(b"Ab1").isalnum(), T(b"Ab").isalpha(), T(b"").isalpha(), T(b"123").isdigit(), T(b" \t").isspace(),
          T(b"ab1").islower(), T(b"AB!").isupper(), T(b"Hello World").istitle(), T(b"\x80").isascii(),
          T(b"1").istitle(), T(b"A").istitle())
    h = T(b"\x01\xab\xff\x10\x00")
    print(h.hex(), h.hex(":"), h.hex("-", 2), h.hex(b"_", -2), h.hex(" ", 10), T.fromhex("01 ab FF  10"),
          T(b"x").fromhex("7a"), T(b"caf\xc3\xa9").decode(), T(b"caf\xe9").decode("latin-1"),
          T(b"ab\xff").decode("ascii", "replace"), T(b"x").decode(encoding="utf-8", errors="strict"))
    errors = [lambda: s.split(b""), lambda: s.partition(b""), lambda: s.find("o"), lambda: s.find(300),
              lambda: s.count(b"l", "x"), lambda: s.index(b"zz"), lambda: s.startswith("H"),
              lambda: s.endswith((b"x", "y")), lambda: s.strip("x"), lambda: s.join([b"a", "b"]), lambda: s.join(5),
              lambda: s.replace("a", b"b"), lambda: s.center(10, b"ab"), lambda: s.ljust(10, "x"),
              lambda: s.translate(b"short"), lambda: T.maketrans(b"ab", b"c"), lambda: T.fromhex("0g"),
              lambda: T.fromhex(b"00"), lambda: T.fromhex("\u00e9"), lambda: h.hex("::"), lambda: h.hex(5),
              lambda: h.hex("\u00e9"), lambda: T(b"\xff").decode(), lambda: s.upper(1), lambda: s.find(),
              lambda: s.count(b"a", 1, 2, 3), lambda: s.center(), lambda: s.split(1, 2, 3), lambda: s.join(),
              lambda: s.zfill(), lambda: s.split(x=1), lambda: s.translate(), lambda: T.upper(),
              lambda: T.upper("x"), lambda: s.find(memoryview(b"abcd")[::2]), lambda: s.decode(1)]
    for f in errors:
        try:
            print(f())
        except (TypeError, ValueError, UnicodeDecodeError, BufferError) as e:
            print(type(e).__name__ + ":", e)
bytearray(b"abc").decode("ascii", "bogus") + bytearray(b"\x80").decode("ascii")
