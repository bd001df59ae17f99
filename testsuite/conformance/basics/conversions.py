# str(), int(), float(), bool() conversions.
print(str(12), str(1.5), str(None), str(True), str([1, "a"]))
print(int("42"), int(" -7 "), int(3.9), int(-3.9), int(True), int("ff", 16))
print(float("1.5"), float(2), float("-0"), float("1e3"), float(" 2.5 "))
print(bool(0), bool(1), bool(""), bool("x"), bool([]), bool([0]), bool(None), bool(0.0), bool({}))
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
