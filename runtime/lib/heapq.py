"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k,
so that a[0] is always the smallest item.  Items are compared with < only.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

# The heap functions mirror CPython's C accelerator _heapq: they accept only
# lists (subclasses included) and report other types as it does.


def _check_list(heap, name, arg):
    if not isinstance(heap, list):
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError(f"{name}() argument{arg} must be list, not {got}")


# The sifts swap two items at each step, as _heapq's do: a comparison that raises leaves the heap a
# permutation of its items, and a comparison that changes the list's size raises RuntimeError.

# _siftdown: the item at pos moves up towards startpos while it is smaller than its parent (larger, for the
# max-heaps of nlargest: `maxheap`).
def _siftdown(heap, startpos, pos, maxheap=False):
    size = len(heap)
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if (parent < newitem) if maxheap else (newitem < parent):
            rises = True
        else:
            rises = False
        if size != len(heap):
            raise RuntimeError('list changed size during iteration')
        if not rises:
            break
        parent = heap[parentpos]
        newitem = heap[pos]
        heap[parentpos] = newitem
        heap[pos] = parent
        pos = parentpos


# _siftup: the item at pos goes down to a leaf along the smaller (larger) children, then back up from there.
# This takes fewer comparisons than stopping early, because the item usually belongs low.
def _siftup(heap, pos, maxheap=False):
    endpos = len(heap)
    startpos = pos
    if pos >= endpos:
        raise IndexError('index out of range')
    limit = endpos >> 1
    while pos < limit:
        child = 2 * pos + 1
        if child + 1 < endpos:
            if maxheap:
                if not heap[child + 1] < heap[child]:
                    child += 1
            elif not heap[child] < heap[child + 1]:
                child += 1
            if endpos != len(heap):
                raise RuntimeError('list changed size during iteration')
        moved = heap[child]
        heap[child] = heap[pos]
        heap[pos] = moved
        pos = child
    _siftdown(heap, startpos, pos, maxheap)


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check_list(heap, 'heappush', ' 1')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item of the heap, keeping the heap invariant."""
    _check_list(heap, 'heappop', '')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _siftup(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (faster than heappop followed by heappush).

    The returned value may be larger than item.
    """
    _check_list(heap, 'heapreplace', ' 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item (faster than the two calls)."""
    _check_list(heap, 'heappushpop', ' 1')
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _siftup(heap, 0)
        return smallest
    return item


def heapify(x):
    """Transform the list x into a heap, in place, in linear time."""
    _check_list(x, 'heapify', '')
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup(x, i)


def _heappop_max(heap):
    """Max-heap version of heappop."""
    _check_list(heap, '_heappop_max', '')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _siftup(heap, 0, True)
    return largest


def _heapreplace_max(heap, item):
    """Max-heap version of heapreplace."""
    _check_list(heap, '_heapreplace_max', ' 1')
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _siftup(heap, 0, True)
    return largest


def _heapify_max(x):
    """Max-heap version of heapify."""
    _check_list(x, '_heapify_max', '')
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup(x, i, True)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator, lazily; equal items keep the order of their inputs.

    key orders the items by key(item); reverse=True merges inputs sorted from largest to smallest.
    """
    # Entries are [sort key, input number, item, iterator]: the input number
    # breaks ties, so equal items come out in the order of their inputs.  It
    # is negated for the max-heap, where the larger number would win.
    if reverse:
        fix_top = _heapreplace_max
        drop_top = _heappop_max
        direction = -1
    else:
        fix_top = heapreplace
        drop_top = heappop
        direction = 1
    heap = []
    number = 0
    for iterable in iterables:
        it = iter(iterable)
        for value in it:
            heap.append([value if key is None else key(value), number * direction, value, it])
            break
        number += 1
    if reverse:
        _heapify_max(heap)
    else:
        heapify(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        try:
            value = next(entry[3])
        except StopIteration:
            drop_top(heap)
            continue
        entry[0] = value if key is None else key(value)
        entry[2] = value
        fix_top(heap, entry)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3]


# nsmallest and nlargest keep the n best items seen so far in a heap whose top
# is the worst of them, decorated with their arrival number so that equal
# items keep their order: the result equals sorted(iterable, key=key)[:n]
# (reverse=True for nlargest).

def nsmallest(n, iterable, key=None):
    """Return the n smallest items of the iterable: sorted(iterable, key=key)[:n]."""
    if n == 1:
        missing = object()
        best = min(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    if key is None:
        kept = [(item, i) for i, item in zip(range(n), it)]
    else:
        kept = [(key(item), i, item) for i, item in zip(range(n), it)]
    if not kept:
        return kept
    _heapify_max(kept)
    worst = kept[0][0]
    order = n
    for item in it:
        k = item if key is None else key(item)
        if k < worst:
            _heapreplace_max(kept, (item, order) if key is None else (k, order, item))
            worst = kept[0][0]
            order += 1
    kept.sort()
    return [entry[-1] for entry in kept] if key is not None else [entry[0] for entry in kept]


def nlargest(n, iterable, key=None):
    """Return the n largest items of the iterable: sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        missing = object()
        best = max(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    # Arrival numbers count down, so that among equal items the earlier one is the larger entry.
    if key is None:
        kept = [(item, i) for i, item in zip(range(0, -n, -1), it)]
    else:
        kept = [(key(item), i, item) for i, item in zip(range(0, -n, -1), it)]
    if not kept:
        return kept
    heapify(kept)
    worst = kept[0][0]
    order = -n
    for item in it:
        k = item if key is None else key(item)
        if worst < k:
            heapreplace(kept, (item, order) if key is None else (k, order, item))
            worst = kept[0][0]
            order -= 1
    kept.sort(reverse=True)
    return [entry[-1] for entry in kept] if key is not None else [entry[0] for entry in kept]
