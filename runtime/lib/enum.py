"""Enumerations: Enum, IntEnum, StrEnum, Flag and IntFlag, as CPython 3.11 has them."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'show_flag_values',
           'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum']

# The module's own classes are being defined while the bodies below run: the
# metaclass tests these names for None until each exists, as CPython does.
Enum = Flag = ReprEnum = None
STRICT = CONFORM = EJECT = KEEP = None

_builtin_property = property
_builtin_bin = bin
# pyco's NoneType has no __new__ attribute; CPython's is never an enum's __new__ either
_NONE_NEW = getattr(None, '__new__', None)


def _subclassable(base):
    try:
        class _Probe(base):
            pass
    except TypeError:
        return False
    return True


# whether IntEnum, IntFlag and StrEnum members emulate their data type (see _DataValue)
_EMULATE_DATA = not _subclassable(int)


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == '__' and name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    # a mangled name (_Color__x) stays a plain attribute
    prefix = '_' + cls_name.lstrip('_') + '__'
    return name.startswith(prefix) and not name.endswith('__') and len(name) > len(prefix)


def _is_descriptor(obj):
    # (pyco's functions lack a __get__ attribute, though they bind as CPython's do)
    if type(obj) is _FunctionType:
        return True
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


_FunctionType = type(_is_descriptor)


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _iter_bits_lsb(num):
    # the set bits of a non-negative int, lowest first
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        low = num & -num
        yield low
        num ^= low


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """Like the built-in bin(), but in two's complement with a sign bit: bin(~10) is '0b1 0101'."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        text = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign = text[:3]
    digits = text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Stands for a member's value, computed by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class nonmember:
    """Keeps a class attribute from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Makes a class attribute a member, even a function."""

    def __init__(self, value):
        self.value = value


class property:
    """A property of the members that, read on the enum class, gives the member of that name.

    It lets members and properties share names (a member called 'name' or 'value')."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = None
        self.clsname = None

    def getter(self, fget):
        return self._copy(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel)

    def _copy(self, fget, fset, fdel):
        result = type(self)(fget, fset, fdel, self.__doc__)
        result.name = self.name
        result.clsname = self.clsname
        return result

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None or self.fget is None:
            found = ownerclass._member_map_.get(self.name)
            if found is None:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
            return found
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        self.fdel(instance)


class _EnumDict(dict):
    """The namespace of an enum's class body: it records the members in order and computes auto() values."""

    def __init__(self):
        super().__init__()
        self._member_names = {}  # a dict for its order
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            value = self._set_sunder(key, value)
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._new_member_value(key, value)
        dict.__setitem__(self, key, value)

    def _set_sunder(self, key, value):
        if key not in ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
                       '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_'):
            raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError('_generate_next_value_ must be defined before members')
            self._generate_next_value = value.__func__ if isinstance(value, staticmethod) else value
        elif key == '_ignore_':
            if isinstance(value, str):
                names = value.replace(',', ' ').split()
            else:
                names = list(value)
            self._ignore = names
            already = set(names) & set(self._member_names)
            if already:
                raise ValueError('_ignore_ cannot specify already set names: %r' % (already,))
            return names
        return value

    def _new_member_value(self, key, value):
        # Records KEY as a member and returns its value with every top-level auto() resolved.
        single = isinstance(value, auto)
        parts = (value,) if single else value
        stored_auto = False
        if type(parts) is tuple and any(isinstance(v, auto) for v in parts):
            resolved = []
            for v in parts:
                if isinstance(v, auto):
                    stored_auto = True
                    if v.value is _auto_null:
                        v.value = self._generate_next_value(
                            key, 1, len(self._member_names), self._last_values[:])
                        self._auto_called = True
                    v = v.value
                    self._last_values.append(v)
                resolved.append(v)
            value = resolved[0] if single else tuple(resolved)
        self._member_names[key] = None
        if not stored_auto:
            self._last_values.append(value)
        return value


class EnumType(type):
    """The metaclass of the enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict._generate_next_value = getattr(first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        ignore = classdict.get('_ignore_', [])
        for key in list(ignore) + ['_ignore_']:
            dict.pop(classdict, key, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        member_names = list(getattr(classdict, '_member_names', ()))
        invalid = [repr(n) for n in member_names if n in ('mro', '')]
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % ','.join(invalid))

        namespace = dict(classdict.items())
        values = {}
        for name in member_names:
            values[name] = namespace.pop(name)
        order = namespace.pop('_order_', None)
        namespace['_new_member_'] = new
        namespace['_use_args_'] = use_args
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_unhashable_values_'] = []
        namespace['_member_type_'] = member_type
        namespace['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        namespace['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        namespace['_flag_mask_'] = 0
        namespace['_singles_mask_'] = 0
        namespace['_all_bits_'] = 0
        namespace['_inverted_'] = None
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        metacls._fix_methods_(enum_class, namespace, member_type, first_enum, bases)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        for name in member_names:
            _add_member(enum_class, name, values[name], is_flag)

        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', new)
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        if is_flag or (Flag is None and cls == 'Flag'):
            if is_flag:
                by_value = [m._value_ for m in enum_class]
                if by_value != sorted(by_value):
                    type.__setattr__(enum_class, '_iter_member_', enum_class._iter_member_by_def_)
        else:
            for name in ('_boundary_', '_flag_mask_', '_singles_mask_', '_all_bits_', '_inverted_'):
                type.__delattr__(enum_class, name)
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    @staticmethod
    def _fix_methods_(enum_class, namespace, member_type, first_enum, bases):
        # A data type mixed in before the enum must not lend its repr/str/format to the members.
        if first_enum is None:
            return
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in namespace:
                continue
            # (pyco's object has no __reduce_ex__: hence the defaults)
            found = getattr(enum_class, name, None)
            if found is getattr(member_type, name, None) or found is getattr(object, name, None):
                type.__setattr__(enum_class, name, getattr(first_enum, name))
        if ReprEnum is not None and ReprEnum in bases and not _EMULATE_DATA:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                                ' int, str, float, etc.)')
            if '__format__' not in namespace:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in namespace:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
        if Flag is not None and issubclass(enum_class, Flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if name not in namespace:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                           '__members__', '__module__', '__name__', '__qualname__'] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add('__init_subclass__')
        if cls._member_type_ is not object:
            interesting |= set(dir(cls._member_type_))
        return sorted(interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        member_map = cls._member_map_
        return (member_map[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return _MembersView(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__

    def __reversed__(cls):
        member_map = cls._member_map_
        return (member_map[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        # The functional API: Enum('Color', 'RED GREEN') or with pairs or a mapping.
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last_values = names, [], []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = _caller_module()
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        # An enum made from a module's constants (CPython's socket and signal use it).
        import sys
        target = sys.modules[module]
        namespace = vars(source if source else target)
        members = [(key, value) for key, value in namespace.items() if filter(key)]
        try:
            members.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            members.sort(key=lambda t: t[0])
        body = dict(members)
        body['__module__'] = module
        made = _simple_enum(etype=cls, boundary=boundary or KEEP)(type(name, (object,), body))
        if as_global:
            global_enum(made)
        else:
            _export_members(made)
        setattr(target, name, made)
        return made

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """The data type mixed in (object when none) and the last base, which must be an enum."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '_emulates_' in base.__dict__:
                    return base.__dict__['_emulates_'].__repr__
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        base_chain = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                base_chain.add(base)
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '_emulates_' in base.__dict__:
                    data_types.add(base.__dict__['_emulates_'])
                    break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        if data_types:
            return data_types.pop()
        return None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """The __new__ that makes the members, whether the enum saves it, and whether it takes the value."""
        new = classdict.get('__new__', None)
        save_new = first_enum is not None and new is not None
        if new is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in (None, _NONE_NEW, object.__new__,
                                      Enum.__new__ if Enum is not None else None):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        if _EMULATE_DATA and new is member_type.__new__:
            # an emulated member is an enum object; _value_ = member_type(*args) makes its value
            new = object.__new__
        use_args = new is not object.__new__
        return new, save_new, use_args


EnumMeta = EnumType


def _caller_module():
    # The module that called the functional API (EnumType.__call__ called _create_): CPython reads it from
    # the frame; without sys._getframe pyco assumes the main program, where such calls usually are.
    import sys
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return '__main__'
    try:
        return getframe(3).f_globals['__name__']
    except (AttributeError, ValueError, KeyError):
        return None


class _MembersView:
    """A read-only view of an enum's members by name.

    CPython gives a types.MappingProxyType, which pyco lacks: this class takes
    its name, so that messages (item assignment) read the same."""

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __str__(self):
        return str(self._mapping)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)


_MembersView.__name__ = _MembersView.__qualname__ = 'mappingproxy'
_MembersView.__module__ = 'builtins'
# CPython registers mappingproxy as a Mapping.
import collections.abc
collections.abc.Mapping.register(_MembersView)


def _add_member(enum_class, member_name, value, is_flag):
    """Makes the member MEMBER_NAME of ENUM_CLASS from its VALUE, or an alias of the member holding it."""
    args = value if type(value) is tuple else (value,)
    if enum_class._member_type_ is tuple:
        args = (args,)
    if enum_class._use_args_:
        enum_member = enum_class._new_member_(enum_class, *args)
    else:
        enum_member = enum_class._new_member_(enum_class)
    if not hasattr(enum_member, '_value_'):
        if enum_class._member_type_ is object:
            enum_member._value_ = value
        else:
            try:
                enum_member._value_ = enum_class._member_type_(*args)
            except Exception as exc:
                new_exc = TypeError('_value_ not set in __new__, unable to create it')
                new_exc.__cause__ = exc
                raise new_exc
    value = enum_member._value_
    enum_member._name_ = member_name
    enum_member.__objclass__ = enum_class
    enum_member.__init__(*args)
    enum_member._sort_order_ = len(enum_class._member_names_)

    if is_flag:
        enum_class._flag_mask_ |= value
        if _is_single_bit(value):
            enum_class._singles_mask_ |= value
        enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1

    canonical = _find_canonical(enum_class, value)
    if canonical is not None:
        enum_member = canonical
    elif not is_flag or _is_single_bit(value):
        # a flag of several bits is not an alias, but iteration skips it
        enum_class._member_names_.append(member_name)

    _place_member(enum_class, member_name, enum_member)
    enum_class._member_map_[member_name] = enum_member
    try:
        enum_class._value2member_map_.setdefault(value, enum_member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _find_canonical(enum_class, value):
    # The member already holding VALUE, or None.
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for canonical in enum_class._member_map_.values():
            if canonical._value_ == value:
                return canonical
    return None


def _place_member(enum_class, member_name, enum_member):
    # The member becomes a class attribute, unless an enum.property of that name is
    # inherited: that property already finds the member by name.
    need_override = False
    descriptor = None
    for base in enum_class.__mro__[1:]:
        descriptor = base.__dict__.get(member_name)
        if descriptor is not None:
            if isinstance(descriptor, property):
                break
            need_override = True
    if descriptor is not None and not need_override:
        return
    if descriptor is not None:
        redirect = property(descriptor.fget, descriptor.fset, descriptor.fdel)
        redirect.__set_name__(enum_class, member_name)
        type.__setattr__(enum_class, member_name, redirect)
    else:
        type.__setattr__(enum_class, member_name, enum_member)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs: class Color(Enum): RED = 1."""

    def __new__(cls, value):
        # Looks a member up by value: this replaces every enum's __new__ once its members exist.
        if type(value) is cls:
            return value
        found = None
        try:
            found = cls._value2member_map_.get(value)
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    found = candidate
                    break
        if found is not None:
            return found
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        return _missing_result(cls, value, result, exc)

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            ordered = sorted(last_values)
            if last == ordered[-1]:
                return last + 1
        except TypeError:
            pass
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        # public attributes of the member and its classes, never the other members
        member_map = self._member_map_
        names = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__'])
        if self.__class__._member_type_ is not object:
            names |= set(object.__dir__(self))
        for name in getattr(self, '__dict__', ()):
            if name[0] != '_' and name not in member_map:
                names.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in member_map:
                        names.add(name)
                    else:
                        names.discard(name)
                elif name not in member_map:
                    names.add(name)
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return getattr, (self.__class__, self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


def _missing_result(cls, value, result, exc):
    # What a failed lookup by value gives: _missing_'s member, or the error CPython raises.
    if isinstance(result, cls):
        return result
    if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
        return result
    ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    if result is None and exc is None:
        raise ve_exc
    if exc is None:
        exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))
    if not isinstance(exc, ValueError):
        exc.__context__ = ve_exc
    raise exc


# ---- Members that stand for ints and strs where int and str cannot be subclassed ----
#
# pyco's runtime cannot subclass int or str yet.  There, IntEnum, IntFlag and
# StrEnum members are enum objects that hold their int or str in _value_ and
# forward every operation to it, so they print, compare, hash, index and
# compute as CPython's members do; isinstance(member, int) is False, though.
# CPython (or a pyco that can subclass int) gets the real subclasses
# (_EMULATE_DATA, at the top).

def _plain(other):
    return other._value_ if isinstance(other, _DataValue) else other


class _DataValue:
    """Forwards the operations that ints and strs share to the member's _value_."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == _plain(other)

    def __ne__(self, other):
        return self._value_ != _plain(other)

    def __lt__(self, other):
        return self._value_ < _plain(other)

    def __le__(self, other):
        return self._value_ <= _plain(other)

    def __gt__(self, other):
        return self._value_ > _plain(other)

    def __ge__(self, other):
        return self._value_ >= _plain(other)

    def __bool__(self):
        return bool(self._value_)

    def __add__(self, other):
        return self._value_ + _plain(other)

    def __radd__(self, other):
        return _plain(other) + self._value_

    def __mul__(self, other):
        return self._value_ * _plain(other)

    def __rmul__(self, other):
        return _plain(other) * self._value_

    def __mod__(self, other):
        return self._value_ % _plain(other)

    def __rmod__(self, other):
        return _plain(other) % self._value_


class _IntValue(_DataValue):
    _emulates_ = int

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __round__(self, ndigits=None):
        return round(self._value_, ndigits)

    def __trunc__(self):
        return self._value_

    def __floor__(self):
        return self._value_

    def __ceil__(self):
        return self._value_

    def __neg__(self):
        return -self._value_

    def __pos__(self):
        return +self._value_

    def __abs__(self):
        return abs(self._value_)

    def __invert__(self):
        return ~self._value_

    def __sub__(self, other):
        return self._value_ - _plain(other)

    def __rsub__(self, other):
        return _plain(other) - self._value_

    def __truediv__(self, other):
        return self._value_ / _plain(other)

    def __rtruediv__(self, other):
        return _plain(other) / self._value_

    def __floordiv__(self, other):
        return self._value_ // _plain(other)

    def __rfloordiv__(self, other):
        return _plain(other) // self._value_

    def __divmod__(self, other):
        return divmod(self._value_, _plain(other))

    def __pow__(self, other, modulo=None):
        return pow(self._value_, _plain(other), modulo)

    def __rpow__(self, other):
        return _plain(other) ** self._value_

    def __lshift__(self, other):
        return self._value_ << _plain(other)

    def __rlshift__(self, other):
        return _plain(other) << self._value_

    def __rshift__(self, other):
        return self._value_ >> _plain(other)

    def __rrshift__(self, other):
        return _plain(other) >> self._value_

    def __and__(self, other):
        return self._value_ & _plain(other)

    def __rand__(self, other):
        return _plain(other) & self._value_

    def __or__(self, other):
        return self._value_ | _plain(other)

    def __ror__(self, other):
        return _plain(other) | self._value_

    def __xor__(self, other):
        return self._value_ ^ _plain(other)

    def __rxor__(self, other):
        return _plain(other) ^ self._value_

    def bit_length(self):
        return self._value_.bit_length()

    def bit_count(self):
        return self._value_.bit_count()

    def to_bytes(self, length=1, byteorder='big', *, signed=False):
        return self._value_.to_bytes(length, byteorder, signed=signed)

    def as_integer_ratio(self):
        return (self._value_, 1)

    def conjugate(self):
        return self._value_

    @_builtin_property
    def real(self):
        return self._value_

    @_builtin_property
    def imag(self):
        return 0

    @_builtin_property
    def numerator(self):
        return self._value_

    @_builtin_property
    def denominator(self):
        return 1


class _StrValue(_DataValue):
    _emulates_ = str

    def __len__(self):
        return len(self._value_)

    def __getitem__(self, index):
        return self._value_[index]

    def __iter__(self):
        return iter(self._value_)

    def __contains__(self, item):
        return _plain(item) in self._value_

    def __getattr__(self, name):
        # the str methods (upper, split, startswith, ...) of the value
        if name[:1] == '_':
            raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))
        return getattr(self._value_, name)


_IntBase = _IntValue if _EMULATE_DATA else int
_StrBase = _StrValue if _EMULATE_DATA else str


class ReprEnum(Enum):
    """An enum whose str() and format() are those of the mixed-in data type; only repr() changes."""


class IntEnum(_IntBase, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(_StrBase, ReprEnum):
    """Enum whose members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = object.__new__(cls) if _EMULATE_DATA else str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value holding bits that no member has."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """Members that combine with the bitwise operators."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        value_map = cls._value2member_map_
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield value_map.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Makes (and caches) the pseudo-member of a combination of flags."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            value = _apply_boundary(cls, value, flag_mask, all_bits)
            if cls._boundary_ is EJECT:
                return value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, _builtin_bin(unknown)))
        if cls._member_type_ is object or _EMULATE_DATA:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined |= m._value_
            if aliases:
                value = member_value | aliases
                for pv in cls._member_map_.values():
                    if pv not in members and pv._value_ and pv._value_ & value == pv._value_:
                        members.append(pv)
                        combined |= pv._value_
            unknown = value ^ combined
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        if not unknown:
            pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        # OTHER's bits, or None when the operation is not ours
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        bits = self._other_value(other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = self._other_value(other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = self._other_value(other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ ^ bits)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


def _apply_boundary(cls, value, flag_mask, all_bits):
    # VALUE has bits outside the flag's members: the boundary says what to do.
    boundary = cls._boundary_
    if boundary is STRICT:
        max_bits = max(value.bit_length(), flag_mask.bit_length())
        raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                         % (cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
    if boundary is CONFORM:
        return value & flag_mask
    if boundary is EJECT:
        return value
    if boundary is KEEP:
        if value < 0:
            value = max(all_bits + 1, 2 ** value.bit_length()) + value
        return value
    raise ValueError('%r unknown flag boundary %r' % (cls, boundary))


class IntFlag(_IntBase, ReprEnum, Flag, boundary=KEEP):
    """Flags that are also ints."""


def unique(enumeration):
    """Class decorator that refuses aliases: every member must have its own value."""
    duplicates = []
    for name, enum_member in enumeration.__members__.items():
        if name != enum_member.name:
            duplicates.append((name, enum_member.name))
    if duplicates:
        details = ', '.join(['%s -> %s' % (alias, name) for alias, name in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


def _export_members(cls):
    import sys
    module = sys.modules[cls.__module__]
    for name, enum_member in cls.__members__.items():
        setattr(module, name, enum_member)


def global_enum_repr(self):
    """repr() of a member whose names are the module's: 'module.NAME'."""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """repr() of a flag whose members are the module's names: 'module.A|module.B'."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return '%s.%s(%r)' % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    parts = []
    for name in self._name_.split('|'):
        if self._boundary_ is KEEP and name[0].isdigit():
            parts.append(name)
        else:
            parts.append('%s.%s' % (module, name))
    return '|'.join(parts)


def global_str(self):
    """str() of a member whose names are the module's: just its name."""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator that makes the members names of the enum's module, and their reprs say so."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    _export_members(cls)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator that turns a plain class into an enum of type ETYPE (CPython's stdlib uses it)."""
    def convert(cls):
        metacls = type(etype)
        bases = (etype,)
        classdict = metacls.__prepare__(cls.__name__, bases)
        for key, value in cls.__dict__.items():
            if key not in ('__dict__', '__weakref__'):
                classdict[key] = value
        return metacls.__new__(metacls, cls.__name__, bases, classdict, boundary=boundary)
    return convert
