# str.encode/bytes.decode with utf-8, ascii and latin-1, the errors handlers, and the Unicode error messages.
s = "héllo 中文 €"
b = s.encode()
print(b, len(b), b.decode(), b.decode("utf-8") == s, s.encode("utf-8") == s.encode("UTF8"))
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("latin1"), b"\xe9".decode("latin-1"))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print(b"\xff\xfeab".decode("utf-8", "replace"), b"\xff\xfeab".decode("utf-8", "ignore"), b"\xffab".decode("utf-8", "backslashreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "ab€".encode("latin-1")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"ab\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"\xe4\xb8".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(isinstance(UnicodeEncodeError("ascii", "x", 0, 1, "r"), ValueError))
