# type() and type names of built-in objects, iterators and views, as printed by print(type(x)).
objs = [len, [].append, iter([]), iter(()), iter(""), iter({}), {}.keys(), {}.values(), {}.items(), range(1), iter(range(1)),
        slice(1), Ellipsis, NotImplemented, zip(), map(str, []), filter(None, []), enumerate([]), reversed([]), reversed(range(2)),
        reversed("ab"), iter(set()), iter(b""), None, type, object(), 0.5, b"", frozenset()]
for o in objs:
    print(type(o), type(o).__name__)
print(type(type(1)), type(int).__name__, int.__name__, str.__name__, type(None).__name__, type(print).__name__)
