# complex(): from numbers (complex arguments combine as real + imag*1j), keywords, text in every form CPython
# accepts (parentheses, white space, signs, j alone, inf and nan, underscores, non-ASCII digits), the
# __complex__, __float__ and __index__ protocols, and the errors.
class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class Bad:
    def __complex__(self):
        return 1.5


print(complex(), complex(1), complex(1.5), complex(True), complex(2, 3), complex(1j), complex(1j, 1j),
      complex(1 + 2j, 3 + 4j), complex(1, 2j), complex(1.5j, 2), complex(real=1, imag=-2), complex(imag=2))
print(complex(C()), complex(F()), complex(I()), complex(F(), I()), complex(C(), 1), complex(10 ** 20, -(10 ** 20)))
z = 1 + 2j
print(complex(z) is z, complex(z, 0) is z, complex(-0.0, -0.0), complex(0, -0.0), complex(-0.0))
texts = ["1", "1j", "-1j", "j", "+j", "-j", "J", "1+j", "1-J", "1.5+2.5j", "(1+2j)", " ( 3-4j ) ", "\t5j\n",
         "1e3", "1e3j", "1e-3+1e+3j", "inf", "-infj", "nan+nanj", "infinity-INFINITYj", "1_000+2_000j", "0x1",
         ".5j", "5.j", "1e400j", "١٢+٣j", "\u20031+1j\u2003"]
for t in texts:
    try:
        print(repr(t), complex(t))
    except ValueError as e:
        print(repr(t), "ValueError:", e)
bad = ["", " ", "()", "(1+2j", "1+2j)", "1+2", "1+2jj", "j1", "1 + 2j", "1e", "1__0j", "_1j", "1_j", "++1j", "1+-2j",
       "1j+2", "abc", "(1)(2)", "1+2ji", "nanj+1"]
for t in bad:
    try:
        print(repr(t), complex(t))
    except ValueError as e:
        print(repr(t), "ValueError:", e)
errors = [lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([1]), lambda: complex(1, [2]),
          lambda: complex(b"1"), lambda: complex(None), lambda: complex(1, 2, 3), lambda: complex(x=1),
          lambda: complex(Bad()), lambda: complex(10 ** 400), lambda: complex(1, imag=2, real=3)]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
complex("1+2i")
