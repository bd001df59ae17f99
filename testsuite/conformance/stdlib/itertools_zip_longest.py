# itertools.zip_longest: fillvalue, uneven inputs, no input, and an unknown keyword
import itertools

print(list(itertools.zip_longest("abc", [1])))
print(list(itertools.zip_longest("ab", "wxyz", range(3), fillvalue="-")))
print(list(itertools.zip_longest()))
print(dict(itertools.zip_longest(["k1", "k2"], [1])))
try:
    itertools.zip_longest([1], fill=0)
except TypeError as e:
    print("TypeError:", e)
