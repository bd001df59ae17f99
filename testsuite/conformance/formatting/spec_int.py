# The format-spec mini-language on ints: grouping, alternate forms, fill/align/sign, zero padding, c and n.
vals = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 64]
specs = ["", "d", ",", "_", "_b", "_x", "#b", "#o", "#x", "#X", "+", " ", "-", "08", "+08", "08,", "=+10", "*<10", "0>8",
         "^9", "x<+8", "#010x", "o", "n", "e", ".2f", "%", "g", "E", ",.1f", ">12,", "010_", "#_o"]
for v in vals:
    print(v, "|".join(format(v, s) for s in specs))
print(format(65, "c"), format(0x4e2d, "c"), format(True, "d"), format(True, ""), format(False, ">5"), format(True, "#x"))
print(format(10 ** 30, ","), format(-(10 ** 30), "_"), format(10 ** 20, "e"), format(12345, ".3e"), format(5, ".0%"))
