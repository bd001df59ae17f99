"""The operators of Python as functions.

operator.add(x, y) computes x + y; each function also has the name of the
special method with its underscores (operator.__add__).
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

_abs = abs

# CPython runs the C accelerator _operator; the errors below are the ones it
# raises where they differ from what the plain expression would raise.


# Comparisons

def lt(a, b):
    "Return a < b."
    return a < b


def le(a, b):
    "Return a <= b."
    return a <= b


def eq(a, b):
    "Return a == b."
    return a == b


def ne(a, b):
    "Return a != b."
    return a != b


def ge(a, b):
    "Return a >= b."
    return a >= b


def gt(a, b):
    "Return a > b."
    return a > b


# Truth and identity

def not_(a):
    "Return not a."
    return not a


def truth(a):
    "Return True if a is true, False otherwise."
    return True if a else False


def is_(a, b):
    "Return a is b."
    return a is b


def is_not(a, b):
    "Return a is not b."
    return a is not b


# Arithmetic and bitwise operators

def abs(a):
    "Return abs(a)."
    return _abs(a)


def add(a, b):
    "Return a + b."
    return a + b


def and_(a, b):
    "Return a & b."
    return a & b


def floordiv(a, b):
    "Return a // b."
    return a // b


def index(a):
    "Return a converted to an integer, through a.__index__()."
    if type(a) is int:
        return a
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    result = method(a)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int (type {type(result).__name__})")
    return result


def inv(a):
    "Return ~a."
    return ~a


invert = inv


def lshift(a, b):
    "Return a << b."
    return a << b


def mod(a, b):
    "Return a % b."
    return a % b


def mul(a, b):
    "Return a * b."
    return a * b


def matmul(a, b):
    "Return a @ b."
    return a @ b


def neg(a):
    "Return -a."
    return -a


def or_(a, b):
    "Return a | b."
    return a | b


def pos(a):
    "Return +a."
    return +a


def pow(a, b):
    "Return a ** b."
    return a ** b


def rshift(a, b):
    "Return a >> b."
    return a >> b


def sub(a, b):
    "Return a - b."
    return a - b


def truediv(a, b):
    "Return a / b."
    return a / b


def xor(a, b):
    "Return a ^ b."
    return a ^ b


# Sequences

def _is_sequence(a):
    # What the C API calls a sequence: something indexable that is no mapping.
    return hasattr(type(a), '__getitem__') and not isinstance(a, dict)


def concat(a, b):
    "Return a + b for sequences a and b."
    if not _is_sequence(a):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def contains(a, b):
    "Return b in a (note the order of the operands)."
    return b in a


def _iterate(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError(f"argument of type '{type(a).__name__}' is not iterable") from None


def countOf(a, b):
    "Return how many items of a are b or equal to b."
    count = 0
    for item in _iterate(a):
        if item is b or item == b:
            count += 1
    return count


def delitem(a, b):
    "Delete a[b]."
    del a[b]


def getitem(a, b):
    "Return a[b]."
    return a[b]


def indexOf(a, b):
    "Return the index of the first item of a that is b or equal to b."
    i = 0
    for item in _iterate(a):
        if item is b or item == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c):
    "Set a[b] = c."
    a[b] = c


def length_hint(obj, default=0):
    """Return len(obj) if obj has a length, else obj.__length_hint__() if it has one, else default.

    The result is an estimate of the number of items obj will produce, never negative.
    """
    if type(default) is not int:
        default = index(default)
    if hasattr(type(obj), '__len__'):
        try:
            return len(obj)
        except TypeError:
            pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError(f"__length_hint__ must be an integer, not {type(value).__name__}")
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


# Calls

def call(*args, **kwargs):
    "Return obj(*args, **kwargs)."
    if not args:
        raise TypeError('call expected at least 1 argument, got 0')
    return args[0](*args[1:], **kwargs)


# The getters.  The C types cannot be subclassed; neither can these.

_MISSING = object()
_in_repr = set()  # ids of the getters whose repr is being built, to cut cycles


def _no_subclass(cls):
    raise TypeError(f"type 'operator.{cls.__name__}' is not an acceptable base type")


def _guarded_repr(self, name, args):
    # args(self) gives the reprs of the arguments; a getter met again inside them shows as (...).
    key = id(self)
    if key in _in_repr:
        return f'operator.{name}(...)'
    _in_repr.add(key)
    try:
        return f"operator.{name}({', '.join(args(self))})"
    finally:
        _in_repr.discard(key)


def _one_argument(name, obj, rest, kwargs):
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')
    if obj is _MISSING or rest:
        given = len(rest) + (0 if obj is _MISSING else 1)
        raise TypeError(f'{name} expected 1 argument, got {given}')


class attrgetter:
    """attrgetter('name') returns a callable that fetches obj.name from its operand.

    With several names the callable returns a tuple; dotted names fetch nested
    attributes: attrgetter('a.b')(obj) is obj.a.b.
    """

    def __init_subclass__(cls, **kwargs):
        _no_subclass(attrgetter)

    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        paths = []
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
            paths.append(tuple(attr.split('.')))
        self._items = attrs
        self._paths = tuple(paths)

    def __call__(self, obj=_MISSING, *rest, **kwargs):
        if obj is _MISSING or rest or kwargs:
            _one_argument('attrgetter', obj, rest, kwargs)
        paths = self._paths
        if len(paths) == 1:
            return _resolve(obj, paths[0])
        return tuple([_resolve(obj, path) for path in paths])

    def __repr__(self):
        return _guarded_repr(self, 'attrgetter', _repr_items)

    def __reduce__(self):
        return self.__class__, self._items


def _repr_items(getter):
    return [repr(item) for item in getter._items]


def _repr_call(caller):
    args = [repr(caller._name)]
    for a in caller._args:
        args.append(repr(a))
    for k, v in caller._kwargs.items():
        args.append(f'{k}={v!r}')
    return args


def _resolve(obj, path):
    for name in path:
        obj = getattr(obj, name)
    return obj


class itemgetter:
    """itemgetter(item) returns a callable that fetches obj[item] from its operand.

    With several items the callable returns a tuple: itemgetter(1, 3)(r) is (r[1], r[3]).
    """

    def __init_subclass__(cls, **kwargs):
        _no_subclass(itemgetter)

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items
        self._single = len(items) == 1
        self._item = items[0]

    def __call__(self, obj=_MISSING, *rest, **kwargs):
        if obj is _MISSING or rest or kwargs:
            _one_argument('itemgetter', obj, rest, kwargs)
        if self._single:
            return obj[self._item]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return _guarded_repr(self, 'itemgetter', _repr_items)

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """methodcaller('name', *args, **kwargs) returns a callable that calls obj.name(*args, **kwargs)
    on its operand obj.
    """

    def __init_subclass__(cls, **kwargs):
        _no_subclass(methodcaller)

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self = args[0]
        name = args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, obj=_MISSING, *rest, **kwargs):
        if obj is _MISSING or rest or kwargs:
            _one_argument('methodcaller', obj, rest, kwargs)
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        return _guarded_repr(self, 'methodcaller', _repr_call)

    def __reduce__(self):
        if not self._kwargs:
            return self.__class__, (self._name,) + self._args
        import functools
        return functools.partial(self.__class__, self._name, **self._kwargs), self._args


# In-place operators

def iadd(a, b):
    "Do a += b and return a."
    a += b
    return a


def iand(a, b):
    "Do a &= b and return a."
    a &= b
    return a


def iconcat(a, b):
    "Do a += b for sequences a and b and return a."
    if not _is_sequence(a):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


def ifloordiv(a, b):
    "Do a //= b and return a."
    a //= b
    return a


def ilshift(a, b):
    "Do a <<= b and return a."
    a <<= b
    return a


def imod(a, b):
    "Do a %= b and return a."
    a %= b
    return a


def imul(a, b):
    "Do a *= b and return a."
    a *= b
    return a


def imatmul(a, b):
    "Do a @= b and return a."
    a @= b
    return a


def ior(a, b):
    "Do a |= b and return a."
    a |= b
    return a


def ipow(a, b):
    "Do a **= b and return a."
    a **= b
    return a


def irshift(a, b):
    "Do a >>= b and return a."
    a >>= b
    return a


def isub(a, b):
    "Do a -= b and return a."
    a -= b
    return a


def itruediv(a, b):
    "Do a /= b and return a."
    a /= b
    return a


def ixor(a, b):
    "Do a ^= b and return a."
    a ^= b
    return a


# The names of the special methods

__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
