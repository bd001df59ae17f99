# bisect as the engine of small sorted containers: a sorted collection with key=, range queries,
# find-le/find-ge helpers raising ValueError, and a timeline kept sorted; one uncaught ValueError
from bisect import bisect_left, bisect_right, insort


class SortedCollection:
    def __init__(self, items=(), key=lambda v: v):
        self.key = key
        self.items = sorted(items, key=key)
        self.keys = [key(i) for i in self.items]

    def insert(self, item):
        k = self.key(item)
        i = bisect_right(self.keys, k)
        self.keys.insert(i, k)
        self.items.insert(i, item)

    def find_le(self, k):
        i = bisect_right(self.keys, k)
        if i:
            return self.items[i - 1]
        raise ValueError(f"no item found with key at or below: {k!r}")

    def find_ge(self, k):
        i = bisect_left(self.keys, k)
        if i != len(self.items):
            return self.items[i]
        raise ValueError(f"no item found with key at or above: {k!r}")

    def between(self, lo, hi):
        return self.items[bisect_left(self.keys, lo):bisect_right(self.keys, hi)]

    def __repr__(self):
        return f"SortedCollection({self.items!r})"


people = SortedCollection([("roger", 52), ("eric", 19), ("jane", 33), ("sam", 52)], key=lambda p: p[1])
people.insert(("amy", 33))
people.insert(("tom", 8))
print(people)
print(people.find_le(40), people.find_ge(40), people.find_le(33), people.find_ge(33))
print(people.between(10, 40), people.between(52, 52), people.between(60, 70))

# The same queries straight on the records, with key=.
records = people.items
age = lambda p: p[1]
print(bisect_left(records, 33, key=age), bisect_right(records, 33, key=age))
print(records[bisect_left(records, 30, key=age):bisect_right(records, 52, key=age)])

timeline = []
for t, what in [(3.5, "c"), (1.25, "a"), (2.0, "b"), (2.0, "b2"), (0.5, "start"), (9.75, "end")]:
    insort(timeline, (t, what))
print(timeline)
print([w for t, w in timeline[bisect_left(timeline, (2.0,)):bisect_left(timeline, (4.0,))]])


def count_in_range(sorted_values, lo, hi):
    return bisect_right(sorted_values, hi) - bisect_left(sorted_values, lo)


values = sorted([7, 3, 9, 3, 1, 12, 7, 7, 15, 0])
print(values, count_in_range(values, 3, 7), count_in_range(values, 8, 8), count_in_range(values, -5, 100))

for probe in (5, -1):
    try:
        print(people.find_le(probe))
    except ValueError as e:
        print("ValueError:", e)
print(people.find_ge(100))
