# Float formatting at high and zero precision: exact decimal expansions, %.17g, '#' forms and rounding of halves.
vals = [0.1, 1 / 3, 2.5, 0.125, 1e22, 1e-7, 123.456, 5e-324, 1.7976931348623157e308]
for v in vals:
    print("%.17g|%.0e|%#.0e|%#.0f|%.20f" % (v, v, v, v, v)[:140])
print(format(0.1, ".30f"), format(1e22, "f"), format(2 ** 0.5, ".50g"), format(1 / 3, ".0%"), format(0.005, ".2f"))
print(format(0.125, ".2f"), format(0.375, ".2f"), format(2.675, ".2f"), format(1.5, ".0f"), format(0.5, ".0f"), format(-0.5, ".0f"))
print(format(9.995, ".2f"), format(99.5, ".0f"), format(1e-320, "e"), format(1e-320, "g"), format(123456789, ".2e"), format(0.0, ".3g"))
print("%g|%g|%g|%g|%g|%#g|%#g" % (1e-4, 1e-5, 123456, 1234567, 0.0, 1.0, 1e-10))
print(f"{1e100:.5}|{1e100:.5f}"[:40], f"{12345.6789:.0f}|{12345.6789:.1e}|{-1e-300:.2g}|{3.0:#.3g}|{3.0:.3g}")
