# __setattr__ and __delattr__ see every assignment (also in __init__); object.__setattr__ and
# super().__setattr__ store for real.
class Audited:
    def __init__(self, name):
        self.name = name
        object.__setattr__(self, "log", [])

    def __setattr__(self, key, value):
        print(f"  set {key}={value!r}")
        if key == "locked":
            raise AttributeError("locked is read-only")
        super().__setattr__(key, value)

    def __delattr__(self, key):
        print(f"  del {key}")
        super().__delattr__(key)


a = Audited("x")
a.count = 1
a.count += 1
print(a.name, a.count, sorted(a.__dict__))
try:
    a.locked = True
except AttributeError as e:
    print("AttributeError:", e)
del a.count
print(hasattr(a, "count"))
try:
    del a.count
except AttributeError as e:
    print("AttributeError:", e)
setattr(a, "via_setattr", 5)
delattr(a, "via_setattr")
print(sorted(vars(a)) if False else sorted(a.__dict__))
