# list methods and their errors: insert/remove/index/count/pop/extend/copy/clear and the messages.
a = [3, 1, 4, 1, 5]
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a, a.count(1), a.count("x"), a.index(1), a.index(1, 4), a.index(5, -3))
a.remove(1)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.extend(range(2))
a.extend("ab")
a += (7,)
print(a, a.copy() == a, a.copy() is a)
for f in [lambda: a.remove(99), lambda: a.index(99), lambda: a.index(3, 3), lambda: [].pop(), lambda: a.pop(100),
          lambda: a.pop("0"), lambda: a.insert(1), lambda: a.extend(5), lambda: a.index(), lambda: [].remove(None),
          lambda: a.count()]:
    try:
        print(f())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
a.clear()
print(a, len(a))
b = [1, 2]
b.append(b)
print(b, b[2][2][0])
c = [0] * 3
c[1] += 5
print(c, [[0] * 2] * 2, [1, 2] * -1, [None] * 0, 2 * [1])
c.reverse()
print(c, list(reversed(c)), c[::-1] == list(reversed(c)))
try:
    a = [1, 2, 3]
    a += 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] + (2,))
except TypeError as e:
    print(type(e).__name__, e)
