# PEP 562: a module-level __getattr__ answers for attributes the module does not define (attribute access and
# from-imports alike); names it rejects raise its AttributeError; names the module defines never reach it.
# Every from-import first asks the module for `__path__` (is it a package?), so __getattr__ sees that too.
import lazy

print(lazy.defined)
print(lazy.computed_answer)
from lazy import computed_other
print(computed_other)
print(lazy.calls)
try:
    lazy.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from lazy import also_missing
except ImportError as e:
    print("ImportError:", e)
print(getattr(lazy, "nope", "default"), hasattr(lazy, "computed_x"), lazy.calls)
lazy.deprecated_name
