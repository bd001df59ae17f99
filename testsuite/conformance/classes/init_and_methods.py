# Instances get their own attributes from __init__; methods see them through self; class attributes are
# shared until an instance assignment shadows them.
class Counter:
    step = 1

    def __init__(self, start=0):
        self.value = start

    def tick(self):
        self.value += self.step
        return self.value

    def reset(self):
        self.value = 0


a = Counter()
b = Counter(10)
print(a.tick(), a.tick(), b.tick())
b.step = 5
print(b.tick(), a.tick(), Counter.step)
a.reset()
print(a.value, b.value)
Counter.step = 100
print(a.tick(), b.tick())
print(a.__dict__, b.__dict__)
m = a.tick
print(m(), m.__self__ is a, m.__func__ is Counter.tick, m.__name__)
print(Counter.tick(a))
