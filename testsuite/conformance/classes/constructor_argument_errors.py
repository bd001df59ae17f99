# What calling a class with the wrong arguments says: no __init__ at all, missing or extra arguments, and
# object.__init__ reached through super() with arguments.
class Empty:
    pass


class Pair:
    def __init__(self, a, b=2, *, c=3):
        self.t = (a, b, c)


class Child(Pair):
    def __init__(self, *args):
        super().__init__(*args)


class Chatty:
    def __init__(self, x):
        super().__init__(x)


attempts = [
    lambda: Empty(1),
    lambda: Empty(key=1),
    lambda: Pair(),
    lambda: Pair(1, 2, 3),
    lambda: Pair(1, d=4),
    lambda: Child(1, 2, 3),
    lambda: Chatty(1),
    lambda: object(1),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
print(Pair(1).t, Pair(1, c=9).t, Child(5, 6).t, type(Empty()).__name__)
