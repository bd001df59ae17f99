# insort_left/insort_right/insort keep lists sorted, with lo/hi and key= (the key of the inserted item is
# computed once), a list subclass whose insert() is called, and errors; one uncaught
import bisect

xs = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(xs, v)
print(xs)
bisect.insort_left(xs, 5)
bisect.insort_right(xs, 0)
bisect.insort(xs, 10, lo=3)
bisect.insort_left(xs, 7, 0, len(xs))
print(xs)
bisect.insort_right(xs, -1, 0, 0)
bisect.insort_left(xs, 99, hi=3)
print(xs)

left, right = [(1, "x")], [(1, "x")]
for tag in "abc":
    bisect.insort_left(left, (1, tag), key=lambda p: p[0])
    bisect.insort_right(right, (1, tag), key=lambda p: p[0])
print(left)
print(right)

calls = []


def key(item):
    calls.append(item)
    return item["at"]


events = [{"at": 1, "name": "boot"}, {"at": 5, "name": "login"}, {"at": 9, "name": "logout"}]
bisect.insort(events, {"at": 6, "name": "work"}, key=key)
print([e["name"] for e in events], len(calls), calls[0])
bisect.insort_left(events, {"at": 5, "name": "early"}, key=key)
bisect.insort_right(events, {"at": 5, "name": "late"}, key=key)
print([e["name"] for e in events])


class Tracked(list):
    def insert(self, i, x):
        print("insert at", i, x)
        super().insert(i, x)


t = Tracked([10, 20, 30])
bisect.insort(t, 25)
bisect.insort_left(t, 10)
bisect.insort_right(t, 10, key=lambda v: v)
print(t, type(t).__name__)

names = ["Bob", "alice", "Carol"]
names.sort(key=str.lower)
bisect.insort(names, "dave", key=str.lower)
bisect.insort(names, "Abe", key=str.lower)
print(names)

checks = [
    lambda: bisect.insort((1, 2), 3),
    lambda: bisect.insort("ab", "c"),
    lambda: bisect.insort_left([1, 2], 3, -2),
    lambda: bisect.insort_right([1, 2], None),
    lambda: bisect.insort([1, 2], 3, key=lambda v: v.real, lo="0"),
    lambda: bisect.insort([[1]], 3, key=len),
]
for check in checks:
    try:
        print("ok", check())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)

bisect.insort(frozenset({1}), 2)
