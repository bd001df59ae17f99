# itertools.combinations and combinations_with_replacement: orders, r edge cases, missing r
import itertools

print(list(itertools.combinations(range(4), 2)))
print(list(itertools.combinations("abc", 0)), list(itertools.combinations("abc", 4)))
print(list(itertools.combinations_with_replacement("abc", 2)))
print(list(itertools.combinations_with_replacement([], 2)), list(itertools.combinations_with_replacement([], 0)))
print(sum(1 for _ in itertools.combinations(range(10), 3)))
for f in (itertools.combinations, itertools.combinations_with_replacement):
    try:
        f("abc")
    except TypeError as e:
        print("TypeError:", e)
try:
    itertools.combinations("abc", -2)
except ValueError as e:
    print("ValueError:", e)
