# min/max return the first of equal items, with and without key; sorted is stable; key errors propagate.
pairs = [(1, "a"), (3, "b"), (3, "c"), (1, "d")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]), max([1, 1.0, True]), min([1.0, 1, True]))
print(max("abcCBA", key=str.lower), min("abcCBA", key=str.lower), max([[], [0], [0]], key=len), max(["b", "a"], default="z"))
print(max(3, 3.0), min(-0.0, 0.0), max(0.0, -0.0), max([2, 2.0, 2]), sorted([2.0, 2, True, 1.0]))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), min(words, key=len), max(words, key=len))
def bad_key(x):
    if x == 3:
        raise ValueError("bad item 3")
    return x
for f in [lambda: max([1, 2, 3], key=bad_key), lambda: sorted([3, 1], key=bad_key), lambda: min([1, 2], key=lambda x: x / 0)]:
    try:
        print(f())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
