# Comparison dunders, reflected operands, NotImplemented fallback and the default __ne__.
verbose = True


class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        print(f"  {self}.__eq__({other})")
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if verbose:
            print(f"  {self}.__lt__({other})")
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print("a < b:", a < b)
print("a > b:", a > b)
print("a != b:", a != b)
print("a == 3:", a == 3)
print("a <= a:", a <= Version(1, 2))
verbose = False
print(sorted([Version(2), Version(1, 5), Version(1)]))
verbose = True
print(max(Version(3), Version(4)), min([b, a]))


class Special(Version):
    def __gt__(self, other):
        print(f"  Special {self}.__gt__({other})")
        return True


print("a < Special:", a < Special(0))
print("Special > a:", Special(0) > a)
