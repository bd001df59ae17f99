# repr() of lists, tuples (including 1-tuples), dicts and nested containers.
print([1, 2, 3], [], ["a", 'b"c'], [None, True, 1.5])
print((1, 2), (1,), (), ("x",))
print({"a": 1, "b": [1, 2]}, {}, {1: "one", 2: (2,)})
nested = {"list": [1, (2, 3), {"k": "v"}], "tuple": ([], ()), "str": "s"}
print(nested)
print(repr([[], [[]], [[[]]]]))
print(str([1, "1"]), repr((1.0, -0.0)))
d = {}
d["z"] = 26
d["a"] = 1
d["m"] = 13
print(d, list(d), list(d.values()), list(d.items()))
