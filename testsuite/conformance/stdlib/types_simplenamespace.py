# types.SimpleNamespace: keyword construction, attribute set/delete, repr (nested, recursive, subclass),
# equality through the attribute dicts, unhashable, errors of CPython's C type; one uncaught
import types
from types import SimpleNamespace

ns = SimpleNamespace(x=1, y="two", z=[3])
print(ns, repr(ns), str(ns))
ns.w = {"k": None}
del ns.x
print(ns, ns.y, ns.__dict__, vars(ns) is ns.__dict__)
print(SimpleNamespace(), SimpleNamespace(**{"a-b": 1, "c": 2}), SimpleNamespace(a=SimpleNamespace(b=SimpleNamespace())))

rec = SimpleNamespace(name="loop")
rec.self = rec
rec.items = [rec]
print(rec)

print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) != SimpleNamespace(a=2))
print(SimpleNamespace(a=1, b=2) == SimpleNamespace(b=2, a=1), SimpleNamespace() == {}, SimpleNamespace(a=1) != object())
print(sorted(vars(SimpleNamespace(b=1, a=2))), type(ns).__name__, type(ns).__qualname__, SimpleNamespace.__module__)
print(repr(type(ns)), isinstance(ns, SimpleNamespace), types.SimpleNamespace is SimpleNamespace)


class Config(SimpleNamespace):
    def describe(self):
        return ", ".join(f"{k}={v}" for k, v in sorted(vars(self).items()))


cfg = Config(debug=True, level=3)
print(cfg, cfg.describe(), cfg == SimpleNamespace(debug=True, level=3), type(cfg).__name__)
cfg.level += 1
print(repr(cfg), getattr(cfg, "missing", "default"), hasattr(cfg, "debug"))

checks = [
    lambda: ns.missing,
    lambda: cfg.missing,
    lambda: hash(ns),
    lambda: {ns: 1},
    lambda: SimpleNamespace(1, 2),
    lambda: SimpleNamespace({"a": 1}, b=2),
    lambda: SimpleNamespace(a=1) < SimpleNamespace(a=2),
    lambda: SimpleNamespace(**{1: 2}),
    lambda: delattr(ns, "nope"),
]
for check in checks:
    try:
        print("ok", check())
    except (AttributeError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(SimpleNamespace(a=1).b)
