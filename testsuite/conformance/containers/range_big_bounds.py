# range with bounds beyond 64 bits: indexing, len's OverflowError, membership and slicing keep exact ints.
r = range(10 ** 20, 10 ** 20 + 10, 3)
print(r, len(r), r[1], r[-1], 10 ** 20 + 3 in r, r[1:], list(r))
big = range(2 ** 70)
print(big[-1], big[5], 2 ** 69 in big, big[::2 ** 68])
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
