# Mapping and MutableMapping subclasses get their mixin methods (get, __contains__, keys/items/values views,
# __eq__, pop, popitem, clear, update, setdefault) from the three or five methods they define.
from collections.abc import Mapping, MutableMapping, KeysView, ItemsView, ValuesView, MappingView, Set


class Frozen(Mapping):
    """A read-only mapping over a list of pairs."""

    def __init__(self, pairs):
        self._pairs = list(pairs)

    def __getitem__(self, key):
        for k, v in self._pairs:
            if k == key:
                return v
        raise KeyError(key)

    def __iter__(self):
        return (k for k, _ in self._pairs)

    def __len__(self):
        return len(self._pairs)

    def __repr__(self):
        return f"Frozen({self._pairs})"


f = Frozen([("a", 1), ("b", 2), ("c", 3)])
print(f.get("a"), f.get("z"), f.get("z", 0), "b" in f, "z" in f, len(f))
print(f.keys(), f.items(), f.values())
print(list(f.keys()), list(f.items()), list(f.values()))
print(type(f.keys()).__name__, isinstance(f.keys(), Set), isinstance(f.values(), Set), isinstance(f.keys(), MappingView))
print("b" in f.keys(), ("b", 2) in f.items(), ("b", 3) in f.items(), ("z", 1) in f.items(), 3 in f.values())
print(f == {"a": 1, "b": 2, "c": 3}, f == {"a": 1}, f == Frozen([("c", 3), ("b", 2), ("a", 1)]), f != {}, f == [1])
print(f.keys() & {"a", "q"}, sorted(f.keys() | ["x"]), sorted(f.keys() - {"a"}), sorted(f.keys() ^ {"a", "y"}))
print(f.items() & {("a", 1)}, f.keys() == {"a", "b", "c"}, f.keys() < {"a", "b", "c", "d"})
print(len(f.values()), list(reversed(list(f.values()))), f.__reversed__)
try:
    hash(f)
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(f)
except TypeError as e:
    print("TypeError:", e)


class Registry(MutableMapping):
    """A mapping that lower-cases its keys, stored in a dict."""

    def __init__(self, *args, **kwargs):
        self._data = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f"Registry({self._data})"


r = Registry({"Alpha": 1}, Beta=2)
r.update([("GAMMA", 3)])
r.update(Frozen([("Delta", 4)]))


class KeysOnly:
    def keys(self):
        return ["Eps"]

    def __getitem__(self, key):
        return 5


r.update(KeysOnly(), zeta=6)
print(r, len(r), r["ALPHA"])
print(r.setdefault("alpha", 99), r.setdefault("eta", 7), r["eta"], r.setdefault("theta"))
print(r.pop("beta"), r.pop("nope", "default"), r.popitem(), r)
print(r.get("GAMMA"), "delta" in r, r == {"gamma": 3, "delta": 4, "eps": 5, "zeta": 6, "eta": 7})
del r["Gamma"]
print(sorted(r.keys()), sorted(r.items()))
r.clear()
print(r, len(r), bool(r))
try:
    r.popitem()
except KeyError as e:
    print("KeyError:", repr(e))
try:
    r.update(1)
except TypeError as e:
    print("TypeError:", e)
try:
    r.update({}, {})
except TypeError as e:
    print("TypeError:", e)
r.pop("missing")
