# collections.Counter arithmetic: + and - keep positive counts only, | is max and & is min; non-Counter operands fail
from collections import Counter

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(Counter(x=-1) + Counter())
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
