# format() of complex numbers: no type (as repr, with parentheses only when the real part is shown), e/f/g/n
# with precision, signs, alternate form, 'z', grouping, fill and alignment, through format(), f-strings and
# str.format; and the specs complex refuses.
import math

values = [1 + 2j, -1.5 - 0.25j, 2j, -2j, 0j, complex(-0.0, 0.0), 1234567.891 - 9876.5j, 1e20 + 1e-20j,
          complex(math.inf, math.nan), complex(-0.0001, -0.0)]
specs = ["", "e", "E", ".2f", "F", "g", ".3g", "G", "n", ".3", "+", " ", "-", "#", "#g", "#.0f", ",", "_.2f",
         ">30", "<30", "^30", "*^30.2f", "+.1e", "z", "z.1f", "30,.1f", ".0e"]
for z in values:
    for spec in specs:
        print(repr(spec), repr(z), "->", repr(format(z, spec)))
z = 3 - 4j
print(f"{z}|{z:.1f}|{z:>12}|{z!r:>12}|{z!s:<12}|", "{0:+.2e} {0.real} {0.imag:g}".format(z), f"{z.real:5.1f}")
for spec in ["05", "010.2f", "=10", "0<10", "%", "d", "x", "s", "c", ",n", "_c", ".2%"]:
    try:
        print(repr(spec), format(z, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print(format(1j, "=^10"))
