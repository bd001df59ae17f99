# if/elif/else, while with break/continue and for-else.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"


for n in [-1, 0, 1, 2]:
    print(n, classify(n))

i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)

for n in [1, 3, 5]:
    if n == 4:
        break
else:
    print("no break")

total = 0
for row in [[1, 2], [3, 4], [5]]:
    for v in row:
        total += v
print("total", total, "done" if total > 10 else "small", not total, total and "yes")
