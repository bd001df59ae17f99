"""String constants, capwords(), and the classes Formatter and Template.

Constants:
whitespace -- the ASCII whitespace characters
ascii_lowercase, ascii_uppercase, ascii_letters -- the ASCII letters
digits, hexdigits, octdigits -- the digits of bases 10, 16 and 8
punctuation -- the ASCII punctuation characters
printable -- digits, letters, punctuation and whitespace
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words with s.split(sep), capitalize each word, and join them with sep.

    Without sep, runs of whitespace become one space and the ends are stripped.
    """
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


####################################################################
# Template: $-substitutions.  CPython matches placeholders with a regular
# expression built from the class attributes; this module has no `re`, so the
# scanner below implements the default pattern for any `delimiter`.  A
# subclass that changes idpattern, braceidpattern, flags or pattern is refused.

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_IGNORECASE = 2  # re.IGNORECASE


class _SentinelDict(dict):
    pass


_sentinel_dict = _SentinelDict()


def _identifier_end(text, i):
    # The end of the identifier starting at i, or i when none starts there.
    n = len(text)
    if i < n and text[i] in _ID_START:
        i += 1
        while i < n and text[i] in _ID_CHARS:
            i += 1
    return i


def _placeholders(template, delimiter):
    """Yield (start, end, kind, name) for every placeholder of template, in order.

    kind is 'escaped' (two delimiters), 'named' ($name), 'braced' (${name}) or
    'invalid' (a delimiter followed by none of these; end is just after it).
    """
    n = len(template)
    width = len(delimiter)
    i = template.find(delimiter)
    while i >= 0:
        after = i + width
        if template.startswith(delimiter, after):
            end = after + width
            yield i, end, 'escaped', None
        else:
            end = _identifier_end(template, after)
            if end > after:
                yield i, end, 'named', template[after:end]
            else:
                end = _identifier_end(template, after + 1) if after < n and template[after] == '{' else after
                if end > after + 1 and end < n and template[end] == '}':
                    end += 1
                    yield i, end, 'braced', template[after + 1:end - 1]
                else:
                    end = after
                    yield i, end, 'invalid', None
        i = template.find(delimiter, end)


class Template:
    """A string class for $-substitutions: $name, ${name}, and $$ for a literal $."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if (cls.idpattern != _DEFAULT_IDPATTERN or cls.braceidpattern is not None
                or cls.flags != _IGNORECASE or getattr(cls, 'pattern', None) is not None):
            raise NotImplementedError(
                f"{cls.__name__}: pyco's string.Template supports only a custom delimiter, "
                "not a custom idpattern, braceidpattern, flags or pattern")

    def __init__(self, template):
        self.template = template

    def _invalid(self, offset):
        # offset is the index just after the delimiter, as CPython reports it.
        lines = self.template[:offset].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = offset - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
            kws = None
        template = self.template
        delimiter = self.delimiter
        parts = []
        last = 0
        for start, end, kind, name in _placeholders(template, delimiter):
            parts.append(template[last:start])
            last = end
            if kind == 'named' or kind == 'braced':
                if kws and name in kws:
                    parts.append(str(kws[name]))
                else:
                    parts.append(str(mapping[name]))
            elif kind == 'escaped':
                parts.append(delimiter)
            else:
                self._invalid(end)
        parts.append(template[last:])
        return ''.join(parts)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
            kws = None
        template = self.template
        delimiter = self.delimiter
        parts = []
        last = 0
        for start, end, kind, name in _placeholders(template, delimiter):
            parts.append(template[last:start])
            last = end
            if kind == 'named' or kind == 'braced':
                try:
                    if kws and name in kws:
                        parts.append(str(kws[name]))
                    else:
                        parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(template[start:end])
            elif kind == 'escaped':
                parts.append(delimiter)
            else:
                parts.append(template[start:end])
        parts.append(template[last:])
        return ''.join(parts)

    def is_valid(self):
        for start, end, kind, name in _placeholders(self.template, self.delimiter):
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in _placeholders(self.template, self.delimiter):
            if name is not None and name not in ids:
                ids.append(name)
        return ids


########################################################################
# Formatter: str.format's algorithm with a hook for each step.  The parsers
# below are those of str.format (CPython's Objects/stringlib/unicode_format.h):
# same splitting, same errors.

_MAX_INDEX = 9223372036854775807  # str.format keeps field numbers in a C ssize_t


def _field_number(text):
    # The number a field name or index spells, or -1 when it is not all digits.
    if not text or not text.isdecimal():
        return -1
    value = int(text)
    if value > _MAX_INDEX:
        raise ValueError('Too many decimal digits in format string')
    return value


def _parse_field(s, i, n):
    """Parse the replacement field whose text starts at s[i] (after its '{').

    Return (field_name, format_spec, conversion, index after the field).
    """
    start = i
    c = ''
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c == '}' or c == ':' or c == '!':
            break
    field_name = s[start:i - 1]
    if c != '!' and c != ':':
        if c != '}':
            raise ValueError("expected '}' before end of string")
        return field_name, '', None, i
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = s[i]
        i += 1
        if i < n:
            c = s[i]
            i += 1
            if c == '}':
                return field_name, '', conversion, i
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return field_name, s[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _parse_format(s):
    """Yield (literal_text, field_name, format_spec, conversion) for the parts of a format string.

    field_name, format_spec and conversion are None after a literal that no field follows;
    '{{' and '}}' end a literal with one brace.
    """
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                break
        at_end = i >= n
        if c != '{' and c != '}':
            yield s[start:i], None, None, None
            continue
        if c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end:
            raise ValueError("Single '{' encountered in format string")
        if s[i] == c:
            i += 1
            yield s[start:i - 1], None, None, None
            continue
        literal = s[start:i - 1]
        field_name, format_spec, conversion, i = _parse_field(s, i, n)
        yield literal, field_name, format_spec, conversion


def _field_rest(s, i):
    # The attribute and index lookups after the first part of a field name: (is_attribute, key).
    n = len(s)
    while i < n:
        c = s[i]
        i += 1
        if c == '.':
            start = i
            while i < n and s[i] != '.' and s[i] != '[':
                i += 1
            name = s[start:i]
            if not name:
                raise ValueError('Empty attribute in format string')
            yield True, name
        elif c == '[':
            start = i
            while i < n and s[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            name = s[start:i]
            i += 1
            if not name:
                raise ValueError('Empty attribute in format string')
            number = _field_number(name)
            yield False, (name if number == -1 else number)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _split_field_name(field_name):
    """Return (first, rest): the argument a field names (an int when it is a number) and an
    iterator over the (is_attribute, key) lookups that follow it.
    """
    i = 0
    n = len(field_name)
    while i < n and field_name[i] != '.' and field_name[i] != '[':
        i += 1
    first = field_name[:i]
    number = _field_number(first)
    return (first if number == -1 else number), _field_rest(field_name, i)


class Formatter:
    """str.format as a class whose steps (parse, get_field, get_value, convert_field,
    format_field, check_unused_args) subclasses can override.
    """

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        # auto_arg_index is the next automatic field number, or False once a
        # field was numbered by hand: the two styles cannot be mixed.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec, conversion) tuples."""
        if not isinstance(format_string, str):
            raise TypeError(f'expected str, got {type(format_string).__name__}')
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Return (the object field_name designates, the key of the argument it starts from)."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attribute, key in rest:
            if is_attribute:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
