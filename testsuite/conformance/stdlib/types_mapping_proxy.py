# types.MappingProxyType and a class's __dict__: a read-only, live view of a mapping.
import types
class K:
    a = 1
d = K.__dict__
print(type(d), d['a'], 'a' in d, type(type.__dict__))
p = types.MappingProxyType({'x': 1, 'y': 2})
print(p, len(p), list(p), p.get('z', 0), p.get('x'), list(p.keys()), list(p.values()), list(p.items()))
print(p | {'z': 3}, {'w': 0} | p, p == {'x': 1, 'y': 2}, p.copy(), list(reversed(p)))
for bad in (lambda: p.__setitem__('x', 2), lambda: p.update({}), lambda: hash(p)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    p['x'] = 5
except TypeError as e:
    print(e)
try:
    del p['x']
except TypeError as e:
    print(e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
print(types.MappingProxyType.__name__, isinstance(p, types.MappingProxyType))
K.b = 2
print('b' in d, d['b'])
try:
    K.__dict__['c'] = 3
except TypeError as e:
    print(e)
try:
    del (1, 2)[0]
except TypeError as e:
    print(e)
try:
    del (5).real
except AttributeError as e:
    print(type(e).__name__)
try:
    x = 5
    del x[0]
except TypeError as e:
    print(e)
print(p['nope'])
