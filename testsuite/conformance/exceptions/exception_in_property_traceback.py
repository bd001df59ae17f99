# A property getter that fails: the traceback passes through the getter's frame.
class Ratio:
    def __init__(self, a, b):
        self.a, self.b = a, b

    @property
    def value(self):
        return self.a / self.b


print(Ratio(1, 4).value)
r = Ratio(1, 0)
print(r.value)
