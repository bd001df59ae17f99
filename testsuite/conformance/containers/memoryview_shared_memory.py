# Views of a bytearray share its memory: writes through a view (items, slices, strided slices) are seen in the
# bytearray and in every other view of it, and changes to the bytearray are seen through the views. Views of
# bytes are read-only. The errors of bad values and of slice assignments of the wrong size or format.
buf = bytearray(b"0123456789")
whole = memoryview(buf)
head, tail, evens = whole[:5], whole[5:], whole[::2]
head[0] = 65
tail[-1] = ord("Z")
evens[1] = 0x21
print(buf, whole.tobytes(), head.tobytes(), tail.tobytes(), evens.tobytes())
whole[2:4] = b"xy"
evens[2:4] = bytearray(b"EF")
tail[1:3] = memoryview(b"..")
head[::2] = b"+++"
whole[7:10][::-1] = b"abc"
print(buf, head.tolist(), evens.tolist())
buf[0] = 48
buf[5:7] = b"__"
print(whole[0], head.tobytes(), tail.tobytes(), evens.tobytes())
whole[1:4] = whole[6:9]
whole[3:9] = whole[0:6]
print(buf)
ro = memoryview(b"read-only")
for f in [lambda: ro.__setitem__(0, 1), lambda: ro.__setitem__(slice(0, 2), b"ab"), lambda: ro.__delitem__(0),
          lambda: whole.__delitem__(0), lambda: whole.__setitem__(0, 256), lambda: whole.__setitem__(0, -1),
          lambda: whole.__setitem__(0, "a"), lambda: whole.__setitem__(0, b"a"), lambda: whole.__setitem__(0, 1.0),
          lambda: whole.__setitem__(20, 1), lambda: whole.__setitem__(slice(0, 2), b"abc"),
          lambda: whole.__setitem__(slice(0, 2), "ab"), lambda: whole.__setitem__(slice(0, 2), [1, 2]),
          lambda: whole.__setitem__(slice(0, 2), memoryview(b"ab").cast("c")),
          lambda: whole.__setitem__("k", 1), lambda: whole.__setitem__((0, 1), 1)]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
print(ro.toreadonly().readonly, whole.toreadonly().readonly, whole.readonly, buf)
frozen = whole.toreadonly()
buf[0] = 0x7E
print(frozen[0], bytes(frozen[:3]))
frozen[0] = 1
