# Set displays of constants iterate in CPython's order (folded into a frozenset constant and rebuilt at compile time).
print({33, 1, 17, 9}, {8, 16, 24, 32, 40, 48}, {1000, 100, 10, 1}, frozenset({40, 8, 16}))
print({5, 3, 1, 9, 7}, {100, 2, 35, 8, 64}, {-1, -2, 0, 1}, {10 ** 20, 1, 2 ** 61})
print({"pear", "apple", "fig"}, {"a", "b", "c", "d", "e"}, {(1, 2), (0,), ("x",)})
x = 5
print({x, 1, 33, 17}, {33, 1, 17, 9} == {9, 17, 1, 33})
