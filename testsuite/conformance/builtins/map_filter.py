# map over one and several iterables (stops at the shortest), filter with a function and None, laziness.
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))), list(filter(str.isdigit, "a1b2")))
print(list(map(len, ["ab", "", "xyz"])), sum(map(int, "123")), list(map(max, [1, 5], [4, 2], [3, 3])), type(map(str, [])).__name__)
calls = []
def track(x):
    calls.append(x)
    return x * 2
m = map(track, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
for f in [lambda: list(map(1, [1])), lambda: list(map(lambda x: x, 5)), lambda: filter(None, 3), lambda: map(str), lambda: list(map(None, [1]))]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(list(map(lambda *a: a, "ab", "cd", "ef")), list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))
