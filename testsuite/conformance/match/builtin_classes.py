# bool, bytearray, bytes, dict, float, frozenset, int, list, set, str and tuple match themselves with one
# positional sub-pattern; their subclasses too, unless they define __match_args__.


def what(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s}"
        case bytes(b) | bytearray(b):
            return f"binary {b!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case list(l):
            return f"list {l}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict {d}"
        case frozenset(s):
            return f"frozenset of {len(s)}"
        case set(s):
            return f"set of {len(s)}"
        case _:
            return "other"


for v in [True, -3, 7, 2.5, "", b"", "hi", b"x", bytearray(b"y"), [1, 2], [], (1, 2), (1, 2, 3), {"k": 0},
          {"j": 0}, frozenset({1}), {1, 2}, None]:
    print(repr(v), "->", what(v))


match 3:
    case int(real=r, imag=i):
        print("keyword attributes of int:", r, i)
