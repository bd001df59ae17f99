# pow(a, b, m): modular exponentiation, modular inverse for negative exponents, and its errors.
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(-3, 3, 5), pow(2, 100, 10 ** 9 + 7))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(38, -1, 97), pow(3, -1, -7))
print(pow(5, 0, 1), pow(5, 0, -1), pow(0, 0, 7), pow(12345678901234567890, 98765, 10 ** 20 + 39))
print(pow(True, 5, 3), pow(2, 3, True + 2))
cases = [(2, -1, 4), (3, 4, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (0, -1, 5), ("2", 3, 5)]
for a, b, m in cases:
    try:
        print(pow(a, b, m))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print(pow(2, -1, 1))
except ValueError as e:
    print(type(e).__name__, e)
