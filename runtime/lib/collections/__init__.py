"""Container datatypes: the collections package, as CPython 3.11 has it.

deque, defaultdict, OrderedDict, Counter and namedtuple are written in C++ (the _collections module,
runtime/src/modules/collections/); this package re-exports them, holds the classes CPython writes in Python
(ChainMap, UserDict, UserList, UserString) and the submodule collections.abc (runtime/lib/collections/abc.py).
"""

import sys
from _collections import deque, defaultdict, OrderedDict, Counter, namedtuple
# CPython's interpreter imports collections.abc at start-up (site does), so `import collections` alone already
# reaches `collections.abc`: import it here to give pyco's programs the same attribute.
from collections import abc as _collections_abc

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict', 'deque',
           'namedtuple']

_collections_abc.MutableSequence.register(deque)

_MAXSIZE = sys.maxsize  # the default end of UserString's searches, as str's


def _unwrap_string(s):
    return s.data if isinstance(s, UserString) else s


_repr_running = set()  # ids of the objects whose repr is being built: a cycle shows as '...'


def _guarded_repr(obj, build):
    key = id(obj)
    if key in _repr_running:
        return '...'
    _repr_running.add(key)
    try:
        return build()
    finally:
        _repr_running.discard(key)


class ChainMap(_collections_abc.MutableMapping):
    """Several mappings seen as one: lookups search them in order, writes and deletions go to the first.

    `maps` is the list of mappings, which a program may change; new_child() and parents give chains with one
    mapping more at the front or one fewer.
    """

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __len__(self):
        keys = set()
        for mapping in self.maps:
            keys.update(mapping)
        return len(keys)

    def __iter__(self):
        # Keys in the order of the last mapping first, each once, as a dict built back to front gives them.
        ordered = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                ordered[key] = None
        return iter(ordered)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def __repr__(self):
        return _guarded_repr(self, lambda: f'{type(self).__name__}({", ".join([repr(m) for m in self.maps])})')

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A chain of one dict, made by dict.fromkeys(iterable[, value])."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new chain whose first mapping is a copy of this one's; the others are shared."""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new chain with m (or a new dict of the keyword arguments) in front of these mappings."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A new chain of every mapping but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return an item of the first mapping; KeyError when it is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from the first mapping and return its value (or the default)."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empty the first mapping."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return type(self)(merged)


class UserDict(_collections_abc.MutableMapping):
    """A dict kept in the attribute `data`, for subclasses that change how a mapping behaves."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        elif not isinstance(other, dict):
            return NotImplemented
        return type(self)(self.data | other)

    def __ror__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        elif not isinstance(other, dict):
            return NotImplemented
        return type(self)(other | self.data)

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.__dict__['data'] = self.data.copy()
        return clone

    def copy(self):
        """A shallow copy (of the same class, with the same attributes)."""
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        # A subclass: copy.copy() of the instance with its data set aside, then the items put back through
        # __setitem__, so that a subclass's own copying and storing both run.
        import copy
        saved = self.data
        try:
            self.data = {}
            clone = copy.copy(self)
        finally:
            self.data = saved
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new instance with the keys of iterable, each set to value."""
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_collections_abc.MutableSequence):
    """A list kept in the attribute `data`, for subclasses that change how a sequence behaves."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) is list:
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _unwrap(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._unwrap(other)

    def __le__(self, other):
        return self.data <= self._unwrap(other)

    def __eq__(self, other):
        return self.data == self._unwrap(other)

    def __gt__(self, other):
        return self.data > self._unwrap(other)

    def __ge__(self, other):
        return self.data >= self._unwrap(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def _as_list(self, other):
        if isinstance(other, UserList):
            return other.data
        if isinstance(other, list):
            return other
        return list(other)

    def __add__(self, other):
        return type(self)(self.data + self._as_list(other))

    def __radd__(self, other):
        return type(self)(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.__dict__['data'] = self.data[:]
        return clone

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(other.data if isinstance(other, UserList) else other)


class UserString(_collections_abc.Sequence):
    """A str kept in the attribute `data`, for subclasses that change how a string behaves. The methods that
    give a string give an instance of the subclass; the others (find, split, the predicates, ...) give what
    str's give."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def _wrap(self, s):
        return type(self)(s)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, other):
        return self.data == _unwrap_string(other)

    def __lt__(self, other):
        return self.data < _unwrap_string(other)

    def __le__(self, other):
        return self.data <= _unwrap_string(other)

    def __gt__(self, other):
        return self.data > _unwrap_string(other)

    def __ge__(self, other):
        return self.data >= _unwrap_string(other)

    def __contains__(self, char):
        return _unwrap_string(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self._wrap(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self._wrap(self.data + other.data)
        if isinstance(other, str):
            return self._wrap(self.data + other)
        return self._wrap(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self._wrap(other + self.data)
        return self._wrap(str(other) + self.data)

    def __mul__(self, n):
        return self._wrap(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self._wrap(self.data % args)

    def __rmod__(self, template):
        return self._wrap(str(template) % self)

    # The methods that give a new string, wrapped in the class.
    def capitalize(self):
        return self._wrap(self.data.capitalize())

    def casefold(self):
        return self._wrap(self.data.casefold())

    def center(self, width, *args):
        return self._wrap(self.data.center(width, *args))

    def removeprefix(self, prefix, /):
        return self._wrap(self.data.removeprefix(_unwrap_string(prefix)))

    def removesuffix(self, suffix, /):
        return self._wrap(self.data.removesuffix(_unwrap_string(suffix)))

    def expandtabs(self, tabsize=8):
        return self._wrap(self.data.expandtabs(tabsize))

    def ljust(self, width, *args):
        return self._wrap(self.data.ljust(width, *args))

    def lower(self):
        return self._wrap(self.data.lower())

    def lstrip(self, chars=None):
        return self._wrap(self.data.lstrip(chars))

    def replace(self, old, new, maxsplit=-1):
        return self._wrap(self.data.replace(_unwrap_string(old), _unwrap_string(new), maxsplit))

    def rjust(self, width, *args):
        return self._wrap(self.data.rjust(width, *args))

    def rstrip(self, chars=None):
        return self._wrap(self.data.rstrip(chars))

    def strip(self, chars=None):
        return self._wrap(self.data.strip(chars))

    def swapcase(self):
        return self._wrap(self.data.swapcase())

    def title(self):
        return self._wrap(self.data.title())

    def translate(self, *args):
        return self._wrap(self.data.translate(*args))

    def upper(self):
        return self._wrap(self.data.upper())

    def zfill(self, width):
        return self._wrap(self.data.zfill(width))

    # The methods that give something else, as str's do.
    def count(self, sub, start=0, end=_MAXSIZE):
        return self.data.count(_unwrap_string(sub), start, end)

    def encode(self, encoding='utf-8', errors='strict'):
        encoding = 'utf-8' if encoding is None else encoding
        errors = 'strict' if errors is None else errors
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_MAXSIZE):
        return self.data.endswith(suffix, start, end)

    def find(self, sub, start=0, end=_MAXSIZE):
        return self.data.find(_unwrap_string(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_MAXSIZE):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def rfind(self, sub, start=0, end=_MAXSIZE):
        return self.data.rfind(_unwrap_string(sub), start, end)

    def rindex(self, sub, start=0, end=_MAXSIZE):
        return self.data.rindex(sub, start, end)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_MAXSIZE):
        return self.data.startswith(prefix, start, end)
