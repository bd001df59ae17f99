"""Bisection algorithms."""

# CPython runs the C accelerator _bisect: its bounds are C integers (hence the
# "cannot be interpreted as an integer" errors) and hi=-1 stands for len(a).


def _bound(n):
    if type(n) is int:
        return n
    index = getattr(type(n), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    return index(n)


def _upper_bound(n):
    # hi goes through another converter, which accepts None and words its error differently.
    if type(n) is int:
        return n
    index = getattr(type(n), '__index__', None)
    if index is None:
        raise TypeError(f"argument should be integer or None, not '{type(n).__name__}'")
    return index(n)


def _check_sequence(a):
    # _bisect reads items with PySequence_GetItem, whose errors differ from a[i]'s.
    if type(a) is dict:
        raise TypeError("dict is not a sequence")
    if not hasattr(type(a), '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object does not support indexing")


def _range(a, lo, hi):
    lo = _bound(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    else:
        hi = _upper_bound(hi)
        if hi == -1:
            hi = len(a)
    if lo < hi and type(a) is not list:
        _check_sequence(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert x in the sorted sequence a, after any items equal to x.

    lo and hi (default 0 and len(a)) bound the part of a that is searched.
    """
    lo, hi = _range(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert x in the sorted sequence a, before any items equal to x.

    lo and hi (default 0 and len(a)) bound the part of a that is searched.
    """
    lo, hi = _range(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, after any items equal to x."""
    if key is None:
        i = bisect_right(a, x, lo, hi)
    else:
        i = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(i, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, before any items equal to x."""
    if key is None:
        i = bisect_left(a, x, lo, hi)
    else:
        i = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(i, x)


bisect = bisect_right
insort = insort_right
