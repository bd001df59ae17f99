# try/except/else/finally run in a fixed order; exceptions match by class.
def check(n):
    try:
        print("try", n)
        if n == 1:
            raise ValueError("bad value")
        if n == 2:
            raise KeyError("k")
        result = 10 // n
    except ValueError as e:
        print("except ValueError:", e)
        return "handled"
    except (KeyError, ZeroDivisionError) as e:
        print("except", type(e).__name__, repr(e))
        return "tuple"
    else:
        print("else", result)
        return "ok"
    finally:
        print("finally", n)


for n in [0, 1, 2, 5]:
    print("->", check(n))

try:
    try:
        raise RuntimeError("inner")
    finally:
        print("inner finally")
except RuntimeError as e:
    print("outer caught", e)

try:
    raise Exception("plain", 2)
except Exception as e:
    print(e, repr(e), e.args)
