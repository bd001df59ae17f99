# memoryview over bytes and bytearray: indexing, slicing (views of views, strides, negative steps), len,
# nbytes, readonly, format, itemsize, ndim, shape, strides, obj, tobytes, tolist, hex, iteration, `in`, ==
# with views and bytes-like objects, hash of read-only views, and the errors of bad keys and arguments.
data = b"abcdefgh"
m = memoryview(data)
print(m[0], m[-1], len(m), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj is data)
print(m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous, type(m).__name__, type(m[1:]).__name__)
for view in [m[2:5], m[::2], m[::-1], m[5:1:-2], m[100:], m[1:7][::3], memoryview(m)[1:3], m[:]]:
    print(view.tobytes(), view.tolist(), len(view), view.nbytes, view.shape, view.strides, view.c_contiguous,
          view.hex(), view.obj is data, bytes(view), bytearray(view))
print(m.hex(":"), m.hex("-", 3), m.hex(b" ", -3), m.tobytes("C"), m.tobytes(order="A"), m.tobytes(None))
print(list(m[::3]), [x for x in m[6:]], 99 in m, b"c" in m.tolist(), list(reversed(m[:3])), max(m), sum(m))
b = bytearray(b"xyz")
v = memoryview(b)
print(v.readonly, v.obj is b, v.tobytes(), v == b"xyz", v == b, v == bytearray(b"xyz"), v == m, v != b"xy")
print(m == data, data == m, m[::2] == b"aceg", m[::2] == m[::2].tobytes(), m == m, m == [97], m != "abc",
      m[:0] == b"", memoryview(b"") == b"")
print(hash(m) == hash(data), hash(m[::2]) == hash(b"aceg"), hash(m[1:3]) == hash(m[1:3]), {m[:2]: 1}[b"ab"])
errors = [lambda: m[8], lambda: m[-9], lambda: m["a"], lambda: m[1.5], lambda: m[0, 1], lambda: m[...],
          lambda: m[()], lambda: m[0:2, 1:3], lambda: m < m, lambda: m > b"a", lambda: hash(v),
          lambda: memoryview("abc"), lambda: memoryview(5), lambda: memoryview([1]), lambda: memoryview(),
          lambda: memoryview(b"a", b"b"), lambda: memoryview(object=b"x", x=1), lambda: m.tobytes("X"),
          lambda: m.tobytes(1), lambda: m.tolist(1), lambda: m.hex("::"), lambda: m[::0], lambda: m + m,
          lambda: m * 2, lambda: m.release(1), lambda: memoryview.tobytes(b"x")]
for f in errors:
    try:
        print(f())
    except (IndexError, TypeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
print(memoryview(object=b"kw").tobytes(), memoryview(m[2:4]).tolist(), m[(3,)])
m[0]
