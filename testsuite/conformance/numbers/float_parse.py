# float(text): accepted spellings (underscores, whitespace, exponents, specials) and the ValueError message.
for t in ["1.5", " 2.5 ", "1_000.25", "1e3", "1E-3", "-.5", "+5.", "10", "\n3\t", "1_0e1_0",
          "infinity", "-Infinity", "nan", "+nan", "00012", "1.0000000000000001", "2.5e-324", "1e-400"]:
    print(repr(t), float(t))
for t in ["abc", "", " ", "1.2.3", "1__0", "_1", "1_", "1e", "0x10", "inf inity", "1,5", "--1", "nan(1)"]:
    try:
        print(float(t))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1.0], "x" * 2]:
    try:
        print(float(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(float(), float(b"1.25"), float(3), float(-0))
