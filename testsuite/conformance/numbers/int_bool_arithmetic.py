# bool behaves as int 0/1 in arithmetic, keeps bool for &|^ between bools, and prints as True/False.
print(True + True, True * 10, True / 2, True // 2, True % 2, True ** 10, -True, ~False, abs(-True), +True)
print(True & True, True | False, False ^ True, True & 3, 2 | True, True << 3, True >> 1, int(True), float(False))
print(sum([True, False, True]), max(True, 2), min(False, -1), sorted([True, False, 2, -1]), True == 1, False == 0.0)
print(isinstance(True, int), type(True + 0).__name__, type(True & True).__name__, str(True), repr(False), f"{True:d}", f"{True}")
print({True: "a", 1: "b"}, {0: "x", False: "y"}, [1, 2][True], "ab"[False], divmod(True, True), round(True))
print(True is True, bool(2) is True, not 0, not [], 3 > 2 > 1, (3 > 2) == True, hash(True), hash(False))
