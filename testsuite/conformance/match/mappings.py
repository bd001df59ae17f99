# Mapping patterns: keys looked up through get(), extra keys allowed, **rest gets a new dict of the others.
import collections


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with {rest}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "a mapping without type"
        case _:
            return "not a mapping"


for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "extra": 1},
          {"type": "key", "key": "q", "mods": ["ctrl"], "n": 2}, {"type": "key", "key": "a"},
          {"type": "key", "key": 5}, {"type": "scroll"}, {}, {"pos": 1}, [("type", "click")], "type"]:
    print(e, "->", handle(e))

d = collections.defaultdict(list)
match d:
    case {"missing": _}:
        print("found")
    case _:
        print("defaultdict unchanged:", dict(d))

od = collections.OrderedDict([("a", 1), ("b", 2), ("c", 3)])
match od:
    case {"b": b, **rest}:
        print("ordered", b, rest, type(rest).__name__)

match {1: "one", 1.5: "x", None: "none", True: "t"}:
    case {1: a, None: n}:
        print("non-str keys", a, n)

match {"a": 1}:
    case {**everything}:
        print("everything", everything, everything is not None)

print(type(dict(a=1).keys()).__name__)
match {"k": None}:
    case {"k": None}:
        print("None value matched")
