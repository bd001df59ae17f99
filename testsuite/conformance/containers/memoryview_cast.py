# memoryview.cast: between byte formats ('B', 'b', 'c'), to and from wider native formats (native byte order,
# little-endian here), with a shape (nested tolist, multi-dimensional indexing), writes through a cast view,
# equality across formats, and the errors of cast and of item values out of a format's range.
raw = bytes(range(1, 9)) + b"\xff\xfe\x00\x80"
m = memoryview(raw)
c, b = m.cast("c"), m.cast("b")
print(c[0], c[-1], c.tolist()[:3], c.format, b[-1], b[-2], b.tolist()[-4:], m.cast("@B").format, m.cast("B") == m)
h, i, q = m.cast("H"), m.cast("I"), m[:8].cast("Q")
print(h.tolist(), h.itemsize, h.nbytes, len(h), h.strides, i.tolist(), q.tolist()[0], m[:8].cast("d").tolist())
print(m.cast("h").tolist(), m.cast("i").tolist(), m.cast("?").tolist()[-4:], m[:4].cast("f").tolist())
print(m[:8].cast("L")[0] == m[:8].cast("Q")[0], h.cast("B") == m, h.cast("c").tolist()[:2])
grid = m.cast("B", [3, 4])
print(grid.tolist(), grid.shape, grid.strides, grid.ndim, len(grid), grid[1, 2], grid[-1, -1], grid.tobytes("F"))
print(grid.cast("B").tolist() == list(raw), grid == m.cast("B", (3, 4)), grid == m, m.cast("B", [12]).shape)
buf = bytearray(8)
words = memoryview(buf).cast("H")
words[0] = 0xABCD
words[3] = 1
floats = memoryview(bytearray(8)).cast("d")
floats[0] = 1.5
signed = memoryview(bytearray(2)).cast("b")
signed[0] = -1
chars = memoryview(bytearray(b"ab")).cast("c")
chars[0] = b"Z"
flags = memoryview(bytearray(3)).cast("?")
flags[0], flags[2] = "yes", []
pointers = memoryview(bytearray(8)).cast("P")
pointers[0] = 2 ** 64 - 1
print(buf, floats.tobytes(), floats.tolist(), signed.tolist(), chars.tobytes(), flags.tolist(), pointers.tolist())
matrix = memoryview(bytearray(6)).cast("B", (2, 3))
matrix[1, 2] = 9
print(matrix.tolist(), matrix.obj)
print(memoryview(b"ab").cast("c") == b"ab", memoryview(b"ab").cast("c") == memoryview(b"ab").cast("c"),
      memoryview(b"\xff").cast("b") == memoryview(b"\xff"), memoryview(b"\x01\x00").cast("H") == memoryview(b"\x01\x00").cast("h"))
errors = [lambda: m[::2].cast("B"), lambda: m.cast("x"), lambda: m.cast("BB"), lambda: m.cast("<B"),
          lambda: m.cast(1), lambda: m.cast(), lambda: m[:3].cast("H"), lambda: h.cast("I"), lambda: h.cast("B", [2, 3]),
          lambda: m.cast("B", [5]), lambda: m.cast("B", [0, 12]), lambda: m.cast("B", 12), lambda: m.cast("B", [2.0]), lambda: m.cast("B", [-1, -12]), lambda: m.cast("x", [0]),
          lambda: grid[1], lambda: grid[1:2].tolist(), lambda: list(grid), lambda: grid[0, 9], lambda: grid[0, 1, 2],
          lambda: grid.cast("B", [2, 6]), lambda: m[:0].cast("B", [1]), lambda: words.__setitem__(0, 70000),
          lambda: words.__setitem__(0, -1), lambda: signed.__setitem__(0, 128), lambda: floats.__setitem__(0, "x"),
          lambda: m.cast("e"), lambda: chars.__setitem__(0, b"ab"), lambda: chars.__setitem__(0, 65),
          lambda: hash(memoryview(b"abcd").cast("H")), lambda: matrix.__setitem__(0, 1), lambda: words.__setitem__(0, 2 ** 64)]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
m.cast("B", [4, 4])
