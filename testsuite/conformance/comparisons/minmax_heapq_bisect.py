# min/max, heapq and bisect with comparisons that raise at the k-th call: the error, the comparisons made (in
# order), and the heap or list left behind, intact.
import heapq
import bisect


class Boom(Exception):
    pass


class V:
    limit = -1
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        V.log.append(f'{self.v}<{other.v}')
        if len(V.log) == V.limit:
            raise Boom(f'at comparison {len(V.log)}')
        return self.v < other.v

    def __gt__(self, other):
        V.log.append(f'{self.v}>{other.v}')
        if len(V.log) == V.limit:
            raise Boom(f'at comparison {len(V.log)}')
        return self.v > other.v

    def __repr__(self):
        return f'V{self.v}'


def run(label, limit, fn):
    V.log = []
    V.limit = limit
    try:
        result = fn()
    except Boom as e:
        result = f'Boom({e})'
    print(f'{label} limit={limit}: {result} | {" ".join(V.log)}')


def gen(values):
    for v in values:
        print(f'  yield {v}')
        yield V(v)


vals = [5, 3, 8, 1, 9, 2]
for limit in [2, 4, -1]:
    run('min', limit, lambda: min(gen(vals)))
    run('max', limit, lambda: max(map(V, vals)))
    run('min key', limit, lambda: min(vals, key=V))
    run('max args', limit, lambda: max(V(4), V(7), V(6)))
run('min default', -1, lambda: min(gen([]), default='empty'))
try:
    max(gen([]))
except ValueError as e:
    print('ValueError:', e)
try:
    min(3, 'a')
except TypeError as e:
    print('TypeError:', e)

for limit in [1, 3, 6, 9, -1]:
    heap = []
    V.log = []
    V.limit = limit
    try:
        for v in [7, 3, 9, 1, 5, 8, 2, 6, 4]:
            heapq.heappush(heap, V(v))
        print('heappush ok', heap, len(V.log))
    except Boom as e:
        print('heappush', e, heap)
    V.log = []
    try:
        out = [heapq.heappop(heap) for _ in range(min(3, len(heap)))]
        print('  heappop', out, heap)
    except Boom as e:
        print('  heappop', e, heap)

for limit in [1, 4, 10, -1]:
    data = [V(v) for v in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]]
    V.log = []
    V.limit = limit
    try:
        heapq.heapify(data)
        print('heapify ok', data)
    except Boom as e:
        print('heapify', e, data)
    V.log = []
    try:
        print('  heapreplace', heapq.heapreplace(data, V(11)), data)
        print('  heappushpop', heapq.heappushpop(data, V(-1)), data)
    except Boom as e:
        print('  replace', e, data)
    V.log = []
    try:
        print('  nsmallest', heapq.nsmallest(3, data), 'nlargest', heapq.nlargest(2, data))
    except Boom as e:
        print('  nsmallest/nlargest', e)

sorted_vals = [V(v) for v in [1, 3, 3, 5, 7, 9, 11]]
for limit in [1, 2, 3, -1]:
    run('bisect_left', limit, lambda: bisect.bisect_left(sorted_vals, V(6)))
    run('bisect_right', limit, lambda: bisect.bisect_right(sorted_vals, V(3)))
    lst = list(sorted_vals)
    run('insort', limit, lambda: (bisect.insort(lst, V(4)), lst)[1])
run('bisect key', 2, lambda: bisect.bisect_left([1, 2, 3, 4], V(3), key=V))


class Grower:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        self.heap.append(Grower(99, self.heap))
        return self.v < other.v

    def __repr__(self):
        return f'G{self.v}'


h = []
h.append(Grower(5, h))
h.append(Grower(3, h))
for fn in [lambda: heapq.heappush(h, Grower(1, h)), lambda: heapq.heappop(h), lambda: heapq.heapify(h)]:
    try:
        fn()
    except RuntimeError as e:
        print('RuntimeError:', e, h)
