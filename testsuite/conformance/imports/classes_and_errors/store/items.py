from .errors import OutOfStock


class Item:
    def __init__(self, name, count):
        self.name = name
        self.count = count

    def take(self, n):
        if n > self.count:
            raise OutOfStock(self.name, n)
        self.count -= n

    def describe(self):
        return f"{self.name} x{self.count}"

    def __str__(self):
        return f"{type(self).__name__}({self.name})"


class Perishable(Item):
    def __init__(self, name, count, days):
        super().__init__(name, count)
        self.days = days

    def describe(self):
        return super().describe() + f" ({self.days} days)"
