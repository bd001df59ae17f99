# collections.OrderedDict: move_to_end both ways, popitem(last=), 3.11 repr, order-sensitive equality
from collections import OrderedDict

od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a")
print(od)
od.move_to_end("c", last=False)
print(od, list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(x=1) == {"x": 1})
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
for f in (lambda: OrderedDict().popitem(), lambda: od.move_to_end("zz")):
    try:
        f()
    except KeyError as e:
        print("KeyError:", e)
