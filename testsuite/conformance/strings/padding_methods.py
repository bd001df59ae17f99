# center/ljust/rjust/zfill: odd padding split, fill characters, widths smaller than the text, signs in zfill.
for w in [0, 3, 4, 5, 6, 7, 10]:
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")), repr("abc".ljust(w, ".")), repr("abc".rjust(w)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "--42".zfill(6), "abc".zfill(6), "".zfill(3), "-".zfill(3), "3.14".zfill(8), "12345".zfill(2))
print(repr("中文".center(6)), repr("中文".center(7, "中")), repr("é".ljust(3, "ü")), repr("x".rjust(4, "漢")))
for args in [(5, "ab"), (5, "")]:
    try:
        print("x".center(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "x".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
print(repr("x".center(-5)), repr("x".zfill(-1)))
