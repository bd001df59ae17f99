# reference: /usr/bin/python3
# Subclasses of greenlet: a run method, __init__ with super().__init__, attributes, repr names the class.
from greenlet import greenlet, getcurrent


class Counter(greenlet):
    def __init__(self, limit, parent=None):
        super().__init__(parent=parent)
        self.limit = limit

    def run(self, start):
        n = start
        while n < self.limit:
            self.parent.switch(n)
            n += 1
        return "done at %d" % n


c = Counter(3)
print(repr(c).split(" object")[0], isinstance(c, greenlet), type(c).__mro__)
print(c.switch(0), c.switch(), c.switch(), c.switch())
print(c.dead, c.limit)


class Plain(greenlet):
    pass


p = Plain(lambda *a: ("plain", a))
print(p.switch(1, 2))


class Greeting(greenlet):
    greeting = "hello"

    def run(self):
        return self.greeting + " from " + type(self).__name__


class Loud(Greeting):
    greeting = "HELLO"


print(Greeting().switch(), Loud().switch())
print(repr(Loud()).split(" object")[0])
