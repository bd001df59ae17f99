PI_ROUGH = 3


def area(r):
    return PI_ROUGH * r * r


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


def describe(items):
    # Module globals are looked up in this module, not in the importer's.
    return f"{len(items)} items, pi is {PI_ROUGH}"
