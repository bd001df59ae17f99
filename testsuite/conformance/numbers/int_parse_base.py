# int(text, base): prefixes with base 0/2/8/16, underscores, whitespace, signs and letters up to base 36.
print(int("0x1F", 16), int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("0O17", 8), int("0B11", 2))
print(int("ff", 16), int("FF", 16), int("zz", 36), int("Z", 36), int("777", 8), int("101", 2))
print(int("1_000_000"), int("0x_ff", 16), int("0b_1_0", 0), int(" 42 "), int("\t-42\n"), int("+7"))
print(int("-0x10", 16), int("  +0b11  ", 0), int("0", 0), int("000", 0), int("00", 10), int("0_0", 0))
print(int("١٢٣"), int("１２"), int("12", 3), int("10", 36))
print(int(b"42"), int(b" 17 "), int("99999999999999999999999999"))
print(int(), int(0), int(-0), int(True), int("a", base=16))
print(int("123456789" * 4, 10), int("-" + "f" * 30, 16))
