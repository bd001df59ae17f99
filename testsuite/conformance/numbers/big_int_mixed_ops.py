# Big ints mixed with floats and small ints: division, modulo with negatives, comparisons, conversions.
b = 2 ** 100 + 12345
print(b // 7, b % 7, -b // 7, -b % 7, b % -7, b // -7.0, b % 1000.0, b / 2 ** 99, b * 1.5, b - 0.5 == float(b))
print(b > 1e30, b < 1e31, b == float(b), int(float(b)) == b, float(b), -b < -1.2676506002282294e30, b != b + 1)
print(abs(-b), -(-b), +b, b.bit_length(), bool(b), bool(b - b), b & 0xFFFF, b | 1, b ^ b, ~b)
print(b ** 2, b ** 0, (-b) ** 3 < 0, pow(b, 3, 1000), divmod(b, 10 ** 10), divmod(-b, 10 ** 10), round(b, -25))
print(str(b)[:10], len(str(b)), hex(b), int(str(b)) == b, int(hex(b), 16) == b, f"{b:,}", f"{b:e}", f"{b:.3g}")
print(max(b, 1.0), min(b, 1e40), sorted([b, 1.5, -b, 0]), sum([b, b, -b]), b in {b: 1}, hash(b) == hash(b + 0))
