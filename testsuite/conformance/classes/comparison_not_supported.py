# Ordering instances of a class without comparison methods raises TypeError naming both types.
class Box:
    def __init__(self, size):
        self.size = size


boxes = [Box(3), Box(1)]
print(Box(1) == Box(1), Box(1) != Box(1))
print(sorted(boxes, key=lambda b: b.size)[0].size)
print(sorted(boxes))
