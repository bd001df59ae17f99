# itertools.permutations: full and r-length orders, r larger than the pool, and its argument errors
import itertools

print(list(itertools.permutations([1, 2, 3])))
print(["".join(p) for p in itertools.permutations("abcd", 2)])
print(list(itertools.permutations("ab", 3)))
print(list(itertools.permutations([], 0)))
for args in [("ab", -1), ("ab", "x")]:
    try:
        itertools.permutations(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    itertools.permutations()
except TypeError as e:
    print("TypeError:", e)
