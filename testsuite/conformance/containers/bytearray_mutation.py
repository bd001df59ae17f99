# Mutating a bytearray: item and slice assignment (growing, shrinking, extended slices, the b[::2] = b''
# deletion), del, append, extend, insert, pop, remove, clear, reverse, copy, += and *=, with CPython's errors.
b = bytearray(b"abcdef")
b[0] = 65
b[-1] = 0x46
b[1:3] = b"XYZ"
print(b)
b[1:4] = b""
b[0:0] = [1, 2]
b[100:] = bytearray(b"!")
b[5:2] = b"<>"
print(b)
b[::2] = b"\x00" * len(b[::2])
print(b)
b[::-3] = range(len(b[::-3]))
print(b)
b[1:3] = b
print(b)
b[::3] = b""
print(b)
del b[0]
del b[-1]
del b[::2]
del b[1:3]
print(b)
b = bytearray(b"hello")
b.append(33)
b.extend(b" wor")
b.extend(bytearray(b"l"))
b.extend(memoryview(b"d?"))
b.extend([63, 63])
b.extend(x for x in b"..")
b.extend(b)
b.insert(0, 62)
b.insert(-1, 60)
b.insert(100, 43)
b.insert(-100, 45)
print(b, b.pop(), b.pop(0), b.pop(-2), len(b))
b.remove(33)
b.reverse()
c = b.copy()
c.clear()
print(b, c, b.copy() == b, b.copy() is b)
b = bytearray(b"ab")
alias = b
b += b"cd"
b += bytearray(b"e")
b += memoryview(b"f")
try:
    b += b  # CPython holds b's own buffer while it grows b
except BufferError as e:
    print("BufferError:", e)
b.extend(b)
b[1:2] = b
print(b, alias is b)
b *= 2
print(b, len(b))
b *= 0
print(b, alias)
b = bytearray(b"xyz")
b *= -1
print(b)
b = bytearray(b"abc")
errors = [lambda: b.__setitem__(0, 256), lambda: b.__setitem__(0, -1), lambda: b.__setitem__(0, "a"),
          lambda: b.__setitem__(10, 1), lambda: b.__setitem__(10, 300), lambda: b.__setitem__("x", 1),
          lambda: b.__setitem__(1.5, 1), lambda: b.__setitem__(slice(0, 2), 5),
          lambda: b.__setitem__(slice(0, 2), "ab"), lambda: b.__setitem__(slice(0, 2), None),
          lambda: b.__setitem__(slice(0, 2), [1, 300]), lambda: b.__setitem__(slice(0, 2), [1, "a"]),
          lambda: b.__setitem__(slice(None, None, 2), b"xyz"), lambda: b.__delitem__(3), lambda: b.__delitem__("a"),
          lambda: bytearray().pop(), lambda: b.pop(3), lambda: b.pop("x"), lambda: b.remove(120),
          lambda: b.remove(300), lambda: b.append(256), lambda: b.append("a"), lambda: b.append(), lambda: b.extend(5),
          lambda: b.extend("ab"), lambda: b.extend([1, "a"]), lambda: b.extend(memoryview(b"abcd")[::2]),
          lambda: b.insert(0, 256), lambda: b.insert("x", 1), lambda: b.insert(1), lambda: b.clear(1),
          lambda: b.reverse(1), lambda: b.pop(1, 2), lambda: bytearray.append(b"x", 1), lambda: b.copy(x=1)]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(b)
b += "x"
