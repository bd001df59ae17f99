# round/abs/divmod/pow/int/float/bool/len as builtins on numbers and their type errors.
print(round(3.14159, 2), round(-2.5), round(1e20), round(0.5 + 1e-9), abs(-3), abs(-0.0), abs(True), abs(-(2 ** 100)))
print(len("abc"), len([1, 2]), len({}), len(range(0, 10, 3)), len(b"ab"), len(()), len({1}), len(frozenset()), len("中文"))
print(bool(), bool(0.0), bool(" "), bool([[]]), bool(range(0)), int(), float(), str(), list(), dict(), tuple(), set())
for f in [lambda: len(5), lambda: len(None), lambda: abs("x"), lambda: round(None), lambda: len(iter([]))]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(len(range(10 ** 18)), range(10 ** 18)[-1])
try:
    len(range(10 ** 20))
except OverflowError as e:
    print(type(e).__name__, e)
