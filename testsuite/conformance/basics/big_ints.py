# Integers have no size limit.
print(2 ** 100)
print(-(2 ** 100))
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63) - 1)
big = 1
for i in range(1, 31):
    big = big * i
print(big)
print(big // 7, big % 7, -big // 7, -big % 7)
print(2 ** 100 + 1 - 2 ** 100, (2 ** 100) // (2 ** 98), 10 ** 30 // 3)
print(9223372036854775807 + 1, 9223372036854775807 * 2)
print(f"{2 ** 70}", str(3 ** 50), len(str(2 ** 200)))
