# Generators delegating to themselves without bound: each level is a frame, so RecursionError comes at the
# limit instead of a stack overflow.
def nest(n):
    yield n
    yield from nest(n + 1)


count = 0
try:
    for value in nest(0):
        count += 1
except RecursionError as e:
    print("RecursionError after", count, "values:", e)
