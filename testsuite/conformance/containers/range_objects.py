# range objects: repr, len, indexing, slicing to new ranges, membership, index/count, equality and errors.
r = range(0, 20, 3)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], r[::2], r[10:], list(r[1:-1]), range(10)[::-3], range(5, 0, -2)[1:])
print(9 in r, 10 in r, 9.0 in r, "9" in r, r.index(9), r.count(9), r.count(10), list(range(-3)), list(range(-3, 3)))
print(range(5) == range(0, 5), range(0) == range(2, 2), range(0, 6, 2) == range(0, 5, 2), range(3) == [0, 1, 2])
print(hash(range(3)) == hash(range(0, 3)), range(10 ** 18)[5], len(range(0, 10 ** 18, 7)), bool(range(0)), reversed(range(3)).__class__.__name__)
print(list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)), range(1, 2).start, range(1, 2).stop, range(1, 2, 3).step)
for f in [lambda: range(0, 10, 0), lambda: range(1.5), lambda: r[100], lambda: r.index(10), lambda: range("3"), lambda: range()]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
for i in range(10, 0, -4):
    print(i, end=" ")
print()
