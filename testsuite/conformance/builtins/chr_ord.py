# chr/ord round trips over ASCII and non-ASCII code points, and their ValueError/TypeError messages.
print(chr(65), chr(0x4e2d), chr(0x1f600), ord("A"), ord("中"), ord("😀"), ord("\n"), repr(chr(0)), repr(chr(127)), chr(0x10ffff) == "\U0010ffff")
print([ord(c) for c in "héllo"], "".join(chr(c) for c in [72, 105]), ord(b"a"), ord(chr(1114111)))
for v in [-1, 0x110000, 2 ** 40]:
    try:
        chr(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for v in ["", "ab", "中文", 65, None, b"ab"]:
    try:
        print(ord(v))
    except TypeError as e:
        print(type(e).__name__, e)
for v in ["a", 1.5]:
    try:
        chr(v)
    except TypeError as e:
        print(type(e).__name__, e)
