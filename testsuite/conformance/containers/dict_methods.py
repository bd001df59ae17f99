# dict methods: get/setdefault/pop/popitem/update/fromkeys/copy/clear, comprehensions, and KeyError messages.
d = {"x": 1}
print(d.get("x"), d.get("y"), d.get("y", 0), d.setdefault("x", 5), d.setdefault("y", []), d.setdefault("z"), d)
d["y"].append(1)
print(d.pop("x"), d.pop("nope", "dflt"), d, d.popitem(), d)
d.update({"a": 1}, b=2)
d.update([("c", 3), ("a", 10)])
d.update(e=5)
print(d, dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(2), []))
print({k: v * 2 for k, v in d.items() if v}, {i % 3: i for i in range(10)}, dict(zip("ab", [1, 2])), dict(a=1, **{"b": 2}))
print(dict([[1, 2], (3, 4)]), dict({"k": "v"}), d.copy() == d, d.copy() is d, list(d), len(d), "a" in d, 10 in d.values())
for f in [lambda: d["missing"], lambda: d.pop("missing"), lambda: {}.popitem(), lambda: d[[1]], lambda: dict([1, 2]),
          lambda: dict([(1, 2, 3)]), lambda: d.update(1), lambda: {}[()], lambda: {}[(1, "a")], lambda: {}[""]]:
    try:
        print(f())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e, repr(e))
d.clear()
print(d, {1: 2}.get(1.0), {(1, 2): "t"}[(1, 2)], {None: 0}[None])
del_d = {"a": 1, "b": 2}
del del_d["a"]
try:
    del del_d["a"]
except KeyError as e:
    print(type(e).__name__, e)
print(del_d, {"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"b": 1, "a": 2}))
