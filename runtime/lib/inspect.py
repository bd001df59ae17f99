"""Inspection of live objects: the kinds of objects, generator and coroutine states, docstrings, members and
signatures (CPython 3.11's inspect, the parts that do not need source files or frames).

Compiled functions have no code object: what CPython's inspect reads from `__code__` (parameter names and
kinds, the code flags) comes from the private C++ module `_inspect` (runtime/src/modules/inspect.cpp).
"""

import sys
import types
import enum
import functools
from collections import OrderedDict, namedtuple
import _inspect

__all__ = [
    'BoundArguments', 'CORO_CLOSED', 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'FullArgSpec',
    'GEN_CLOSED', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'Parameter', 'Signature', 'cleandoc',
    'formatannotation', 'getcoroutinestate', 'getdoc', 'getfullargspec', 'getgeneratorstate', 'getmembers',
    'isabstract', 'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'isbuiltin', 'isclass', 'iscode',
    'iscoroutine', 'iscoroutinefunction', 'isdatadescriptor', 'isframe', 'isfunction', 'isgenerator',
    'isgeneratorfunction', 'ismethod', 'ismethoddescriptor', 'ismethodwrapper', 'ismodule', 'isroutine',
    'istraceback', 'signature', 'unwrap',
]

# The code flags (CPython's Include/cpython/code.h), as inspect exports them.
CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20


def _gen_for_types():
    yield


_g = _gen_for_types()
_CodeType = type(_g.gi_code)
del _g
_FrameType = getattr(types, 'FrameType', None)
_TracebackType = getattr(types, 'TracebackType', None)
_GenericAlias = getattr(types, 'GenericAlias', None)
_MethodWrapperType = getattr(types, 'MethodWrapperType', None)
_PartialType = functools.partial


# ---- kinds of objects ----

def ismodule(object):
    """Whether the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Whether the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Whether the object is a bound method."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Whether the object is a function defined in Python (def or lambda)."""
    return isinstance(object, types.FunctionType)


def ismethoddescriptor(object):
    """Whether the object has __get__ and not __set__ (and is no class, method or function)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    """Whether the object's type defines __set__ or __delete__."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def _code_flags(f):
    # The code flags of what `f` calls: through bound methods and functools.partial, as CPython's
    # _has_code_flag; 0 for anything that is no compiled function.
    while ismethod(f):
        f = f.__func__
    while isinstance(f, _PartialType):
        f = f.func
    while ismethod(f):  # a partial of a bound method: CPython reads the method's __code__ (function-like)
        f = f.__func__
    if not isfunction(f):
        return 0
    info = _inspect.function_info(f)
    return 0 if info is None else info[5]


def isgeneratorfunction(object):
    """Whether the object is a generator function."""
    return bool(_code_flags(object) & CO_GENERATOR)


def iscoroutinefunction(object):
    """Whether the object is a coroutine function (async def without yield)."""
    return bool(_code_flags(object) & CO_COROUTINE)


def isasyncgenfunction(object):
    """Whether the object is an asynchronous generator function."""
    return bool(_code_flags(object) & CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Whether the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """Whether the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Whether the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """Whether the object can be used in an await expression."""
    if isinstance(object, types.CoroutineType):
        return True
    import collections.abc
    return isinstance(object, collections.abc.Awaitable)


def istraceback(object):
    """Whether the object is a traceback."""
    return _TracebackType is not None and isinstance(object, _TracebackType)


def isframe(object):
    """Whether the object is a frame object."""
    return _FrameType is not None and isinstance(object, _FrameType)


def iscode(object):
    """Whether the object is a code object."""
    return isinstance(object, _CodeType)


def isbuiltin(object):
    """Whether the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Whether the object is a method-wrapper (a bound special method of a built-in type)."""
    return _MethodWrapperType is not None and isinstance(object, _MethodWrapperType)


def isroutine(object):
    """Whether the object is a function or method of any kind."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)
            or ismethodwrapper(object))


def isabstract(object):
    """Whether the object is an abstract base class with abstract methods left."""
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', None))


# ---- generator and coroutine states ----

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
_GEN_STATES = (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED)


def _state(running, suspended, frame, names):
    # names: the CREATED, RUNNING, SUSPENDED and CLOSED constants; the attributes are read in this order.
    if running():
        return names[1]
    if suspended():
        return names[2]
    if frame() is None:
        return names[3]
    return names[0]


def getgeneratorstate(generator):
    """The generator's state: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return _state(lambda: generator.gi_running, lambda: generator.gi_suspended, lambda: generator.gi_frame,
                  _GEN_STATES)


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'
_CORO_STATES = (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED)


def getcoroutinestate(coroutine):
    """The coroutine's state: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return _state(lambda: coroutine.cr_running, lambda: coroutine.cr_suspended, lambda: coroutine.cr_frame,
                  _CORO_STATES)


# ---- docstrings and members ----

def cleandoc(doc):
    """Removes the indentation that the lines after the first share, and blank lines at both ends."""
    lines = doc.expandtabs().split('\n')
    margin = -1
    for line in lines[1:]:
        stripped = len(line.lstrip())
        if stripped:
            indent = len(line) - stripped
            if margin < 0 or indent < margin:
                margin = indent
    if lines:
        lines[0] = lines[0].lstrip()
    if margin > 0:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    first, last = 0, len(lines)
    while last > first and not lines[last - 1]:
        last -= 1
    while first < last and not lines[first]:
        first += 1
    return '\n'.join(lines[first:last])


def _owner_class(func):
    # The class a function was defined in, found from its module and qualified name.
    owner = sys.modules.get(func.__module__)
    if owner is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        owner = getattr(owner, part)
    return owner if isclass(owner) else None


def _inherited_doc(obj):
    # A class without a docstring takes its bases'; a method, function defined in a class or property
    # without one takes the docstring of the attribute of the same name along its class's MRO.
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = getattr(base, '__doc__', None)
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        bound = obj.__self__
        if isclass(bound) and getattr(getattr(bound, name, None), '__func__', None) is obj.__func__:
            owner = bound  # a classmethod
        else:
            owner = type(bound)
    elif isfunction(obj):
        name = obj.__name__
        owner = _owner_class(obj)
        if owner is None or getattr(owner, name) is not obj:
            return None
    elif isinstance(obj, property):
        name = obj.fget.__name__
        owner = _owner_class(obj.fget)
        if owner is None or getattr(owner, name) is not obj:
            return None
    else:
        return None
    for base in owner.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The object's docstring (or an inherited one), cleaned up with cleandoc; None when there is none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmembers(object, predicate=None):
    """The (name, value) pairs of the object's attributes, sorted by name, optionally filtered by predicate."""
    names = dir(object)
    if isclass(object):
        mro = (object,) + object.__mro__
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    else:
        mro = ()
    results = []
    processed = set()
    for key in names:
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            # A DynamicClassAttribute of a base that the class hides: look it up in the class dicts.
            found = False
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    found = True
                    break
            if not found:
                continue
        if predicate is None or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def unwrap(func, *, stop=None):
    """Follows the chain of __wrapped__ attributes (set by functools.wraps) to the innermost function."""
    f = func
    seen = {id(f): f}
    # CPython also stops a chain longer than the recursion limit (1000 unless changed).
    getlimit = getattr(sys, 'getrecursionlimit', None)
    limit = getlimit() if getlimit is not None else 1000
    while hasattr(f, '__wrapped__') and (stop is None or not stop(f)):
        f = f.__wrapped__
        key = id(f)
        if key in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen[key] = f
    return f


# ---- signatures ----

class _void:
    """A private marker - used in Parameter & Signature."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self.value]


_KIND_DESCRIPTIONS = ('positional-only', 'positional or keyword', 'variadic positional', 'keyword-only',
                      'variadic keyword')

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

# Python's reserved words (keyword.kwlist): no parameter may be named after one.
_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
    'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
])


def _strip_typing_prefix(text):
    # The repr of a typing object with every dotted name's leading 'typing.' removed.
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isalnum() or c == '_' or c == '.':
            j = i
            while j < n and (text[j].isalnum() or text[j] == '_' or text[j] == '.'):
                j += 1
            word = text[i:j]
            if word.startswith('typing.'):
                word = word[7:]
            out.append(word)
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def formatannotation(annotation, base_module=None):
    """An annotation as signatures show it: a class by its (qualified) name, anything else by its repr."""
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing_prefix(repr(annotation))
    if _GenericAlias is not None and isinstance(annotation, _GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a signature: name, kind, default and annotation (empty when absent)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and (kind is _VAR_POSITIONAL or kind is _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        self._kind = kind
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[:1] == '.' and name[1:].isdigit():
            # A comprehension's implicit argument ('.0') shows as 'implicit0', positional-only.
            if kind is not _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword arguments, '
                                 f'not {kind.description}')
            self._kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        if (name in _KEYWORDS and self._kind is not _POSITIONAL_ONLY) or not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy of the parameter with the given fields changed."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        has_annotation = self._annotation is not _empty
        if has_annotation:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if has_annotation else '=') + repr(self._default)
        if self._kind is _VAR_POSITIONAL:
            return '*' + text
        if self._kind is _VAR_KEYWORD:
            return '**' + text
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """What Signature.bind made of a call's arguments: `arguments` maps parameter names to values."""

    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        out = []
        for name, param in self._signature.parameters.items():
            kind = param.kind
            if kind is _KEYWORD_ONLY or kind is _VAR_KEYWORD or name not in self.arguments:
                break
            if kind is _VAR_POSITIONAL:
                out.extend(self.arguments[name])
            else:
                out.append(self.arguments[name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        started = False
        for name, param in self._signature.parameters.items():
            kind = param.kind
            if not started:
                if kind is _KEYWORD_ONLY or kind is _VAR_KEYWORD:
                    started = True
                elif name not in self.arguments:
                    # Positional arguments stop at the first missing one; the rest go by keyword.
                    started = True
                    continue
                else:
                    continue
            if name in self.arguments:
                if kind is _VAR_KEYWORD:
                    out.update(self.arguments[name])
                else:
                    out[name] = self.arguments[name]
        return out

    def apply_defaults(self):
        """Adds the defaults of the parameters that got no argument (() for *args, {} for **kwargs)."""
        old = self.arguments
        new = {}
        for name, param in self._signature.parameters.items():
            if name in old:
                new[name] = old[name]
            elif param.default is not _empty:
                new[name] = param.default
            elif param.kind is _VAR_POSITIONAL:
                new[name] = ()
            elif param.kind is _VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    __hash__ = None

    def __repr__(self):
        items = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({items})>'


class Signature:
    """A callable's parameters (an ordered mapping of names to Parameters) and its return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                top = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind, name = param.kind, param.name
                    if kind < top:
                        raise ValueError(f'wrong parameter order: {top.description} parameter before '
                                         f'{kind.description} parameter')
                    if kind > top:
                        top = kind
                    if kind is _POSITIONAL_ONLY or kind is _POSITIONAL_OR_KEYWORD:
                        if param.default is not _empty:
                            seen_default = True
                        elif seen_default:
                            raise ValueError('non-default argument follows default argument')
                    if name in params:
                        raise ValueError(f'duplicate parameter name: {name!r}')
                    params[name] = param
            else:
                for param in parameters:
                    params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The signature of any callable."""
        return _signature_of(obj, cls, follow_wrapped, True)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy of the signature with its parameters or return annotation replaced."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        positional = tuple(p for p in self._parameters.values() if p.kind is not _KEYWORD_ONLY)
        keyword_only = {p.name: p for p in self._parameters.values() if p.kind is _KEYWORD_ONLY}
        return positional, keyword_only, self._return_annotation

    def __hash__(self):
        positional, keyword_only, ret = self._hash_basis()
        return hash((positional, frozenset(keyword_only.values()), ret))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, partial):
        # Positional arguments fill the parameters in order, up to *args; the keyword arguments then go
        # to the parameters that remain, and to **kwargs. Errors as CPython's Signature.bind raises them.
        arguments = {}
        params = list(self._parameters.values())
        nparams = len(params)
        i = 0
        npos = len(args)
        k = 0
        while k < npos:
            if i >= nparams:
                raise TypeError('too many positional arguments')
            param = params[i]
            kind = param.kind
            if kind is _KEYWORD_ONLY or kind is _VAR_KEYWORD:
                raise TypeError('too many positional arguments')
            if kind is _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[k:])
                k = npos
                i += 1
                break
            if kind is not _POSITIONAL_ONLY and param.name in kwargs:
                raise TypeError(f'multiple values for argument {param.name!r}')
            arguments[param.name] = args[k]
            k += 1
            i += 1
        else:
            # The positional arguments ran out before *args: the next parameter decides.
            if i < nparams:
                param = params[i]
                if param.kind is _VAR_POSITIONAL:
                    i += 1
                elif param.name in kwargs and param.kind is _POSITIONAL_ONLY:
                    raise TypeError(f'{param.name!r} parameter is positional only, but was passed as a keyword')
                elif (param.name not in kwargs and param.kind is not _VAR_KEYWORD and param.default is _empty
                      and not partial):
                    raise TypeError(f'missing a required argument: {param.name!r}')
        kwargs = dict(kwargs)
        varkw = None
        while i < nparams:
            param = params[i]
            i += 1
            kind = param.kind
            if kind is _VAR_KEYWORD:
                varkw = param
                continue
            if kind is _VAR_POSITIONAL:
                continue
            name = param.name
            if name in kwargs:
                if kind is _POSITIONAL_ONLY:
                    raise TypeError(f'{name!r} parameter is positional only, but was passed as a keyword')
                arguments[name] = kwargs.pop(name)
            elif not partial and param.default is _empty:
                raise TypeError(f'missing a required argument: {name!r}')
        if kwargs:
            if varkw is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
            arguments[varkw.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Binds the arguments to the parameters as a call would; TypeError when a call would fail."""
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        """As bind, but parameters may be left without a value."""
        return self._bind(args, kwargs, True)

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        parts = []
        pending_slash = False  # positional-only parameters were shown and '/' not yet
        need_star = True       # a keyword-only parameter needs '*' unless *args came first
        for param in self._parameters.values():
            kind = param.kind
            if kind is _POSITIONAL_ONLY:
                pending_slash = True
            elif pending_slash:
                parts.append('/')
                pending_slash = False
            if kind is _VAR_POSITIONAL:
                need_star = False
            elif kind is _KEYWORD_ONLY and need_star:
                parts.append('*')
                need_star = False
            parts.append(str(param))
        if pending_slash:
            parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def _signature_of_function(cls, func):
    info = _inspect.function_info(func)
    names, posonly, kwonly, varargs, varkw, flags = info
    annotations = func.__annotations__
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    param = cls._parameter_cls
    params = []
    first_default = len(names) - len(defaults)
    for i, name in enumerate(names):
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(param(name, kind, default=default, annotation=annotations.get(name, _empty)))
    if varargs is not None:
        params.append(param(varargs, _VAR_POSITIONAL, annotation=annotations.get(varargs, _empty)))
    for name in kwonly:
        params.append(param(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                            annotation=annotations.get(name, _empty)))
    if varkw is not None:
        params.append(param(varkw, _VAR_KEYWORD, annotation=annotations.get(varkw, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty), __validate_parameters__=False)


def _without_first(sig):
    # The signature of a function bound to its first argument (a method's self, a class's cls).
    params = tuple(sig.parameters.values())
    if not params or params[0].kind is _KEYWORD_ONLY or params[0].kind is _VAR_KEYWORD:
        raise ValueError('invalid method signature')
    if params[0].kind is _VAR_POSITIONAL:
        return sig  # *args takes the bound argument and stays
    return sig.replace(parameters=params[1:])


def _signature_of_partial(sig, partial):
    args = partial.args or ()
    keywords = partial.keywords or {}
    try:
        bound = sig.bind_partial(*args, **keywords)
    except TypeError as ex:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') from ex
    new = OrderedDict(sig.parameters.items())
    to_kwonly = False
    for name, param in sig.parameters.items():
        kind = param.kind
        if name in bound.arguments:
            value = bound.arguments[name]
            if kind is _POSITIONAL_ONLY:
                del new[name]
                continue
            if kind is _POSITIONAL_OR_KEYWORD:
                if name not in keywords:
                    del new[name]
                    continue
                to_kwonly = True
                new[name] = param.replace(default=value)
            elif kind is _KEYWORD_ONLY:
                new[name] = param.replace(default=value)
        if to_kwonly:
            # After a positional parameter given by keyword, the rest can only be passed by keyword.
            if kind is _POSITIONAL_OR_KEYWORD:
                new[name] = new[name].replace(kind=_KEYWORD_ONLY)
                new.move_to_end(name)
            elif kind is _KEYWORD_ONLY or kind is _VAR_KEYWORD:
                new.move_to_end(name)
            elif kind is _VAR_POSITIONAL:
                del new[name]
    return sig.replace(parameters=new.values())


def _user_defined(cls, name):
    # A method a class defines in Python (or a partial or a bound method): not one of the built-in types'.
    try:
        meth = getattr(cls, name)
    except AttributeError:
        return None
    if isfunction(meth) or ismethod(meth) or isinstance(meth, _PartialType):
        return meth
    return None


def _signature_of(obj, cls, follow_wrapped, skip_bound):
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if ismethod(obj):
        sig = _signature_of(obj.__func__, cls, follow_wrapped, skip_bound)
        return _without_first(sig) if skip_bound else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__') or ismethod(f))
        if ismethod(obj):
            return _signature_of(obj, cls, follow_wrapped, skip_bound)
    try:
        sig = obj.__signature__
    except AttributeError:
        sig = None
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError(f'unexpected object {sig!r} in __signature__ attribute')
        return sig
    if isfunction(obj):
        return _signature_of_function(cls, obj)
    if isinstance(obj, _PartialType):
        return _signature_of_partial(_signature_of(obj.func, cls, follow_wrapped, skip_bound), obj)
    found = None
    if isinstance(obj, type):
        call = _user_defined(type(obj), '__call__')
        if call is not None:
            found = _signature_of(call, cls, follow_wrapped, skip_bound)
        else:
            new = _user_defined(obj, '__new__')
            init = _user_defined(obj, '__init__')
            # The first class along the MRO that defines __new__ or __init__ in Python decides.
            factory = None
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory = new
                    break
                if init is not None and '__init__' in base.__dict__:
                    factory = init
                    break
            if factory is not None:
                found = _signature_of(factory, cls, follow_wrapped, skip_bound)
        if found is None:
            if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                return cls([])
            raise ValueError(f'no signature found for builtin type {obj!r}')
    elif not isbuiltin(obj):
        call = _user_defined(type(obj), '__call__')
        if call is not None:
            found = _signature_of(call, cls, follow_wrapped, skip_bound)
    if found is not None:
        return _without_first(found) if skip_bound else found
    if isbuiltin(obj):
        raise ValueError(f'no signature found for builtin {obj!r}')
    raise ValueError(f'callable {obj!r} is not supported by signature')


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals,
                                   eval_str=eval_str)


FullArgSpec = namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The FullArgSpec of a callable, from its signature (bound arguments included)."""
    try:
        sig = _signature_of(func, Signature, False, False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args, kwonly, defaults = [], [], []
    varargs = varkw = None
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind is _POSITIONAL_ONLY or kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonly.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, tuple(defaults) if defaults else None, kwonly,
                       kwdefaults or None, annotations)
