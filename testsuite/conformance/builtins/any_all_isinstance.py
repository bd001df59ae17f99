# any/all short-circuiting and on empty input; isinstance/issubclass with tuples, bool/int and their errors.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 2 for x in range(5)), all(x < 2 for x in range(5)))
seen = []
def probe(x):
    seen.append(x)
    return x
print(any(probe(x) for x in [0, 1, 2, 3]), seen)
seen.clear()
print(all(probe(x) for x in [1, 0, 2]), seen)
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("s", (int, (list, str))))
print(isinstance([], ()), isinstance(None, type(None)), isinstance(int, type), isinstance(1, object), issubclass(bool, int), issubclass(int, (str, int)))
print(issubclass(ValueError, Exception), issubclass(KeyError, (LookupError,)), issubclass(dict, object), isinstance({}.keys(), object))
for f in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int), lambda: issubclass(int, [int]), lambda: any(5)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
