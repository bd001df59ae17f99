# A list is empty while it sorts: what a comparison or a key sees of it, and the ValueError when one changes it.
class Peek:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __lt__(self, other):
        print('  sees', self.target, len(self.target))
        return self.v < other.v

    def __repr__(self):
        return f'P{self.v}'


lst = []
lst.extend(Peek(v, lst) for v in [2, 1])
lst.sort()
print(lst)


class Grow:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __lt__(self, other):
        self.target.append('junk')
        return self.v < other.v

    def __repr__(self):
        return f'G{self.v}'


lst = []
lst.extend(Grow(v, lst) for v in [3, 1, 2])
try:
    lst.sort()
except ValueError as e:
    print('ValueError:', e, lst)

lst = [3, 1, 2]


def key(v):
    print('  key sees', lst)
    return v


lst.sort(key=key)
print(lst)


def grow_key(v):
    lst.append(v)
    return v


try:
    lst.sort(key=grow_key)
except ValueError as e:
    print('ValueError:', e, lst)


class Clear:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __lt__(self, other):
        self.target.clear()
        return self.v < other.v

    def __repr__(self):
        return f'C{self.v}'


lst = []
lst.extend(Clear(v, lst) for v in [3, 1, 2])
lst.sort()
print('clear during sort', lst)
