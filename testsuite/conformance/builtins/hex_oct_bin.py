# hex/oct/bin of zero, negatives, big ints and bools, int() round trips, and the errors for non-integers.
for v in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 64) - 1, True, False]:
    print(v, hex(v), oct(v), bin(v), int(hex(v), 16) == v, int(oct(v), 0) == v, int(bin(v), 0) == v)
for v in [1.5, "10", None]:
    try:
        print(hex(v))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(bin(v))
    except TypeError as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()), f"{255:x}", f"{-255:#o}", format(-5, "b"))
