# complex: imaginary literals, repr and str of every kind of part (signed zeros, integral values, exponents,
# inf and nan), .real/.imag, conjugate(), truth, type, and CPython's constant folding of -1j and 1+2j.
import math

values = [2j, 1.5e3j, 0j, -0j, 1 + 2j, 1 - 2j, -1 - 2j, 1.5 + 0.25j, 0.1 + 0.2j, 1e16j, 1e-5j, 1e300 * 1e10j,
          1_000j, 0777j, 1e16 + 1j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0),
          complex(math.inf, math.nan), complex(math.nan, math.inf), complex(-math.inf, -math.inf),
          complex(-math.nan, 1), complex(1, -math.nan), complex(123456789.0, 1e-7), 3 + 0j]
for z in values:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), bool(z), type(z).__name__)
print(1j * 1j, 1j ** 2, (1 + 1j) * (1 - 1j), -(1j), +(2 + 3j), abs(3 + 4j), abs(-5j))
print(f"{1j}", f"{1 + 2j!r}", "%s %r" % (2j, -2j), str([1j, -1j]), {"z": 0.5j})
print(isinstance(1j, complex), complex.__name__, type(1j) is complex, (2j).__complex__(), (1 + 2j).__getnewargs__())
z = 3 - 4j
print(z.real + z.imag, z == complex(3, -4), z != 3 - 4j, z == (3, -4))
z.imag
z.real = 5
