# Classes and exceptions defined in a package's modules: type() and __module__ name the defining module,
# subclassing across modules, isinstance and except by the imported class; the last error goes uncaught and
# CPython prints it with its module's dotted name
from store.errors import StoreError, OutOfStock
from store.items import Item, Perishable
import store.items

apple = Perishable("apple", 3, days=2)
print(type(apple), Perishable.__mro__)
print(isinstance(apple, store.items.Item), apple.describe())
print(str(apple), Item.__module__, OutOfStock.__qualname__)

try:
    apple.take(5)
except StoreError as e:
    print("caught", type(e), e, e.args)

print(repr(OutOfStock("x", 1)))
apple.take(2)
apple.take(2)
