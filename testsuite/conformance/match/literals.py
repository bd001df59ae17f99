# Literal patterns: numbers (negative, float, complex), strings, bytes, None/True/False compared as CPython does.


def kind(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case -1:
            return "minus one"
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex 2+3j"
        case -1 - 1j:
            return "complex -1-1j"
        case 4j:
            return "imaginary 4j"
        case "text" | 'other':
            return "a string"
        case "con" "cat":
            return "concatenated"
        case b"raw":
            return "bytes"
        case 0x10:
            return "sixteen"
        case 1_000_000:
            return "a million"
        case 12345678901234567890123:
            return "big"
        case _:
            return "no literal"


for v in [None, True, False, 1, 0, 0.0, -1, -1.0, 1.5, 2 + 3j, complex(-1, -1), 4j, "text", "other", "concat",
          b"raw", bytearray(b"raw"), 16, 1000000, 12345678901234567890123, "raw", [], 3]:
    print(repr(v), "->", kind(v))

# 1 == True and 0 == False, but True/False/None match by identity only.
for v in [1, 1.0, True]:
    match v:
        case True:
            print(repr(v), "is True")
        case 1:
            print(repr(v), "== 1")
