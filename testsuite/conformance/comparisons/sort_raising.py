# list.sort whose comparison raises at the k-th call: the error, how many comparisons ran, and the permutation
# the list is left in (CPython's timsort leaves a partly sorted list), for short lists (binary insertion), long
# ones (runs merged, galloping), reverse=True and key functions.


class Numbers:
    """A small linear congruential generator: the same numbers under any Python."""

    def __init__(self, seed):
        self.state = seed

    def randrange(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.randrange(i + 1)
            items[i], items[j] = items[j], items[i]


class Boom(Exception):
    pass


class Item:
    limit = -1
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Item.calls += 1
        if Item.calls == Item.limit:
            raise Boom(f'comparison {Item.calls}')
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


def attempt(label, values, limit, **kw):
    items = [Item(v) for v in values]
    Item.calls = 0
    Item.limit = limit
    try:
        items.sort(**kw)
        outcome = 'sorted'
    except Boom as e:
        outcome = f'Boom({e})'
    print(label, limit, outcome, Item.calls, [i.v for i in items] if len(items) <= 40 else checksum(items))


def checksum(items):
    # A summary of a long list's order that any difference in the permutation changes.
    total = 0
    for i, it in enumerate(items):
        total = (total * 31 + it.v * (i + 7)) % 1000000007
    return f'len={len(items)} sum={total} head={[i.v for i in items[:8]]}'


rng = Numbers(12345)
short = [rng.randrange(100) for _ in range(20)]
print('short', short)
for limit in [1, 2, 5, 10, 20, 40, 60, 80]:
    attempt('short', short, limit)
    attempt('short-rev', short, limit, reverse=True)

# Runs: ascending, descending, and shuffled stretches.
mixed = list(range(30)) + list(range(60, 30, -1)) + [rng.randrange(1000) for _ in range(140)] + list(range(200, 300))
for limit in [1, 30, 70, 150, 400, 700, 1000, 1200, 10**9]:
    attempt('mixed', mixed, limit)
    attempt('mixed-rev', mixed, limit, reverse=True)

# Many equal keys and long stretches that make merges gallop.
gallop = [i // 3 for i in range(200)] + [i for i in range(0, 400, 2)] + [i for i in range(1, 400, 2)]
rng.shuffle(gallop)
gallop = sorted(gallop[:300]) + sorted(gallop[300:])
for limit in [1, 50, 200, 350, 500, 10**9]:
    attempt('gallop', gallop, limit)

big = [rng.randrange(10000) for _ in range(1500)]
for limit in [100, 5000, 9000, 14000, 10**9]:
    attempt('big', big, limit)


class KeyFail(Exception):
    pass


count = 0


def key(v):
    global count
    count += 1
    if count == 4:
        raise KeyFail('key 4')
    return -v


data = [3, 1, 2, 5, 4]
try:
    data.sort(key=key)
except KeyFail as e:
    print('key raised', e, data)
count = 0
print(sorted([3, 1, 2], key=key))
count = 10
data.sort(key=key)
print('key ok', data)

# Keys that compare but raise: the values follow their keys' permutation.
values = list('abcdefghijklmnopqrst')
keys = [Item(v) for v in short]
Item.calls, Item.limit = 0, 25
pairs = list(zip(keys, values))
try:
    values.sort(key=lambda ch: keys[ord(ch) - 97])
except Boom as e:
    print('key objects', e, ''.join(values))

# sorted() leaves its argument alone.
src = [Item(v) for v in short]
Item.calls, Item.limit = 0, 15
try:
    sorted(src)
except Boom as e:
    print('sorted raised', e, [i.v for i in src] == short)

# Comparing unorderable items: TypeError, and the items seen so far moved.
things = [3, 1, 'a', 2, None, 0]
try:
    things.sort()
except TypeError as e:
    print('TypeError:', e, things)
things = [5, 4, 3, 2, 1, 'x']
try:
    things.sort()
except TypeError as e:
    print('TypeError:', e, things)
things = [1, 2, 3, 4, 5, 6, 7, 'x', 0]
try:
    things.sort(reverse=True)
except TypeError as e:
    print('TypeError:', e, things)
