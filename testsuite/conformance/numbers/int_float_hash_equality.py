# Equal int and float values compare equal and hash the same, so they merge as dict keys and set members.
print(hash(1.0) == hash(1), hash(-1), hash(-1.0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(0.5))
print(hash(1.5), hash(-2.25), hash(1e20) == hash(10 ** 20), hash(2 ** 100), hash(float(2 ** 100)) == hash(2 ** 100))
print(hash(True), hash(False), hash(1e-10), hash(123456789.125))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {1.0: "a", 1: "b", 2: "c", 2.0: "d", 0: "e", False: "f", 0.0: "g"}
print(d2)
s = {1, 1.0, True, 2, 2.0}
print(s, len(s))
print(1 == 1.0, 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > 1e308)
print(0.1 + 0.2 == 0.3, 1 < 1.5 < 2, True == 1.0, {1.0: 1}[1], {1: 2}[1.0], 1.0 in {1, 2})
print(float(2 ** 63) == 2 ** 63, float(2 ** 63) == 2 ** 63 - 1, -(10 ** 400) < float("-inf"))
