# `del m.x` from another module removes the attribute: the module's own functions then fail with NameError,
# readers with AttributeError; deleting it twice, or deleting a name never defined, is an AttributeError
import registry

print(registry.describe(), hasattr(registry, "entries"))
del registry.entries
print(hasattr(registry, "entries"))
try:
    registry.describe()
except NameError as e:
    print("NameError:", e)
try:
    del registry.entries
except AttributeError as e:
    print("AttributeError:", e)
registry.entries = ["restored"]
print(registry.describe())
del registry.describe
registry.describe()
