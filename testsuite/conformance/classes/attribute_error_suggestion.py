# A misspelt attribute of an instance: AttributeError with CPython's "Did you mean" among instance and class
# attributes.
class Order:
    currency = "EUR"

    def __init__(self):
        self.quantity = 3

    def total_price(self):
        return self.quantity * 2


o = Order()
try:
    o.total_prise()
except AttributeError as e:
    print("caught:", e)
print(o.quantity, o.currency)
print(o.quantiy)
