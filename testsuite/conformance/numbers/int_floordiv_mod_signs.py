# Floor division and modulo of ints take the sign of the divisor, for small and big ints and all sign mixes.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, (a // b) * b + a % b == a)
big = 10 ** 30 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (big, big - 1), (-5, big), (5, -big)]:
    print(a // b, a % b)
for a, b in [(7, 0), (-7, 0), (big, 0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("//", type(e).__name__, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("%", type(e).__name__, e)
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("/", type(e).__name__, e)
print(True // 2, True % 2, -True // 2, False % 3)
x = 17
x //= -5
print(x)
x %= 3
print(x)
