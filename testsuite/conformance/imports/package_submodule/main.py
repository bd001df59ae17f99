# Packages: `import pkg.sub as s` binds the submodule, `from pkg import sub` and `from pkg.sub.deeper import f`
# reach into nested packages; each package's __init__.py runs before its submodules
import shop.cart as cart
from shop import cart as same_cart
from shop.billing.invoice import total, Invoice
import shop.billing

print(cart.__name__, same_cart is cart)
print(cart.add([], "apple"))
print(total([1.5, 2.25]))
print(Invoice(3).lines, Invoice.__module__)
print(shop.billing.invoice.total([1]), shop.billing.CURRENCY)
