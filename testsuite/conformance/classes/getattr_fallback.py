# __getattr__ runs only for names normal lookup does not find (also after a property raises AttributeError);
# getattr() with a default and hasattr() see what it raises.
class Proxy:
    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("_"):
            raise AttributeError(f"no private {name}")
        return getattr(self.target, name)

    @property
    def broken(self):
        raise AttributeError("broken inside")


class Target:
    color = "red"

    def size(self):
        return 3


p = Proxy(Target())
print(p.color, p.size(), p.target.color)
print(getattr(p, "_secret", "default"), hasattr(p, "_x"), hasattr(p, "color"))
print(p.broken)
try:
    p._hidden
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
