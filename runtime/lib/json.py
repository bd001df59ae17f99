"""JSON (JavaScript Object Notation, RFC 7159) encoder and decoder.

dumps(obj) and dump(obj, fp) encode Python objects as JSON text, loads(s)
and load(fp) decode it:

    >>> dumps(['foo', {'bar': ('baz', None, 1.0, 2)}])
    '["foo", {"bar": ["baz", null, 1.0, 2]}]'
    >>> loads('["foo", {"bar": ["baz", null, 1.0, 2]}]')
    ['foo', {'bar': ['baz', None, 1.0, 2]}]

JSONEncoder and JSONDecoder do the work and can be subclassed.
"""

# CPython's json is a package (json.decoder, json.encoder, json.scanner)
# whose hot paths are the C accelerator _json.  This one module holds all of
# it; the classes keep CPython's __module__, so tracebacks name
# json.decoder.JSONDecodeError as CPython does.  Where the C accelerator and
# the pure-Python code of CPython differ (error positions, messages), this
# follows what CPython runs: the C code, except where CPython itself falls
# back to Python (encoding with indent, iterencode, dump).

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__author__ = 'Bob Ippolito <bob@redivi.com>'

INFINITY = float('inf')


##############################################################################
# Decoding


class JSONDecodeError(ValueError):
    """ValueError for a document that is no valid JSON, with the details:

    msg: the message without the position
    doc: the document
    pos: the index in doc where decoding failed
    lineno, colno: the line and column of pos, from 1
    """
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': -INFINITY,
    'Infinity': INFINITY,
    'NaN': float('nan'),
}

_UNESCAPE = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEX_DIGITS = {}
for _i in range(10):
    _HEX_DIGITS[chr(ord('0') + _i)] = _i
for _i in range(6):
    _HEX_DIGITS[chr(ord('a') + _i)] = 10 + _i
    _HEX_DIGITS[chr(ord('A') + _i)] = 10 + _i
del _i

_WHITESPACE = ' \t\n\r'


def _hex4(s, i):
    # The value of the four hex digits at s[i:i+4], or -1.
    value = 0
    for k in range(i, i + 4):
        digit = _HEX_DIGITS.get(s[k], -1)
        if digit < 0:
            return -1
        value = value * 16 + digit
    return value


def _control_character(s, start, stop):
    # The index of the first character below ' ' in s[start:stop], or -1.
    for i in range(start, stop):
        if s[i] < ' ':
            return i
    return -1


def scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at s[end - 1].

    Return (the string, the index after its closing quote).  With strict false,
    control characters may appear unescaped.
    """
    n = len(s)
    begin = end - 1
    if end < 0 or n < end:
        raise ValueError('end is out of bounds')
    chunks = None
    while True:
        quote = s.find('"', end)
        stop = s.find('\\', end, n if quote < 0 else quote)
        if stop < 0:
            stop = n if quote < 0 else quote
        if strict and stop > end and min(s[end:stop]) < ' ':
            raise JSONDecodeError('Invalid control character at', s, _control_character(s, end, stop))
        if stop == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if stop == quote:
            if chunks is None:
                return s[end:stop], stop + 1
            chunks.append(s[end:stop])
            return ''.join(chunks), stop + 1
        if chunks is None:
            chunks = []
        if stop > end:
            chunks.append(s[end:stop])
        # A backslash at stop.
        i = stop + 1
        if i == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[i]
        if c != 'u':
            char = _UNESCAPE.get(c)
            if char is None:
                raise JSONDecodeError('Invalid \\escape', s, stop)
            chunks.append(char)
            end = i + 1
            continue
        end = i + 5
        # The C decoder wants a character after the four digits (at least the closing quote).
        if end >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, i)
        code = _hex4(s, i + 1)
        if code < 0:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, i)
        if 0xd800 <= code <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            low = _hex4(s, end + 2)
            if low < 0:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(code))


def _make_scanner(context):
    """Return scan_once(string, idx) -> (value, end) for the settings of the JSONDecoder context.

    scan_once raises StopIteration(idx) when no value starts at idx.
    """
    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    memo = context.memo
    # The kind of container last entered: a RecursionError names it, as CPython's does.
    entering = ['array']

    def skip_whitespace(s, idx, n):
        while idx < n and s[idx] in _WHITESPACE:
            idx += 1
        return idx

    def scalar(s, idx, n):
        # The constant or number at idx; StopIteration(idx) when there is none.
        c = s[idx]
        if c == 'n':
            if s.startswith('null', idx):
                return None, idx + 4
        elif c == 't':
            if s.startswith('true', idx):
                return True, idx + 4
        elif c == 'f':
            if s.startswith('false', idx):
                return False, idx + 5
        elif c == 'N':
            if s.startswith('NaN', idx):
                return parse_constant('NaN'), idx + 3
        elif c == 'I':
            if s.startswith('Infinity', idx):
                return parse_constant('Infinity'), idx + 8
        elif c == '-':
            if s.startswith('-Infinity', idx):
                return parse_constant('-Infinity'), idx + 9
        # A number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)?, ASCII digits only.
        start = idx
        last = n - 1
        if c == '-':
            idx += 1
            if idx > last:
                raise StopIteration(start)
            c = s[idx]
        if '1' <= c <= '9':
            idx += 1
            while idx <= last and '0' <= s[idx] <= '9':
                idx += 1
        elif c == '0':
            idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx < last and s[idx] == '.' and '0' <= s[idx + 1] <= '9':
            is_float = True
            idx += 2
            while idx <= last and '0' <= s[idx] <= '9':
                idx += 1
        if idx < last and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if idx < last and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            while idx <= last and '0' <= s[idx] <= '9':
                idx += 1
            if '0' <= s[idx - 1] <= '9':
                is_float = True
            else:
                idx = e_start
        if is_float:
            return parse_float(s[start:idx]), idx
        return parse_int(s[start:idx]), idx

    def value_in(s, idx, n):
        # A value inside a container: a missing one is "Expecting value" there.
        try:
            return scalar(s, idx, n)
        except StopIteration as missing:
            raise JSONDecodeError('Expecting value', s, missing.value) from None

    def parse_object(s, idx, n):
        # idx is just after the '{'.
        pairs = [] if object_pairs_hook is not None else {}
        idx = skip_whitespace(s, idx, n)
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes', s, idx)
                key, idx = scanstring(s, idx + 1, strict)
                key = memo.setdefault(key, key)
                idx = skip_whitespace(s, idx, n)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = skip_whitespace(s, idx + 1, n)
                c = s[idx] if idx < n else ''
                if c == '"':
                    value, idx = scanstring(s, idx + 1, strict)
                elif c == '{':
                    entering[0] = 'object'
                    value, idx = parse_object(s, idx + 1, n)
                elif c == '[':
                    entering[0] = 'array'
                    value, idx = parse_array(s, idx + 1, n)
                elif c:
                    value, idx = value_in(s, idx, n)
                else:
                    raise JSONDecodeError('Expecting value', s, idx)
                if object_pairs_hook is not None:
                    pairs.append((key, value))
                else:
                    pairs[key] = value
                idx = skip_whitespace(s, idx, n)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = skip_whitespace(s, idx + 1, n)
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), idx + 1
        if object_hook is not None:
            return object_hook(pairs), idx + 1
        return pairs, idx + 1

    def parse_array(s, idx, n):
        # idx is just after the '['.
        values = []
        idx = skip_whitespace(s, idx, n)
        if idx >= n or s[idx] != ']':
            while True:
                c = s[idx] if idx < n else ''
                if c == '"':
                    value, idx = scanstring(s, idx + 1, strict)
                elif c == '{':
                    entering[0] = 'object'
                    value, idx = parse_object(s, idx + 1, n)
                elif c == '[':
                    entering[0] = 'array'
                    value, idx = parse_array(s, idx + 1, n)
                elif c:
                    value, idx = value_in(s, idx, n)
                else:
                    raise JSONDecodeError('Expecting value', s, idx)
                values.append(value)
                idx = skip_whitespace(s, idx, n)
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = skip_whitespace(s, idx + 1, n)
        return values, idx + 1

    def scan_once(string, idx):
        if not isinstance(string, str):
            raise TypeError(f'first argument must be a string, not {type(string).__name__}')
        if idx < 0:
            raise ValueError('idx cannot be negative')
        n = len(string)
        if idx >= n:
            raise StopIteration(idx)
        c = string[idx]
        try:
            if c == '"':
                return scanstring(string, idx + 1, strict)
            if c == '{':
                entering[0] = 'object'
                return parse_object(string, idx + 1, n)
            if c == '[':
                entering[0] = 'array'
                return parse_array(string, idx + 1, n)
            return scalar(string, idx, n)
        except RecursionError:
            raise RecursionError('maximum recursion depth exceeded while decoding a JSON '
                                 f'{entering[0]} from a unicode string') from None
        finally:
            memo.clear()

    return scan_once


class JSONDecoder(object):
    """Decodes JSON text:

    object -> dict, array -> list, string -> str, number -> int or float,
    true, false, null -> True, False, None; also NaN, Infinity and -Infinity
    (beyond the standard) -> the float values.
    """
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        """object_hook(dict) replaces each decoded object by what it returns;
        object_pairs_hook(list of (key, value)) does the same from the pairs in
        document order, and wins over object_hook.  parse_float, parse_int and
        parse_constant turn the text of floats, integers and of NaN, Infinity and
        -Infinity into values (float, int and the float constants by default).
        With strict false, strings may hold unescaped control characters.
        """
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = _make_scanner(self)

    def decode(self, s):
        """Return the Python value of the JSON document s (a str)."""
        n = len(s)
        idx = 0
        while idx < n and s[idx] in _WHITESPACE:
            idx += 1
        obj, end = self.raw_decode(s, idx)
        while end < n and s[end] in _WHITESPACE:
            end += 1
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON document that starts at s[idx]; return (its value, the index after it).

        Text may follow the document.
        """
        try:
            return self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None


##############################################################################
# Encoding

# The characters JSON strings must escape, and for ASCII-only output also
# DEL; other non-ASCII characters are escaped one by one.
_ESCAPES = {ord('\\'): '\\\\', ord('"'): '\\"', ord('\b'): '\\b', ord('\f'): '\\f',
            ord('\n'): '\\n', ord('\r'): '\\r', ord('\t'): '\\t'}
for _i in range(0x20):
    _ESCAPES.setdefault(_i, f'\\u{_i:04x}')
del _i
_ASCII_ESCAPES = dict(_ESCAPES)
_ASCII_ESCAPES[0x7f] = '\\u007f'


def _escaped(s, escapes):
    # s with the characters that escapes maps replaced; str.translate would
    # do, but it is slow in pyco's runtime.
    parts = []
    start = 0
    i = 0
    for c in s:
        escape = escapes.get(ord(c))
        if escape is not None:
            parts.append(s[start:i])
            parts.append(escape)
            start = i + 1
        i += 1
    parts.append(s[start:])
    return ''.join(parts)


def encode_basestring(s):
    """Return the JSON string for the str s."""
    # Most strings need no escape: printable ones hold no control character.
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + _escaped(s, _ESCAPES) + '"'


def encode_basestring_ascii(s):
    """Return the JSON string for the str s, with every non-ASCII character escaped."""
    if s.isascii():
        # Printable ASCII holds neither control characters nor DEL.
        if s.isprintable() and '"' not in s and '\\' not in s:
            return '"' + s + '"'
        return '"' + _escaped(s, _ASCII_ESCAPES) + '"'
    parts = ['"']
    for c in s:
        n = ord(c)
        if n < 0x7f:
            escape = _ASCII_ESCAPES.get(n)
            parts.append(c if escape is None else escape)
        elif n < 0x10000:
            parts.append(f'\\u{n:04x}')
        else:
            n -= 0x10000
            parts.append(f'\\u{0xd800 | (n >> 10):04x}\\u{0xdc00 | (n & 0x3ff):04x}')
    parts.append('"')
    return ''.join(parts)


def _float_text(o, allow_nan, python_message):
    # python_message: CPython's Python encoder names the value in its error, the C one does not.
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        if python_message:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        raise ValueError('Out of range float values are not JSON compliant')
    return text


def _key_text(key, allow_nan, python_message):
    # The str a dict key is written as, or None for a key of another type.
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float_text(key, allow_nan, python_message)
    if key is True:
        return 'true'
    if key is False:
        return 'false'
    if key is None:
        return 'null'
    if isinstance(key, int):
        return int.__repr__(key)
    return None


def _make_encoder(markers, default, encode_str, indent, key_separator, item_separator,
                  sort_keys, skipkeys, allow_nan, python_message):
    """Return encode(o) -> the JSON text of o, in one piece (JSONEncoder.encode)."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def encode_list(lst, level, out):
        if not lst:
            out.append('[]')
            return
        if markers is not None:
            marker = id(lst)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = lst
        if indent is None:
            separator = item_separator
            out.append('[')
        else:
            level += 1
            newline = '\n' + indent * level
            separator = item_separator + newline
            out.append('[' + newline)
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out.append(separator)
            if isinstance(value, str):
                out.append(encode_str(value))
            elif value is None:
                out.append('null')
            elif value is True:
                out.append('true')
            elif value is False:
                out.append('false')
            elif isinstance(value, int):
                out.append(int.__repr__(value))
            elif isinstance(value, float):
                out.append(_float_text(value, allow_nan, python_message))
            elif isinstance(value, (list, tuple)):
                encode_list(value, level, out)
            elif isinstance(value, dict):
                encode_dict(value, level, out)
            else:
                encode_other(value, level, out)
        if indent is not None:
            out.append('\n' + indent * (level - 1))
        out.append(']')
        if markers is not None:
            del markers[marker]

    def encode_dict(dct, level, out):
        if not dct:
            out.append('{}')
            return
        if markers is not None:
            marker = id(dct)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = dct
        if indent is None:
            separator = item_separator
            out.append('{')
        else:
            level += 1
            newline = '\n' + indent * level
            separator = item_separator + newline
            out.append('{' + newline)
        first = True
        items = sorted(dct.items()) if sort_keys else dct.items()
        for key, value in items:
            text = _key_text(key, allow_nan, python_message)
            if text is None:
                if skipkeys:
                    continue
                raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')
            if first:
                first = False
            else:
                out.append(separator)
            out.append(encode_str(text))
            out.append(key_separator)
            if isinstance(value, str):
                out.append(encode_str(value))
            elif value is None:
                out.append('null')
            elif value is True:
                out.append('true')
            elif value is False:
                out.append('false')
            elif isinstance(value, int):
                out.append(int.__repr__(value))
            elif isinstance(value, float):
                out.append(_float_text(value, allow_nan, python_message))
            elif isinstance(value, (list, tuple)):
                encode_list(value, level, out)
            elif isinstance(value, dict):
                encode_dict(value, level, out)
            else:
                encode_other(value, level, out)
        if indent is not None:
            out.append('\n' + indent * (level - 1))
        out.append('}')
        if markers is not None:
            del markers[marker]

    def encode_other(o, level, out):
        # What default() makes of an object JSON has no form for.
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = o
        encode_value(default(o), level, out)
        if markers is not None:
            del markers[marker]

    def encode_value(o, level, out):
        if isinstance(o, str):
            out.append(encode_str(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_text(o, allow_nan, python_message))
        elif isinstance(o, (list, tuple)):
            encode_list(o, level, out)
        elif isinstance(o, dict):
            encode_dict(o, level, out)
        else:
            encode_other(o, level, out)

    def encode(o):
        out = []
        if python_message:
            encode_value(o, 0, out)
        else:
            try:
                encode_value(o, 0, out)
            except RecursionError:
                raise RecursionError('maximum recursion depth exceeded while encoding a JSON object') from None
        return ''.join(out)

    return encode


def _make_iterencode(markers, default, encode_str, indent, key_separator, item_separator,
                     sort_keys, skipkeys, allow_nan):
    """Return iterencode(o, level), a generator of the pieces of o's JSON text
    (JSONEncoder.iterencode: the pieces are those CPython yields).
    """
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def scalar_text(o):
        # The text of a str, None, bool, int or float, else None.
        if isinstance(o, str):
            return encode_str(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _float_text(o, allow_nan, True)
        return None

    def enter(o):
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = o

    def leave(o):
        if markers is not None:
            del markers[id(o)]

    def iter_list(lst, level):
        if not lst:
            yield '[]'
            return
        enter(lst)
        buf = '['
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = item_separator + newline
            buf += newline
        else:
            separator = item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = scalar_text(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from iter_value(value, level)
        if indent is not None:
            yield '\n' + indent * (level - 1)
        yield ']'
        leave(lst)

    def iter_dict(dct, level):
        if not dct:
            yield '{}'
            return
        enter(dct)
        yield '{'
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = item_separator + newline
            yield newline
        else:
            separator = item_separator
        first = True
        items = sorted(dct.items()) if sort_keys else dct.items()
        for key, value in items:
            text = _key_text(key, allow_nan, True)
            if text is None:
                if skipkeys:
                    continue
                raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield separator
            yield encode_str(text)
            yield key_separator
            text = scalar_text(value)
            if text is not None:
                yield text
            else:
                yield from iter_value(value, level)
        if indent is not None:
            yield '\n' + indent * (level - 1)
        yield '}'
        leave(dct)

    def iter_value(o, level):
        text = scalar_text(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from iter_list(o, level)
        elif isinstance(o, dict):
            yield from iter_dict(o, level)
        else:
            enter(o)
            yield from iter_value(default(o), level)
            leave(o)

    return iter_value


class JSONEncoder(object):
    """Encodes Python values as JSON text:

    dict -> object, list and tuple -> array, str -> string, int and float
    (and their subclasses) -> number, True, False, None -> true, false, null.

    For other objects it calls default(o), which a subclass (or the default
    argument) defines to return something encodable; the base one raises TypeError.
    """
    __module__ = 'json.encoder'

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        """skipkeys: skip dict keys that are not str, int, float, bool or None
        (instead of raising TypeError).  ensure_ascii: escape every non-ASCII
        character.  check_circular: detect containers that contain themselves
        (ValueError) rather than recurse until RecursionError.  allow_nan: write
        NaN, Infinity and -Infinity (which JSON does not have) rather than raise
        ValueError.  sort_keys: write dicts sorted by key.  indent: pretty-print
        with this many spaces (or this string) per level; 0 only adds newlines.
        separators: (item_separator, key_separator), by default (', ', ': '), or
        (',', ': ') with an indent.  default: called for objects that cannot be
        encoded otherwise.
        """
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return an encodable value for o, or raise TypeError (what this one does).

        Subclasses override it to encode more types, and call the base for the rest.
        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON text of o.

        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'
        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        if type(self).iterencode is not JSONEncoder.iterencode:
            # A subclass's iterencode makes the pieces, as in CPython.
            chunks = self.iterencode(o, _one_shot=True)
            if not isinstance(chunks, (list, tuple)):
                chunks = list(chunks)
            return ''.join(chunks)
        return self._one_shot_encoder()(o)

    def _one_shot_encoder(self):
        # CPython encodes in one piece with its C encoder, unless there is an
        # indent: then it runs its Python encoder, whose NaN error differs.
        return _make_encoder(
            {} if self.check_circular else None, self.default,
            encode_basestring_ascii if self.ensure_ascii else encode_basestring,
            self.indent, self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, self.allow_nan, self.indent is not None)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding its JSON text piece by piece.

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)
        """
        if _one_shot:
            return [self._one_shot_encoder()(o)]
        encode = _make_iterencode(
            {} if self.check_circular else None, self.default,
            encode_basestring_ascii if self.ensure_ascii else encode_basestring,
            self.indent, self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, self.allow_nan)
        return encode(o, 0)


##############################################################################
# The module's functions

_default_encoder = JSONEncoder(
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    indent=None,
    separators=None,
    default=None,
)

_default_decoder = JSONDecoder(object_hook=None, object_pairs_hook=None)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write the JSON text of obj to fp, a file-like object with a write() method.

    The keyword arguments are those of dumps().
    """
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                       separators=separators,
                       default=default, sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Return the JSON text of obj.

    skipkeys: skip dict keys that are not str, int, float, bool or None
    (instead of raising TypeError).  ensure_ascii: escape every non-ASCII
    character.  check_circular: detect containers that contain themselves.
    allow_nan: write NaN, Infinity and -Infinity rather than raise ValueError.
    indent: pretty-print with this many spaces (or this string) per level.
    separators: (item_separator, key_separator); (',', ':') is the most compact.
    default(obj): returns an encodable version of obj or raises TypeError.
    sort_keys: write dicts sorted by key.  cls: the JSONEncoder subclass to use.
    """
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)


def detect_encoding(b):
    """Guess the encoding of the JSON document in the bytes b: UTF-8, -16 or -32, from its
    byte order mark or from where its first (ASCII) characters have zero bytes.
    """
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    # Without a mark: the first character is ASCII, so its zero bytes tell the encoding.
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Decode the JSON document that fp.read() returns; the keyword arguments are those of loads()."""
    return loads(fp.read(),
                 cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Return the Python value of the JSON document s (str, bytes or bytearray).

    object_hook(dict) and object_pairs_hook(list of pairs) replace decoded objects;
    parse_float, parse_int and parse_constant turn the text of numbers and of
    NaN/Infinity/-Infinity into values.  cls: the JSONDecoder subclass to use.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        # pyco has no bytearray; the name check keeps this module right under CPython too.
        if not (isinstance(s, bytes) or type(s).__name__ == 'bytearray'):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        encoding = detect_encoding(s)
        if encoding == 'utf-8-sig':
            # The same as decoding with 'utf-8-sig', which pyco's codecs lack.
            s = s[3:]
            encoding = 'utf-8'
        s = s.decode(encoding, 'surrogatepass')

    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
