"""Shallow and deep copies of Python objects.

copy(x) makes a new object of x's kind holding the same items and attributes;
deepcopy(x) copies them too, recursively, each object once (a memo dict maps
the ids of the objects copied so far to their copies, so that shared objects
stay shared and cycles are copied as cycles).

Classes take control with __copy__(self) and __deepcopy__(self, memo), or with
the pickle protocol: __reduce_ex__, __reduce__, __getnewargs__, __getstate__
and __setstate__.  Modules, functions, classes and the like are not copied.
"""


import collections


class Error(Exception):
    pass


error = Error   # the old name

__all__ = ["Error", "copy", "deepcopy"]


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


_copy_dispatch = {}
for _t in (type(None), int, float, bool, str, tuple, bytes, frozenset, type, range, slice, property,
           type(len), type(Ellipsis), type(NotImplemented), type(_copy_immutable)):
    _copy_dispatch[_t] = _copy_immutable
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x.

    memo maps the ids of the objects already copied to their copies.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # An object that is its own copy is not remembered: the memo would keep it alive for nothing.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # The tuple may have been copied already, through a cycle that runs through its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    instance = deepcopy(x.__self__, memo)
    try:
        return type(x)(x.__func__, instance)
    except TypeError:
        # pyco cannot call the method type: bind the function through the copy instead.
        return getattr(instance, x.__func__.__name__)


class _Probe:
    def method(self):
        pass


_deepcopy_dispatch = {}
for _t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool, bytes, str, type,
           range, type(len), type(_deepcopy_atomic), property):
    _deepcopy_dispatch[_t] = _deepcopy_atomic
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_MethodType = type(_Probe().method)
_deepcopy_dispatch[_MethodType] = _deepcopy_method
del _t, _Probe


def _keep_alive(x, memo):
    # The memo is keyed by id: x must outlive the copy, or another object could
    # take its id.  The list of such objects sits in the memo under the memo's own id.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


##############################################################################
# The pickle protocol, as object.__reduce_ex__(4) and copyreg implement it.

_object_reduce_ex = getattr(object, '__reduce_ex__', None)
_object_reduce = getattr(object, '__reduce__', None)
_object_getstate = getattr(object, '__getstate__', None)


def _reduce(x, cls):
    """Return x's reduction: a string (x is a global, copied as itself) or the tuple
    (callable, args[, state[, listitems[, dictitems]]]) that rebuilds x.
    """
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not _object_reduce_ex:
        return x.__reduce_ex__(4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None and reductor is not _object_reduce:
        return x.__reduce__()
    return _reduce_object(x, cls)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reduce_object(x, cls):
    # What object.__reduce_ex__(4) returns: rebuild with cls.__new__, then set
    # the state and the items of list and dict subclasses.  Under pyco, the
    # built-in types that CPython reduces with methods of their own (which
    # pyco's runtime lacks) come here too, and are reduced as CPython would.
    if issubclass(cls, BaseException):
        state = getattr(x, '__dict__', None)
        return (cls, x.args, state) if state else (cls, x.args)
    if isinstance(x, _MethodType):
        return getattr, (x.__self__, x.__func__.__name__)
    # The C types' own __reduce__, as CPython defines them (subclasses included).
    if isinstance(x, (set, frozenset)):
        return cls, (list(x),), getattr(x, '__dict__', None) or None
    if isinstance(x, collections.deque):
        return cls, ((), x.maxlen), getattr(x, '__dict__', None) or None, iter(x)
    if isinstance(x, collections.defaultdict):
        return cls, (x.default_factory,), None, None, iter(x.items())
    if cls is slice:
        return cls, (x.start, x.stop, x.step)
    func = _newobj
    kwargs = None
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        args = tuple(args)
    elif getnewargs is not None:
        args = tuple(getnewargs())
    elif isinstance(x, tuple) and hasattr(cls, '_fields'):
        func, args = cls, tuple(x)  # a namedtuple
    elif _is_python_class(cls):
        args = ()
    else:
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        state = x.__getstate__()
    else:
        state = _default_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return _newobj_ex, (cls, args, kwargs), state, listitems, dictitems
    if func is _newobj:
        args = (cls,) + args
    return func, args, state, listitems, dictitems


def _is_python_class(cls):
    # Whether an instance of cls is all in its attributes (and in its items,
    # for a list or dict): every class of the MRO is a class statement's or a
    # list or dict type.  Other built-in types hold state that cls.__new__ and
    # the attributes do not restore.
    for c in cls.__mro__:
        if c is object or issubclass(c, list) or issubclass(c, dict):
            continue
        if '__module__' not in c.__dict__:
            return False
    return True


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_' + c.__name__.lstrip('_') + name
            names.append(name)
    return names


def _default_state(x, cls):
    # object.__getstate__: the instance dict (None when empty), paired with a
    # dict of the set __slots__ when there are any.
    state = getattr(x, '__dict__', None) or None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return state, slots
    return state


def _reconstruct(x, memo, func, args, state=None, listitems=None, dictitems=None):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listitems is not None:
        if deep:
            for item in listitems:
                y.append(deepcopy(item, memo))
        else:
            for item in listitems:
                y.append(item)
    if dictitems is not None:
        if deep:
            for key, value in dictitems:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictitems:
                y[key] = value
    return y
