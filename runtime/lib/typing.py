"""Support for type hints at run time (PEP 484 and its successors), as CPython 3.11 has it.

The hints themselves do nothing when a program runs; this module gives them the objects, reprs, equality
and errors that CPython gives them, and the introspection helpers (get_type_hints, get_origin, get_args).

Differences from CPython, each because pyco lacks something:
- contextlib.AbstractContextManager, AbstractAsyncContextManager, re.Pattern and re.Match do not exist in
  pyco: ContextManager, AsyncContextManager, Pattern and Match alias stand-in classes of those names (the
  context managers' isinstance looks for the special methods).
- pyco has no eval: get_type_hints evaluates a string annotation only when it is made of names (dotted),
  subscripts, `|`, `None`, `...`, string and number literals and lists; anything else raises SyntaxError.
- without sys._getframe, NewType, TypeVar and NamedTuple's functional form take '__main__' as the module
  that calls them.
"""

import sys
import collections
import collections.abc
from abc import ABCMeta

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic', 'Literal',
    'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView', 'Iterable',
    'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
    'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt',
    'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet',
    'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform', 'final',
    'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString', 'Never',
    'NewType', 'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload',
    'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text',
    'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False
_NoneType = type(None)
_GenericAliasType = type(list[int])
# The aliases CPython makes of types.GenericAlias or its subclass collections.abc._CallableGenericAlias, which
# pyco's runtime cannot subclass (it is a class of its own there).
_GenericAliasTypes = (_GenericAliasType, collections.abc._CallableGenericAlias)
_UnionType = type(int | str)


def _caller_module(default='__main__'):
    # The module that called the caller of the function that asks: CPython reads it from the frame.
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return default
    try:
        return getframe(2).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return default


def _type_repr(obj):
    # How a hint shows inside another's repr.
    if isinstance(obj, _GenericAliasTypes):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj) is type(_caller_module):
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg):
    # CPython 3.11 accepts any object as a hint but a tuple and the forms that need arguments.
    arg = _type_convert(arg)
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {repr(arg)[:100]}.')
    if isinstance(arg, _SpecialForm) and arg._name in ('ClassVar', 'Final') or \
            isinstance(arg, type) and arg.__module__ == 'typing' and arg.__name__ in ('Generic', 'Protocol'):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    return arg


def _as_tuple(params):
    return params if type(params) is tuple else (params,)


def _is_typevar_like(x):
    return type(x) in (TypeVar, ParamSpec, TypeVarTuple)


def _collect_parameters(args):
    # The type variables among args, nested ones included, in first-seen order.
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if hasattr(t, '__typing_subst__'):
            if t not in params:
                params.append(t)
        elif type(t) in (list, tuple):
            for p in _collect_parameters(t):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(t, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _check_count(alias, given, expected):
    if given != expected:
        raise TypeError(f"Too {'many' if given > expected else 'few'} arguments for {alias}; "
                        f"actual {given}, expected {expected}")


def _deduplicate(params):
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return out


class _Final:
    """Base of the objects of this module, which cannot be subclassed."""
    __slots__ = ()

    def __init_subclass__(cls, /, *args, _root=False, **kwargs):
        if not _root:
            raise TypeError('Cannot subclass special typing classes')


class _NotIterable:
    # Keeps `*Hint` from iterating the hint through __getitem__.
    __iter__ = None


# Special forms: Union, Optional, ClassVar, ... subscripted by a function of theirs.

class _SpecialForm(_Final, _NotIterable, _root=True):
    def __init__(self, getitem, name=None):
        self._getitem = getitem
        self._name = name if name is not None else getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type: compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


def _bare(self, parameters):
    raise TypeError(f'{self} is not subscriptable')


NoReturn = _SpecialForm(_bare, 'NoReturn')
Never = _SpecialForm(_bare, 'Never')
Self = _SpecialForm(_bare, 'Self')
LiteralString = _SpecialForm(_bare, 'LiteralString')
TypeAlias = _SpecialForm(_bare, 'TypeAlias')


def _single_type_form(self, parameters):
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


ClassVar = _SpecialForm(_single_type_form, 'ClassVar')
Final = _SpecialForm(_single_type_form, 'Final')
TypeGuard = _SpecialForm(_single_type_form, 'TypeGuard')
Required = _SpecialForm(_single_type_form, 'Required')
NotRequired = _SpecialForm(_single_type_form, 'NotRequired')


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    parameters = _as_tuple(parameters)
    msg = 'Union[arg, ...]: each arg must be a type.'
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    flat = _deduplicate(flat)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and _NoneType in flat:
        return _UnionGenericAlias(self, tuple(flat), name='Optional')
    return _UnionGenericAlias(self, tuple(flat))


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, f'{self} requires a single type.')
    return Union[arg, None]


Union = _SpecialForm(_union_getitem, 'Union')
Optional = _SpecialForm(_optional_getitem, 'Optional')


def _literal_key(values):
    # Literal[1] and Literal[True] differ although 1 == True.
    return [(type(v), v) for v in values]


def _literal_getitem(self, parameters):
    parameters = _as_tuple(parameters)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    seen = []
    kept = []
    for p in flat:
        key = (type(p), p)
        if key not in seen:
            seen.append(key)
            kept.append(p)
    return _LiteralGenericAlias(self, tuple(kept))


Literal = _SpecialForm(_literal_getitem, 'Literal')


def _concatenate_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    parameters = _as_tuple(parameters)
    if not isinstance(parameters[-1], ParamSpec):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable.')
    msg = 'Concatenate[arg, ...]: each arg must be a type.'
    parameters = tuple(_type_check(p, msg) for p in parameters[:-1]) + (parameters[-1],)
    return _GenericAlias(self, parameters)


Concatenate = _SpecialForm(_concatenate_getitem, 'Concatenate')


def _unpack_getitem(self, parameters):
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _UnpackGenericAlias(self, (item,))


Unpack = _SpecialForm(_unpack_getitem, 'Unpack')


class Annotated:
    """Annotated[T, x, ...]: the hint T with metadata x, ... for other tools."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    @classmethod
    def __class_getitem__(cls, params):
        if type(params) is not tuple or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.')
        return _AnnotatedAlias(origin, tuple(params[1:]))

    @classmethod
    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')


class ForwardRef(_Final, _root=True):
    """A type hint still given as a string."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            value = _HintParser(self.__forward_arg__, globalns, localns).parse()
            value = _type_check(value, 'Forward references must evaluate to types.')
            self.__forward_value__ = _eval_type(value, globalns, localns,
                                                recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and \
            self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module})'


# Type variables.

class _TypeVarLike:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__


class TypeVar(_Final, _TypeVarLike, _NotIterable, _root=True):
    """A type variable: T = TypeVar('T'), with bound=, constraints, covariant= or contravariant=."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = None if bound is None else _type_check(bound, 'Bound must be a type.')
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __typing_subst__(self, arg):
        arg = _type_check(arg, 'Parameters to generic types must be types.')
        if isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack:
            raise TypeError(f'{arg} is not valid as type argument')
        return arg


class TypeVarTuple(_Final, _TypeVarLike, _root=True):
    """A variadic type variable: Ts = TypeVarTuple('Ts'), used as *Ts."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError('Substitution of bare TypeVarTuple is not supported')


class ParamSpecArgs(_Final, _root=True):
    """P.args of a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs(_Final, _root=True):
    """P.kwargs of a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


class ParamSpec(_Final, _TypeVarLike, _NotIterable, _root=True):
    """A parameter specification variable: P = ParamSpec('P')."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = None if bound is None else _type_check(bound, 'Bound must be a type.')
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, 'Expected a type.') for a in arg)
        return arg


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


# Subscripted hints.

class _GenericAlias(_Final, _root=True):
    """origin[args]: List[int], Generic[T], C[int], ClassVar[int], ..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        self.__args__ = tuple(... if a is ... else a for a in _as_tuple(args))
        self.__parameters__ = _collect_parameters(self.__args__)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def __getattr__(self, attr):
        # What the alias lacks is its origin's, except the special names.
        if attr in ('__origin__', '__args__', '_name', '_inst', '__parameters__'):
            raise AttributeError(attr)
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def _prefix(self):
        if self._name:
            return 'typing.' + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        if not self.__args__:
            return self._prefix() + '[()]'
        return f"{self._prefix()}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic and not self._name:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
            return (self.__origin__,)
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f'Cannot subscript already-subscripted {self}')
        if not self.__parameters__:
            raise TypeError(f'{self} is not a generic class')
        args = _as_tuple(args)
        params = self.__parameters__
        if len(params) == 1 and isinstance(params[0], ParamSpec) and not \
                (len(args) == 1 and isinstance(args[0], (list, tuple))):
            args = (args,)
        _check_count(self, len(args), len(params))
        mapping = {}
        for p, a in zip(params, args):
            mapping[p] = p.__typing_subst__(a)
        return self.copy_with(tuple(_substitute(a, mapping) for a in self.__args__))

    def __reduce__(self):
        return operator_getitem, (self.__origin__, self.__args__)


def operator_getitem(a, b):
    return a[b]


def _substitute(arg, mapping):
    # arg with each type variable replaced by what mapping gives it.
    if hasattr(arg, '__typing_subst__'):
        return mapping.get(arg, arg)
    if type(arg) in (list, tuple):
        return type(arg)(_substitute(a, mapping) for a in arg)
    params = getattr(arg, '__parameters__', ())
    if isinstance(arg, type) or not params:
        return arg
    return arg[tuple(mapping.get(p, p) for p in params)]


class _SpecialGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """The unsubscripted aliases List, Dict, Iterable, ...: nparams arguments expected."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        self._inst = inst
        self._name = name
        self._nparams = nparams
        self.__origin__ = origin
        self.__module__ = 'typing'

    def __getattr__(self, attr):
        if attr in ('__args__', '__parameters__'):
            raise AttributeError(attr)
        return _GenericAlias.__getattr__(self, attr)

    def __repr__(self):
        return 'typing.' + self._name

    def __eq__(self, other):
        if isinstance(other, _SpecialGenericAlias):
            return self.__origin__ is other.__origin__ and self._name == other._name
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __getitem__(self, params):
        params = _as_tuple(params)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        _check_count(self, len(params), self._nparams)
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return _GenericAlias.__subclasscheck__(self, cls)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __mro_entries__(self, bases):
        res = [] if self.__origin__ in bases else [self.__origin__]
        return tuple(res)

    def __reduce__(self):
        return self._name


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is ... or isinstance(args[0], (ParamSpec, _GenericAlias))):
            return f'typing.Callable[{_type_repr(args[0])}, {_type_repr(args[1])}]'
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'

    def copy_with(self, args):
        flat = []
        for a in args[:-1]:
            if type(a) is tuple:
                flat.extend(a)
            else:
                flat.append(a)
        return _CallableGenericAlias(self.__origin__, tuple(flat) + (args[-1],), name=self._name,
                                     inst=self._inst)


class _CallableType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if type(params) is not tuple or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = tuple(_type_check(a, 'Callable[[arg, ...], result]: each arg must be a type.')
                           for a in args)
        elif args is ... or isinstance(args, (ParamSpec, _GenericAlias)):
            params = (args,)
        else:
            raise TypeError(f'Callable[args, result]: args must be a list, a ParamSpec or '
                            f'Concatenate. Got {args}')
        result = _type_check(result, 'Callable[args, result]: result must be a type.')
        return _CallableGenericAlias(self.__origin__, params + (result,), name=self._name, inst=self._inst)


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple', inst=False)
        params = _as_tuple(params)
        if len(params) >= 2 and params[-1] is ...:
            msg = 'Tuple[t, ...]: t must be a type.'
            return _GenericAlias(tuple, tuple(_type_check(p, msg) for p in params[:-1]) + (...,),
                                 name='Tuple', inst=False)
        msg = 'Tuple[t0, t1, ...]: each t must be a type.'
        return _GenericAlias(tuple, tuple(_type_check(p, msg) for p in params), name='Tuple', inst=False)


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __init__(self, origin, args, *, inst=True, name=None):
        _GenericAlias.__init__(self, origin, (), inst=inst, name=name)
        self.__args__ = args    # literal values are never type variables
        self.__parameters__ = ()

    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        mine = _literal_key(self.__args__)
        theirs = _literal_key(other.__args__)
        return all(k in theirs for k in mine) and all(k in mine for k in theirs)

    def __hash__(self):
        return hash(frozenset(_literal_key(self.__args__)))


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return '*' + repr(self.__args__[0])


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Annotated[origin, metadata...]: __origin__ is the annotated hint itself."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        _GenericAlias.__init__(self, origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {', '.join(repr(a) for a in self.__metadata__)}]"

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


# Generic classes and protocols.

class Generic:
    """Base of the user's generic classes: class C(Generic[T]) makes C[int] an alias of C."""
    __slots__ = ()
    _is_protocol = False

    @classmethod
    def __class_getitem__(cls, params):
        params = _as_tuple(params)
        if not params:
            raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            for p in params:
                if not _is_typevar_like(p):
                    raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                                    f'or parameter specification variables.')
            if len(_deduplicate(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        else:
            expected = cls.__dict__.get('__parameters__', ())
            if not expected:
                raise TypeError(f'{cls} is not a generic class')
            _check_count(cls, len(params), len(expected))
            params = tuple(p.__typing_subst__(a) for p, a in zip(expected, params))
        return _GenericAlias(cls, params)

    @classmethod
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        if '__orig_bases__' in own:
            error = Generic in cls.__orig_bases__
        else:
            error = Generic in cls.__bases__ and cls.__name__ != 'Protocol'
        if error:
            raise TypeError('Cannot inherit from plain Generic')
        tvars = ()
        if '__orig_bases__' in own:
            tvars = _collect_parameters(cls.__orig_bases__)
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError('Cannot inherit from Generic[...] multiple types.')
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ', '.join(str(t) for t in missing)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f'Some type variables ({s_vars}) are not listed in Generic[{s_args}]')
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


_PROTOCOL_SKIPPED = {
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__', '__new__',
    '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__', '__init_subclass__',
    '__parameters__', '__orig_bases__', '__qualname__', '_is_protocol', '_is_runtime_protocol',
    '__protocol_attrs__', '__non_callable_proto_members__', '__firstlineno__', '__static_attributes__',
    '__match_args__', '__classcell__', '__orig_class__',
}


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        for attr in names:
            if not attr.startswith('_abc_') and attr not in _PROTOCOL_SKIPPED and attr not in attrs:
                attrs.append(attr)
    return attrs


def _class_has(cls, attr):
    # attr is set on one of cls's classes, and not to None (which blocks it, as __hash__ = None does).
    for base in getattr(cls, '__mro__', ()):
        if attr in base.__dict__:
            return base.__dict__[attr] is not None
    return False


# The ABCs a protocol may inherit from besides other protocols.
_PROTO_ALLOWLIST = {
    'collections.abc': ['Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable', 'Hashable', 'Sized',
                        'Container', 'Collection', 'Reversible'],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}


class _ProtocolMeta(ABCMeta):
    # A protocol's checks look for its members; a class that merely inherits from a protocol is checked as
    # an ABC (subclassing, register()).
    def __instancecheck__(cls, instance):
        if not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if cls in type(instance).__mro__:
            return True
        for attr in _protocol_attrs(cls):
            try:
                val = getattr(instance, attr)
            except AttributeError:
                return False
            if val is None and callable(getattr(cls, attr, None)):
                return False
        return True

    def __subclasscheck__(cls, other):
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in other.__mro__:
            return True
        if not getattr(cls, '_is_protocol', False):
            return super().__subclasscheck__(other)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        attrs = _protocol_attrs(cls)
        for attr in attrs:
            if not callable(getattr(cls, attr, None)):
                raise TypeError("Protocols with non-method members don't support issubclass()")
        for attr in attrs:
            if not _class_has(other, attr):
                return False
        return True


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types: a class that has the protocol's members matches it."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    @classmethod
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol:
            for base in cls.__bases__:
                if not (base in (object, Generic) or getattr(base, '_is_protocol', False) or
                        base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, [])):
                    raise TypeError('Protocols can only inherit from other protocols, got %r' % base)
            if '__init__' not in cls.__dict__:
                cls.__init__ = _no_init


def runtime_checkable(cls):
    """Let isinstance() and issubclass() check a protocol class (its methods' presence only)."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and getattr(cls, '_is_protocol', False)):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


# Stand-ins for contextlib's and re's ABCs, which pyco lacks.

class _StructuralMeta(type):
    # isinstance/issubclass as the ABCs answer them: subclassing, or the special methods.
    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, other):
        if cls in getattr(other, '__mro__', ()):
            return True
        methods = cls._methods
        if not methods:
            return False
        for m in methods:
            if not _class_has(other, m):
                return False
        return True


def _abc(name, module, methods=()):
    ns = {'__module__': module, '__qualname__': name, '_methods': methods, '__slots__': ()}
    return _StructuralMeta(name, (), ns)


_ContextManager = _abc('AbstractContextManager', 'contextlib', ('__enter__', '__exit__'))
_AsyncContextManager = _abc('AbstractAsyncContextManager', 'contextlib', ('__aenter__', '__aexit__'))
_Pattern = _abc('Pattern', 're')
_Match = _abc('Match', 're')
Hashable = _SpecialGenericAlias(collections.abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(collections.abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(collections.abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(collections.abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(collections.abc.AsyncIterator, 1)
AsyncGenerator = _SpecialGenericAlias(collections.abc.AsyncGenerator, 2)
Iterable = _SpecialGenericAlias(collections.abc.Iterable, 1)
Iterator = _SpecialGenericAlias(collections.abc.Iterator, 1)
Reversible = _SpecialGenericAlias(collections.abc.Reversible, 1)
Generator = _SpecialGenericAlias(collections.abc.Generator, 3)
Sized = _SpecialGenericAlias(collections.abc.Sized, 0)
Container = _SpecialGenericAlias(collections.abc.Container, 1)
Collection = _SpecialGenericAlias(collections.abc.Collection, 1)
Callable = _CallableType(collections.abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(collections.abc.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(collections.abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(collections.abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(collections.abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(collections.abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(collections.abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(collections.abc.ByteString, 0)
MappingView = _SpecialGenericAlias(collections.abc.MappingView, 1)
KeysView = _SpecialGenericAlias(collections.abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(collections.abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(collections.abc.ValuesView, 1)
ContextManager = _SpecialGenericAlias(_ContextManager, 1, name='ContextManager')
AsyncContextManager = _SpecialGenericAlias(_AsyncContextManager, 1, name='AsyncContextManager')
Pattern = _SpecialGenericAlias(_Pattern, 1)
Match = _SpecialGenericAlias(_Match, 1)

Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
Type = _SpecialGenericAlias(type, 1, inst=False, name='Type')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Text = str


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol[TypeVar('T_co', covariant=True)]):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""
    __slots__ = ()

    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol[SupportsAbs.__parameters__[0]]):
    """An ABC with one abstract method __round__ that is covariant in its return type."""
    __slots__ = ()

    def __round__(self, ndigits=0):
        pass


class IO(Generic[AnyStr]):
    """The generic type of file objects (pyco has no files: only the type exists)."""
    __slots__ = ()

    @property
    def mode(self):
        pass

    @property
    def name(self):
        pass


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()


# NamedTuple and TypedDict.

_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                            '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__doc__',
                         '__dict__', '__weakref__', '__classcell__', '__orig_bases__', '__firstlineno__',
                         '__static_attributes__'})


def _nt_make(cls, iterable):
    items = tuple(iterable)
    if len(items) != len(cls._fields):
        raise TypeError(f'Expected {len(cls._fields)} arguments, got {len(items)}')
    return cls(*items)


def _make_nmtuple(name, fields, module, defaults=(), extras=None):
    types = {}
    for n, t in fields:
        types[n] = _type_check(t, f'field {n} annotation must be a type')
    nm_tpl = collections.namedtuple(name, list(types), defaults=defaults, module=module)
    extras = dict(extras or {})
    extras['__annotations__'] = types
    try:
        nm_tpl.__annotations__ = types
    except TypeError:
        # pyco's namedtuple classes are built-in types, whose attributes are fixed: a subclass carries
        # the annotations and methods instead (it adds a class to the MRO that CPython does not have).
        # pyco's _make is bound to the namedtuple class, so the subclass gets its own.
        ns = {'__module__': module, '__qualname__': name, '__slots__': (), '_make': classmethod(_nt_make)}
        ns.update(extras)
        return type(name, (nm_tpl,), ns)
    for key, value in extras.items():
        setattr(nm_tpl, key, value)
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow default "
                                f"field{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        extras = {}
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NT_SPECIAL and key not in types:
                extras[key] = ns[key]
        nm_tpl = _make_nmtuple(typename, types.items(), ns['__module__'],
                               defaults=[ns[n] for n in default_names], extras=extras)
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class P(NamedTuple): x: int, or NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
    return _make_nmtuple(typename, fields, _caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {}
        for n, tp in ns.get('__annotations__', {}).items():
            own[n] = _type_check(tp, msg)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            origin = get_origin(tp)
            if origin is Annotated:
                origin = get_origin(tp.__origin__)
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if '__total__' not in tp_dict.__dict__:
            tp_dict.__total__ = total
        return tp_dict

    def __init__(cls, name, bases, ns, total=True):
        pass

    def __call__(cls, *args, **kwargs):
        # A TypedDict's instances are plain dicts.
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict whose keys have declared types: class Movie(TypedDict): name: str."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    """Whether tp is a class made by TypedDict."""
    return isinstance(tp, _TypedDictMeta)


class NewType(_TypeVarLike):
    """A distinct type for the checker; at run time, calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(f'Cannot subclass an instance of NewType. Perhaps you were looking for: '
                                f'`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`')

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__


# Functions and decorators.

def cast(typ, val):
    """Tell the type checker that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask the type checker to confirm that val has type typ; returns val unchanged."""
    return val


def assert_never(arg, /):
    """Fail: the code that called this is meant to be unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def reveal_type(obj, /):
    """Print the run-time type of obj to stderr and return obj."""
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def final(f):
    """Mark a method or class as final for the checker (sets __final__ where it can)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Tell get_type_hints (and the checker) to ignore arg's annotations."""
    if isinstance(arg, type):
        for key in list(arg.__dict__):
            obj = arg.__dict__[key]
            if callable(obj) and getattr(obj, '__qualname__', '').startswith(arg.__qualname__ + '.'):
                try:
                    obj.__no_type_check__ = True
                except (AttributeError, TypeError):
                    pass
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make decorator give its result no_type_check."""
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped_decorator, attr, getattr(decorator, attr))
        except AttributeError:
            pass
    wrapped_decorator.__wrapped__ = decorator
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, class or metaclass as making dataclass-like classes."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


_overload_registry = {}   # (module, qualname) of a function -> its overloads, in order


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


def _overload_key(func):
    func = getattr(func, '__func__', func)
    return (getattr(func, '__module__', None), getattr(func, '__qualname__', None))


def overload(func):
    """Declare one signature of an overloaded function; calling the result raises NotImplementedError."""
    key = _overload_key(func)
    if key[1] is not None:
        _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """The overloads declared for func, in order."""
    return list(_overload_registry.get(_overload_key(func), ()))


def clear_overloads():
    """Forget every overload declared so far."""
    _overload_registry.clear()


def get_origin(tp):
    """The unsubscripted form of a hint: list for List[int], Union for Optional[int], None for int."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, *_GenericAliasTypes, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted hint: (int, str) for Dict[int, str], () for int."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _SpecialGenericAlias):
        return ()
    if isinstance(tp, (_GenericAlias, *_GenericAliasTypes)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) or \
                (isinstance(tp, _GenericAliasTypes) and tp.__origin__ is collections.abc.Callable):
            if res and res[0] is not ... and not isinstance(res[0], (ParamSpec, _GenericAlias)):
                res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


# get_type_hints.

class _HintParser:
    """Evaluates a string annotation without eval: names (dotted), subscripts, |, None, ..., literals, lists."""

    def __init__(self, text, globalns, localns):
        self.text = text
        self.globalns = globalns
        self.localns = localns
        self.tokens = self._tokenize(text)
        self.pos = 0

    def _fail(self):
        raise SyntaxError(f'typing cannot evaluate the annotation {self.text!r} without eval')

    def _tokenize(self, text):
        tokens = []
        i = 0
        n = len(text)
        while i < n:
            c = text[i]
            if c in ' \t':
                i += 1
            elif c in '[](),|':
                tokens.append(('op', c))
                i += 1
            elif text.startswith('...', i):
                tokens.append(('const', ...))
                i += 3
            elif c in '\'"':
                j = text.find(c, i + 1)
                if j < 0:
                    self._fail()
                tokens.append(('const', text[i + 1:j]))
                i = j + 1
            elif c.isdigit() or (c == '-' and i + 1 < n and text[i + 1].isdigit()):
                j = i + 1
                while j < n and text[j].isdigit():
                    j += 1
                tokens.append(('const', int(text[i:j])))
                i = j
            elif c.isalpha() or c == '_':
                j = i
                while j < n and (text[j].isalnum() or text[j] in '_.'):
                    j += 1
                tokens.append(('name', text[i:j]))
                i = j
            else:
                self._fail()
        return tokens

    def _peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def _take(self, op):
        if self._peek() != ('op', op):
            self._fail()
        self.pos += 1

    def parse(self):
        value = self._expr()
        if self.pos != len(self.tokens):
            self._fail()
        return value

    def _expr(self):
        value = self._primary()
        while self._peek() == ('op', '|'):
            self.pos += 1
            value = value | self._primary()
        return value

    def _items(self, close):
        items = []
        while self._peek() != ('op', close):
            items.append(self._expr())
            if self._peek() == ('op', ','):
                self.pos += 1
            elif self._peek() != ('op', close):
                self._fail()
        self._take(close)
        return items

    def _primary(self):
        kind, value = self._peek()
        self.pos += 1
        if kind == 'const':
            result = value
        elif kind == 'name':
            result = self._lookup(value)
        elif (kind, value) == ('op', '['):
            result = self._items(']')
        elif (kind, value) == ('op', '('):
            items = self._items(')')
            result = tuple(items) if len(items) != 1 else items[0]
        else:
            self._fail()
        while self._peek() == ('op', '['):
            self.pos += 1
            items = self._items(']')
            result = result[items[0] if len(items) == 1 else tuple(items)]
        return result

    def _lookup(self, dotted):
        parts = dotted.split('.')
        name = parts[0]
        if name in ('None', 'True', 'False'):
            value = {'None': None, 'True': True, 'False': False}[name]
        else:
            value = _lookup_name(name, self.localns, self.globalns)
        for attr in parts[1:]:
            value = getattr(value, attr)
        return value


_MISSING = object()
try:
    import builtins as _builtins
except ImportError:
    # pyco has no builtins module: the names a hint may use are the built-in classes.
    _builtins = None
_BUILTIN_TYPES = {}
for _t in (int, float, str, bytes, bool, list, dict, set, frozenset, tuple, type, object, range, slice,
           BaseException, Exception, property, staticmethod, classmethod, super, bytearray, memoryview,
           enumerate, zip, map, filter, reversed):
    _BUILTIN_TYPES[_t.__name__] = _t
del _t


def _lookup_name(name, localns, globalns):
    for ns in (localns, globalns):
        if ns is None:
            continue
        if isinstance(ns, dict):
            if name in ns:
                return ns[name]
        else:
            value = getattr(ns, name, _MISSING)
            if value is not _MISSING:
                return value
    if _builtins is not None:
        value = getattr(_builtins, name, _MISSING)
    else:
        value = _BUILTIN_TYPES.get(name, _MISSING)
    if value is _MISSING:
        raise NameError(f"name '{name}' is not defined", name=name)
    return value


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    # t with every ForwardRef in it evaluated.
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_GenericAlias, _GenericAliasType, _UnionType)) and not isinstance(t, _SpecialGenericAlias) \
            and not isinstance(t, _LiteralGenericAlias):
        args = t.__args__
        ev_args = []
        for a in args:
            if isinstance(a, str):
                a = ForwardRef(a)
            ev_args.append(_eval_type(a, globalns, localns, recursive_guard))
        ev_args = tuple(ev_args)
        if ev_args == args:
            return t
        if isinstance(t, _GenericAliasType):
            return _GenericAliasType(t.__origin__, ev_args)
        if isinstance(t, _UnionType):
            result = ev_args[0]
            for a in ev_args[1:]:
                result = result | a
            return result
        if isinstance(t, _AnnotatedAlias):
            return _AnnotatedAlias(ev_args[0], t.__metadata__)
        return t.copy_with(ev_args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, (_GenericAlias, _GenericAliasType, _UnionType)) and not isinstance(t, _SpecialGenericAlias) \
            and not isinstance(t, _LiteralGenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        if isinstance(t, _GenericAliasType):
            return _GenericAliasType(t.__origin__, stripped)
        if isinstance(t, _UnionType):
            result = stripped[0]
            for a in stripped[1:]:
                result = result | a
            return result
        return t.copy_with(stripped)
    return t


def _module_of(obj):
    return sys.modules.get(getattr(obj, '__module__', None))


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module, with string hints evaluated and None as NoneType.

    Strings are evaluated in obj's module without eval: only names, dotted names, subscripts, `|`,
    None, ..., literals and lists (see _HintParser).
    """
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if not isinstance(ann, dict):
                continue
            base_globals = _module_of(base) if globalns is None else globalns
            base_locals = dict(base.__dict__) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}
    if type(obj) is type(sys):
        ns = obj if globalns is None else globalns
    else:
        nsobj = obj
        while hasattr(nsobj, '__wrapped__'):
            nsobj = nsobj.__wrapped__
        ns = _module_of(nsobj) if globalns is None else globalns
    if localns is None:
        localns = ns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if callable(obj) or type(obj) is type(sys):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    result = {}
    for name, value in hints.items():
        if value is None:
            value = _NoneType
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=type(obj) is not type(sys), is_class=False)
        result[name] = _eval_type(value, ns, localns)
    if include_extras:
        return result
    return {k: _strip_annotations(t) for k, t in result.items()}
