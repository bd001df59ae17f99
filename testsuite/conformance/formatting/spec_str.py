# The format-spec mini-language on str: fill, alignment, width, precision truncation, and None/bool/list via str.
s = "hello"
for spec in ["", "10", "<10", ">10", "^10", "^11", "*^10", "-^9", ".3", "10.2", ">8.4", "s", "3", "=<7", "0<7", "07", ".0"]:
    try:
        print(repr(spec), "[" + format(s, spec) + "]")
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print("[" + format("中文", "^8") + "]", "[" + format("中文", "x>5") + "]", "[" + format("😀", ".1") + "]")
print("[" + format(None, "") + "]", "[" + format([1, 2], "") + "]", "[" + format((1,), "") + "]")
print("[{:>10}]".format("right"), "[{:<{}}]".format("w", 4), "[{:.{}}]".format("precision", 4))
