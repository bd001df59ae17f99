# Assigning to a property that has no setter raises AttributeError naming the property and the class.
class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def diameter(self):
        return 2 * self.r


c = Circle(3)
print(c.diameter)
c.diameter = 10
print("not reached")
