# Unhashable types as dict keys, set members, hash() arguments and in tests: the TypeError messages.
for v in [[1], {"a": 1}, {1}, ([1],), [[]]]:
    try:
        hash(v)
    except TypeError as e:
        print("hash", type(e).__name__, e)
for f in [lambda: {[1]: 2}, lambda: {{}: 1}, lambda: {[]}, lambda: set([[1]]), lambda: {1: 2}[[1]], lambda: [] in {1},
          lambda: {1}.add({}), lambda: dict.fromkeys([[1]]), lambda: {1: 2}.get([]), lambda: frozenset([{}]), lambda: [] in {1: 2}]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print([] in [[]], hash((1, (2, "x"))) == hash((1, (2, "x"))), {(1, 2): 3}[1, 2], hash(None) == hash(None))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
class Eq:
    def __eq__(self, other):
        return True
try:
    {Eq()}
except TypeError as e:
    print(type(e).__name__, e)
