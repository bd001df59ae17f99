# list.sort and sorted: key functions, reverse, stability (also under reverse), mixed int/float, and errors.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, reverse=True), sorted(people, key=lambda p: -p[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana", "fig"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [3, 1.5, -2, 10 ** 20, 0, -0.0, 2.5, True]
nums.sort()
print(nums, sorted(nums, reverse=True))
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2, 1)), sorted([]), sorted([[2, 1], [1, 2], [1]]))
for bad in [[1, "a"], [None, None], [{}, {}], [1, [1]]]:
    try:
        bad.sort()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(key=lambda x: x, cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
r = [5, 3, 1]
print(r.sort(), r, sorted([1, 2, 3], key=lambda x: x % 2), sorted(range(10), key=lambda x: (x % 3, -x)))
