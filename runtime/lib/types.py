"""Names for the built-in types that the builtins module does not name."""

import sys

# Each type is taken from an object of that type, as CPython does.


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()  # never awaited on purpose: closing it keeps it from warning


async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

__all__ = ['FunctionType', 'LambdaType', 'SimpleNamespace', 'GeneratorType', 'CoroutineType',
           'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType', 'BuiltinMethodType',
           'ModuleType', 'new_class', 'resolve_bases', 'prepare_class', 'DynamicClassAttribute',
           'coroutine', 'EllipsisType', 'NoneType', 'NotImplementedType']


# The types below are those of interpreter internals that pyco's runtime may
# not have, or may represent by another type.  Each is defined only when the
# object it is taken from exists and has the type CPython gives it: a missing
# name fails clearly, where a stand-in would make isinstance() lie.

def _internal_type(make, name):
    try:
        t = make()
    except (AttributeError, TypeError, KeyError):
        return None
    return t if t.__name__ == name else None


def _cell():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


def _traceback():
    try:
        raise TypeError
    except TypeError as exc:
        return exc.__traceback__


_t = _internal_type(lambda: type(_f.__code__), 'code')
if _t is not None:
    CodeType = _t
    __all__.append('CodeType')
_t = _internal_type(lambda: type(type.__dict__), 'mappingproxy')
if _t is not None:
    MappingProxyType = _t
    __all__.append('MappingProxyType')
_t = _internal_type(lambda: type(_cell()), 'cell')
if _t is not None:
    CellType = _t
    __all__.append('CellType')
_t = _internal_type(lambda: type(_traceback()), 'traceback')
if _t is not None:
    TracebackType = _t
    __all__.append('TracebackType')
_t = _internal_type(lambda: type(_traceback().tb_frame), 'frame')
if _t is not None:
    FrameType = _t
    __all__.append('FrameType')
_t = _internal_type(lambda: type(object.__init__), 'wrapper_descriptor')
if _t is not None:
    WrapperDescriptorType = _t
    __all__.append('WrapperDescriptorType')
_t = _internal_type(lambda: type(object().__str__), 'method-wrapper')
if _t is not None:
    MethodWrapperType = _t
    __all__.append('MethodWrapperType')
_t = _internal_type(lambda: type(str.join), 'method_descriptor')
if _t is not None:
    MethodDescriptorType = _t
    __all__.append('MethodDescriptorType')
_t = _internal_type(lambda: type(dict.__dict__['fromkeys']), 'classmethod_descriptor')
if _t is not None:
    ClassMethodDescriptorType = _t
    __all__.append('ClassMethodDescriptorType')
_t = _internal_type(lambda: type(FunctionType.__code__), 'getset_descriptor')
if _t is not None:
    GetSetDescriptorType = _t
    __all__.append('GetSetDescriptorType')
_t = _internal_type(lambda: type(FunctionType.__globals__), 'member_descriptor')
if _t is not None:
    MemberDescriptorType = _t
    __all__.append('MemberDescriptorType')
_t = _internal_type(lambda: type(list[int]), 'GenericAlias')
if _t is not None:
    GenericAlias = _t
    __all__.append('GenericAlias')
_t = _internal_type(lambda: type(int | str), 'UnionType')
if _t is not None:
    UnionType = _t
    __all__.append('UnionType')

del sys, _f, _g, _C, _c, _ag, _t, _internal_type, _cell, _traceback


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs) has the keyword arguments as attributes.
    """
    __module__ = 'types'

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def _type_name(self):
        # What CPython's C type calls itself in messages; subclasses go by their own name.
        return 'types.SimpleNamespace' if type(self) is SimpleNamespace else type(self).__name__

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _in_repr:
            return f'{name}(...)'
        _in_repr.add(key)
        try:
            items = []
            for k, v in self.__dict__.items():
                if isinstance(k, str) and k:
                    items.append(f'{k}={v!r}')
            return f"{name}({', '.join(items)})"
        finally:
            _in_repr.discard(key)

    def __getattr__(self, name):
        raise AttributeError(f"'{self._type_name()}' object has no attribute '{name}'", name=name, obj=self)

    def __delattr__(self, name):
        try:
            object.__delattr__(self, name)
        except AttributeError:
            if type(self) is not SimpleNamespace:
                raise
            raise AttributeError(f"'types.SimpleNamespace' object has no attribute '{name}'",
                                 name=name, obj=self) from None

    def __hash__(self):
        raise TypeError(f"unhashable type: '{self._type_name()}'")

    # Namespaces compare as their attribute dicts do.

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ < other.__dict__
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ <= other.__dict__
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ > other.__dict__
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ >= other.__dict__
        return NotImplemented

    def __reduce__(self):
        return type(self), (), self.__dict__


_in_repr = set()  # ids of the namespaces whose repr is being built, to cut cycles


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class with the metaclass its bases and kwds call for.

    exec_body(ns), when given, fills the namespace of the class.
    """
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Replace the bases that are not classes by what their __mro_entries__ returns (PEP 560)."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            continue
        entries = base.__mro_entries__(bases)
        updated = True
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = entries
        shift += len(entries) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, kwds) for a class with these bases and keywords.

    The metaclass is kwds['metaclass'] or the most derived metaclass of the
    bases; the namespace is what its __prepare__ returns; kwds is a copy of the
    given keywords without 'metaclass'.
    """
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    # The metaclass that is a subclass of meta and of the metaclass of every base.
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute:
    """A property that is only seen on instances: through the class, the lookup
    fails (AttributeError), so that the class's __getattr__ answers instead.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


class _GeneratorWrapper:
    # What coroutine() returns for a generator: awaitable, and iterating it runs the generator.

    def __init__(self, gen):
        self._wrapped = gen
        self._is_generator = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self._wrapped.send(val)

    def throw(self, tp, *rest):
        return self._wrapped.throw(tp, *rest)

    def close(self):
        return self._wrapped.close()

    @property
    def gi_running(self):
        return self._wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self._wrapped.gi_yieldfrom

    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self._wrapped)

    def __iter__(self):
        if self._is_generator:
            return self._wrapped
        return self

    __await__ = __iter__


def _is_coroutine_function(func):
    # An `async def` function: CPython tells by its code's flags (CO_COROUTINE,
    # CO_ITERABLE_COROUTINE); compiled functions have no code object, and pyco's
    # asyncio knows them instead.
    code = getattr(func, '__code__', None)
    if code is not None:
        return bool(code.co_flags & 0x180)
    import asyncio
    return asyncio.iscoroutinefunction(func)


def coroutine(func):
    """Make a generator function usable as a coroutine function: `await func()` runs the generator."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if func.__class__ is FunctionType and _is_coroutine_function(func):
        return func
    # CPython marks a plain generator function's code as an iterable coroutine;
    # compiled code has no such flag, so the generators it returns are wrapped.

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is CoroutineType:
            return coro
        if coro.__class__ is GeneratorType or (hasattr(coro, '__next__') and hasattr(coro, 'send')
                                                and not hasattr(coro, '__await__')):
            return _GeneratorWrapper(coro)
        return coro

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped
