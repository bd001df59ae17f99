# heapq.nlargest and nsmallest: with and without key, n of 0, 1, negative and larger than the input,
# ties kept in input order, iterators without len(), and errors; one uncaught
import heapq

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
for n in (-1, 0, 1, 2, 3, 5, 11, 20):
    print(n, heapq.nlargest(n, nums), heapq.nsmallest(n, nums))
print(heapq.nlargest(3, iter(nums)), heapq.nsmallest(3, iter(nums)))
print(heapq.nlargest(4, (x * x for x in range(-5, 4))), heapq.nsmallest(4, (x * x for x in range(-5, 4))))
print(heapq.nlargest(2, []), heapq.nsmallest(1, []), heapq.nlargest(1, iter([])), heapq.nsmallest(3, "hello"))

portfolio = [
    {'name': 'IBM', 'shares': 100, 'price': 91.1},
    {'name': 'AAPL', 'shares': 50, 'price': 543.22},
    {'name': 'FB', 'shares': 200, 'price': 21.09},
    {'name': 'HPQ', 'shares': 35, 'price': 31.75},
    {'name': 'YHOO', 'shares': 45, 'price': 16.35},
    {'name': 'ACME', 'shares': 75, 'price': 115.65},
]
print([s['name'] for s in heapq.nsmallest(3, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in heapq.nlargest(3, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in heapq.nlargest(1, portfolio, key=lambda s: s['shares'])])

# Equal keys: the result is sorted(...)[:n], so earlier items win ties.
pairs = [(k % 3, i) for i, k in enumerate(range(12))]
for n in (1, 2, 4, 7):
    print(n, heapq.nsmallest(n, iter(pairs), key=lambda p: p[0]), heapq.nlargest(n, iter(pairs), key=lambda p: p[0]))
    assert heapq.nsmallest(n, iter(pairs), key=lambda p: p[0]) == sorted(pairs, key=lambda p: p[0])[:n]
    assert heapq.nlargest(n, iter(pairs), key=lambda p: p[0]) == sorted(pairs, key=lambda p: p[0], reverse=True)[:n]
words = "bb a ccc dd e fff gg h".split()
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, iter(words), key=len))
print(heapq.nlargest(3, iter(words), key=str.upper), heapq.nsmallest(2, words, key=None))

checks = [
    lambda: heapq.nlargest(2, [1, "a", 3]),
    lambda: heapq.nsmallest(2, iter([{}, {}, {}])),
    lambda: heapq.nlargest(2, 5),
    lambda: heapq.nsmallest(1, None),
    lambda: heapq.nlargest("2", [1, 2, 3]),
    lambda: heapq.nsmallest(2.5, iter([3, 1, 2])),
    lambda: heapq.nlargest(2, [1, 2, 3], key=5),
    lambda: heapq.nsmallest(2),
]
for check in checks:
    try:
        print("ok", check())
    except TypeError as e:
        print("TypeError", e)

print(heapq.nsmallest(2, [3, 1, 2], lambda v: -v))
print(heapq.nlargest(2, iter([[1], [2], (3,)])))
