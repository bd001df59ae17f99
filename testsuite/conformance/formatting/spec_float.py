# The format-spec mini-language on floats: f/e/g/%/n, precision, grouping, alternate form, padding, specials.
vals = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1234567.891, 1e-7, 1e16, 123456789012.0, 0.5, 2.5, float("inf"), float("nan")]
specs = ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "#g", "G", "%", ".1%", ",", ",.2f", "_.3f", "+.1f",
         " .1f", "010.2f", "+012,.1f", "*^12.2f", "<10", "=+10.1f", "n", ".10g", ".1", ".17", "#", "z.1f"]
for v in vals:
    print(repr(v), "|".join(format(v, s) for s in specs))
print(format(1e100, ".2f")[:12], format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(1 / 3, ".20f"))
print(format(1e-5, ""), format(1e-5, "g"), format(1e-4, "g"), format(123456.0, "g"), format(1234567.0, "g"), format(0.0001, ".1"))
