# Executor.map: order of results, several iterables, chunksize, a timeout, an error mid-way.
import concurrent.futures as cf
import threading


def add(a, b):
    return a + b


def half(x):
    if x == 3:
        raise ValueError(f'odd one: {x}')
    return x / 2


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(abs, [-1, -2, 3, -4])))
    print(list(ex.map(add, [1, 2, 3], [10, 20, 30, 40])))
    print(list(ex.map(str.upper, 'abc', chunksize=2)))
    print(list(ex.map(add, [], [])))
    results = ex.map(half, range(5))
    got = []
    try:
        for r in results:
            got.append(r)
    except ValueError as e:
        print('ValueError after', got, ':', e)

    release = threading.Event()

    def slow(x):
        if x == 1:
            release.wait()
        return x

    it = ex.map(slow, [0, 1, 2], timeout=0.02)
    print(next(it))
    try:
        next(it)
    except TimeoutError as e:
        print('TimeoutError', repr(e))
    release.set()

# map is lazy about results but submits at once
calls = []
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    it = ex.map(calls.append, range(3))
print(sorted(calls), list(it))
