# bisect_left/bisect_right/bisect on sorted lists, tuples, strings and ranges, with lo/hi bounds, the
# classic grade table, and key= lookups in records; errors of CPython's _bisect; one uncaught
import bisect

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in (0, 1, 2, 3, 4, 8, 13, 14):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 8, 7, 9))
print(bisect.bisect_right(a, 100, lo=3, hi=5), bisect.bisect_left(a, -1, lo=4), bisect.bisect(a, 5, hi=-1))
print(bisect.bisect_left(a, 5, 6, 2), bisect.bisect_right([], 1), bisect.bisect_left((1, 3, 5), 4))
print(bisect.bisect("acegi", "f"), bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right(range(10), 9))
print(bisect.bisect_left([1.0, 2.5, 2.5, 3.75], 2.5), bisect.bisect_right([1.0, 2.5, 2.5, 3.75], 2.5))
print(bisect.bisect_left([True, True], True), bisect.bisect_right([(1, "a"), (1, "b"), (2, "a")], (1, "b")))


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(score) for score in (33, 99, 77, 70, 89, 90, 100)])

records = [("ann", 21), ("bob", 34), ("cid", 34), ("dee", 45), ("eve", 60)]
by_age = lambda r: r[1]
print(bisect.bisect_left(records, 34, key=by_age), bisect.bisect_right(records, 34, key=by_age))
print(bisect.bisect(records, 50, key=by_age), bisect.bisect_left(records, 34, 2, key=by_age))
print(bisect.bisect_right(records, "c", key=lambda r: r[0]), bisect.bisect_left(records, 99, hi=3, key=by_age))
print(bisect.bisect_left(["b", "B", "a"], "b", key=str.lower), bisect.bisect_right(["A", "b", "C"], "b", key=str.lower))


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(bisect.bisect_left(a, 8, Index(1), Index(8)), bisect.bisect_right(a, 2, True))

checks = [
    lambda: bisect.bisect_left(a, 2, -1),
    lambda: bisect.bisect_right(a, 2, 1.5),
    lambda: bisect.bisect_left(a, 2, 0, "9"),
    lambda: bisect.bisect_left(a, 2, None),
    lambda: bisect.bisect_right(a, "x"),
    lambda: bisect.bisect_left(None, 1),
    lambda: bisect.bisect_left(a, 2, 0, 20),
    lambda: bisect.bisect_right(records, 3, key=len),
    lambda: bisect.bisect_left(a, 2, key=5),
    lambda: bisect.bisect(5, 3),
    lambda: bisect.bisect({1: 2}, 1),
    lambda: bisect.bisect_left({1, 2}, 1),
    lambda: bisect.bisect_right(a, 1, 0, 2.0),
]
for check in checks:
    try:
        print("ok", check())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

bisect.bisect_right([1, 2, {}], 2.5, hi=3)
