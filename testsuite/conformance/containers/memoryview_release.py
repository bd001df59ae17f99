# The life of a view: release() and the with statement, what a released view still allows (repr, ==, release
# again) and the ValueError of everything else, and a bytearray refusing to change size while views of it
# (also views of views) are unreleased - and accepting it again once they are all released.
buf = bytearray(b"abc")
m = memoryview(buf)
sub = m[1:]


def grow():
    b = buf
    b += b"x"


def repeat():
    b = buf
    b *= 2


for f in [lambda: buf.append(1), lambda: buf.extend(b"d"), lambda: buf.pop(), lambda: buf.remove(97),
          lambda: buf.insert(0, 1), lambda: buf.clear(), lambda: buf.__delitem__(0),
          lambda: buf.__delitem__(slice(None, None, 2)), lambda: buf.__setitem__(slice(0, 1), b"xy"),
          grow, repeat]:
    try:
        print(f())
    except BufferError as e:
        print("BufferError:", e)
buf[0:1] = b"A"
buf[0] = 66
buf.extend(b"")
buf += b""
buf *= 1
buf.reverse()
print(buf, m.tobytes(), sub.tobytes())
m.release()
m.release()
try:
    buf.append(100)
except BufferError as e:
    print("still exported:", e)
sub.release()
buf.append(100)
print(buf, str(m).startswith("<released memory at 0x"), m == m, m == buf, m != b"")
for f in [lambda: m[0], lambda: len(m), lambda: m.tobytes(), lambda: m.tolist(), lambda: m.hex(), lambda: m.nbytes,
          lambda: m.obj, lambda: m.readonly, lambda: m.format, lambda: m.itemsize, lambda: m.shape, lambda: m[0:1],
          lambda: list(m), lambda: 1 in m, lambda: m.cast("B"), lambda: m.toreadonly(), lambda: memoryview(m),
          lambda: bytes(m), lambda: bytearray(m), lambda: b"x" + m, lambda: hash(m), lambda: m.__enter__(),
          lambda: m.__setitem__(0, 1), lambda: b"abc".find(m), lambda: buf.extend(m)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
ro = memoryview(b"hash me")
h = hash(ro)
ro.release()
print(hash(ro) == h == hash(b"hash me"))
with memoryview(buf) as view:
    print(view.tobytes(), view is view.__enter__())
    try:
        buf.pop()
    except BufferError as e:
        print("in with:", e)
print(buf.pop(), repr(view)[:18])
it = iter(memoryview(bytearray(b"xy")))
print(next(it))
with memoryview(buf) as view:
    it = iter(view)
    print(next(it))
next(it)
