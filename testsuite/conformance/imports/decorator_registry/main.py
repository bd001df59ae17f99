# A decorator defined in one module registers functions defined in others into that module's registry, the usual
# plugin pattern; functools.wraps keeps each function's own __name__ and __module__
import registry
import handlers_a
import handlers_b

for name in sorted(registry.HANDLERS):
    fn = registry.HANDLERS[name]
    print(name, fn.__name__, fn.__module__, fn(2))
print(registry.dispatch("double", 21))
print(registry.calls)
registry.dispatch("triple", 1)
