# Big ranges: negative steps, index/count, reversed, equality and hash, slicing with big steps, errors.
r = range(10 ** 20, -10 ** 20, -7 * 10 ** 18)
print(r, r[3], r[-1], list(r)[:3], len(r), r.index(r[5]), r.count(r[2]), 5 in r, r[2] in r, 3.0 in range(5))
print(list(reversed(range(2 ** 64, 2 ** 64 + 5))), range(2 ** 64, 2 ** 64 + 5) == range(2 ** 64, 2 ** 64 + 5, 2) )
print(hash(range(2 ** 65, 2 ** 65 + 1)) == hash(range(2 ** 65, 2 ** 65 + 1, 9)), range(2**64)[-3:], range(2**64)[::-2**62])
print(range(-2 ** 62, 2 ** 62), bool(range(2 ** 64, 2 ** 64)), range(2**63)[2**62], range(5)[2**70:])
try:
    range(2 ** 64).index(-1)
except ValueError as e:
    print(e)
try:
    range(5)[2 ** 70]
except IndexError as e:
    print(e)
