# Integer arithmetic: floor division and modulo round toward negative infinity.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3)]:
    print(a, b, a // b, a % b, a / b, divmod(a, b))
print(2 ** 10, 2 ** 0, (-2) ** 3, 10 - 3 * 4, (10 - 3) * 4, 17 % 5 * 2)
print(abs(-5), -abs(5), +3, -(-3))
x = 5
x += 3
x *= 2
x -= 1
x //= 4
print(x)
print(1 == 1.0, 2 < 3 < 4, 3 > 2 > 2, 7 != 7)
