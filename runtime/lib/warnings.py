"""Issuing and filtering warnings: the Python half, over the runtime's _warnings.

As in CPython, warn() and warn_explicit() are _warnings' (the runtime warns
through the same filters itself: a coroutine that dies never awaited); this
module holds what CPython writes in Python: showing and formatting a warning,
the functions that edit the filters, WarningMessage and catch_warnings.

pyco has no `re`: the message and module patterns of filterwarnings() are
compiled by _Pattern below, a backtracking matcher for the common syntax
(literals, `.`, classes, escapes, groups, `|`, `* + ? {m,n}`, `^ $ \\Z`).
Look-around, back-references and inline flags raise NotImplementedError.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


# ---- showing and formatting ----

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno,
                                     file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename,
                                              lineno, None, line))


def _showwarnmsg_impl(msg):
    out = msg.file
    if out is None:
        out = sys.stderr
        if out is None:
            return
    text = _formatwarnmsg(msg)
    try:
        out.write(text)
    except OSError:
        pass    # the stream is gone: the warning is lost, as in CPython


def _formatwarnmsg_impl(msg):
    name = msg.category.__name__
    text = f"{msg.filename}:{msg.lineno}: {name}: {msg.message}\n"
    line = msg.line
    if line is None:
        import linecache
        line = linecache.getline(msg.filename, msg.lineno)
    if line:
        text += "  %s\n" % line.strip()
    if msg.source is not None:
        # pyco has no tracemalloc: CPython, not tracing, suggests enabling it.
        text += f"{name}: Enable tracemalloc to get the object allocation traceback\n"
    return text


def _showwarnmsg(msg):
    """Show through a replaced showwarning() if the program installed one."""
    hook = showwarning
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno,
             msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Format through a replaced formatwarning() if the program installed one."""
    fmt = formatwarning
    if fmt is not _formatwarning_orig:
        return fmt(msg.message, msg.category, msg.filename, msg.lineno,
                   msg.line)
    return _formatwarnmsg_impl(msg)


# ---- editing the filters ----

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    message = _Pattern(message, _IGNORECASE) if message else None
    module = _Pattern(module, 0) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter matching every message and module (at the front)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # An equal filter moves to the front; appended, it is added only once.
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


# ---- WarningMessage and catch_warnings ----

class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Saves the filters and showwarning() on entry and restores them on exit;
    with record=True, the warnings shown meanwhile are appended to the list
    __enter__ returns, as WarningMessage objects."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        # _showwarnmsg must reach _showwarnmsg_impl, not a replaced hook.
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl


# ---- _Pattern: the regular expressions of filterwarnings() ----

_IGNORECASE = 2     # re.IGNORECASE's value
_SPECIAL = ".^$*+?{}[]\\|()"
_DIGITS = "0123456789"
_WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_SPACES = " \t\n\r\f\v"


def _in_class(ch, cls):
    # cls: (negated, [item]) with items ('char', c), ('range', a, b),
    # ('cat', letter) for \d \w \s and their negations.
    negated, items = cls
    found = False
    for item in items:
        kind = item[0]
        if kind == 'char':
            found = ch == item[1]
        elif kind == 'range':
            found = item[1] <= ch <= item[2]
        else:
            found = _in_category(ch, item[1])
        if found:
            break
    return found != negated


def _in_category(ch, letter):
    low = letter.lower()
    if low == 'd':
        hit = ch in _DIGITS or (ord(ch) > 127 and ch.isdigit())
    elif low == 'w':
        hit = ch in _WORD or (ord(ch) > 127 and (ch.isalnum() or ch == '_'))
    else:
        hit = ch in _SPACES or (ord(ch) > 127 and ch.isspace())
    return hit if letter == low else not hit


class _Parser:
    """Turns a pattern into a tree: a list of alternatives, each a list of
    (node, min, max) with nodes ('lit', c), ('any',), ('class', cls),
    ('bol',), ('eol',), ('eos',), ('group', alternatives)."""

    def __init__(self, pattern, fold):
        self.p = pattern
        self.i = 0
        self.fold = fold

    def error(self, what):
        raise NotImplementedError(
            "warnings filter pattern %r: %s is not supported by pyco"
            % (self.p, what))

    def parse(self):
        alts = self.alternatives()
        if self.i < len(self.p):
            raise ValueError("unbalanced parenthesis in warnings filter "
                             "pattern %r" % (self.p,))
        return alts

    def alternatives(self):
        alts = [self.sequence()]
        while self.i < len(self.p) and self.p[self.i] == '|':
            self.i += 1
            alts.append(self.sequence())
        return alts

    def sequence(self):
        seq = []
        p = self.p
        while self.i < len(p) and p[self.i] not in '|)':
            node = self.atom()
            lo, hi = self.quantifier()
            seq.append((node, lo, hi))
        return seq

    def quantifier(self):
        p = self.p
        if self.i >= len(p):
            return 1, 1
        c = p[self.i]
        if c == '*':
            lo, hi = 0, -1
        elif c == '+':
            lo, hi = 1, -1
        elif c == '?':
            lo, hi = 0, 1
        elif c == '{' and self.counted():
            return self.counts()
        else:
            return 1, 1
        self.i += 1
        if self.i < len(p) and p[self.i] in '?+':
            self.error("a lazy or possessive quantifier")
        return lo, hi

    def counted(self):
        # `{m}`, `{m,}`, `{,n}`, `{m,n}`; any other `{` is a literal.
        end = self.p.find('}', self.i)
        if end < 0:
            return False
        parts = self.p[self.i + 1:end].split(',')
        if len(parts) == 1:
            return parts[0].isdigit()
        if len(parts) != 2 or not (parts[0] or parts[1]):
            return False
        return all(x == '' or x.isdigit() for x in parts)

    def counts(self):
        end = self.p.find('}', self.i)
        parts = self.p[self.i + 1:end].split(',')
        self.i = end + 1
        lo = int(parts[0]) if parts[0] else 0
        if len(parts) == 1:
            hi = lo
        else:
            hi = int(parts[1]) if parts[1] else -1
        return lo, hi

    def atom(self):
        p = self.p
        c = p[self.i]
        self.i += 1
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '[':
            return ('class', self.char_class())
        if c == '(':
            if p.startswith('?:', self.i):
                self.i += 2
            elif self.i < len(p) and p[self.i] == '?':
                self.error("a (?...) construct")
            alts = self.alternatives()
            if self.i >= len(p) or p[self.i] != ')':
                raise ValueError("missing ), unterminated subpattern in "
                                 "warnings filter pattern %r" % (self.p,))
            self.i += 1
            return ('group', alts)
        if c == '\\':
            return self.escape(False)
        if c in '*+?{':
            if c == '{':
                return self.literal(c)
            raise ValueError("nothing to repeat in warnings filter pattern %r"
                             % (self.p,))
        return self.literal(c)

    def literal(self, c):
        if self.fold:
            return ('class', (False, [('char', c.lower()), ('char', c.upper())]))
        return ('lit', c)

    def escape(self, in_class):
        p = self.p
        if self.i >= len(p):
            raise ValueError("bad escape (end of pattern) in warnings filter "
                             "pattern %r" % (self.p,))
        c = p[self.i]
        self.i += 1
        if c in 'dDwWsS':
            node = ('cat', c)
            return node if in_class else ('class', (False, [node]))
        if c == 'Z' and not in_class:
            return ('eos',)
        if c in 'AbBz' or c.isdigit():
            self.error("the escape \\" + c)
        c = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v'}.get(c, c)
        if in_class:
            return ('char', c)
        return self.literal(c)

    def char_class(self):
        p = self.p
        negated = False
        if self.i < len(p) and p[self.i] == '^':
            negated = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(p):
                raise ValueError("unterminated character set in warnings "
                                 "filter pattern %r" % (self.p,))
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            self.i += 1
            if c == '\\':
                item = self.escape(True)
            else:
                item = ('char', c)
            if item[0] == 'char' and self.i + 1 < len(p) and p[self.i] == '-' \
                    and p[self.i + 1] != ']':
                self.i += 1
                hi = p[self.i]
                self.i += 1
                if hi == '\\':
                    hi = self.escape(True)[1]
                item = ('range', item[1], hi)
            items.append(item)
        if self.fold:
            items = self.folded(items)
        return (negated, items)

    def folded(self, items):
        out = []
        for item in items:
            out.append(item)
            if item[0] == 'char':
                out.append(('char', item[1].lower()))
                out.append(('char', item[1].upper()))
            elif item[0] == 'range':
                out.append(('range', item[1].lower(), item[2].lower()))
                out.append(('range', item[1].upper(), item[2].upper()))
        return out


def _match_alts(alts, text, pos, k):
    for seq in alts:
        if _match_seq(seq, 0, text, pos, k):
            return True
    return False


def _match_seq(seq, idx, text, pos, k):
    if idx == len(seq):
        return k(pos)
    node, lo, hi = seq[idx]
    return _match_repeat(node, lo, hi, 0, seq, idx, text, pos, k)


def _match_repeat(node, lo, hi, count, seq, idx, text, pos, k):
    # Greedy: one more repetition first, then the rest of the sequence.
    if hi < 0 or count < hi:
        def more(after):
            if after == pos and count >= lo:
                return False        # an empty repetition would loop forever
            return _match_repeat(node, lo, hi, count + 1, seq, idx, text,
                                 after, k)
        if _match_node(node, text, pos, more):
            return True
    if count >= lo:
        return _match_seq(seq, idx + 1, text, pos, k)
    return False


def _match_node(node, text, pos, k):
    kind = node[0]
    if kind == 'group':
        return _match_alts(node[1], text, pos, k)
    if kind == 'bol':
        return pos == 0 and k(pos)
    if kind == 'eol':
        n = len(text)
        return (pos == n or (pos == n - 1 and text[pos] == '\n')) and k(pos)
    if kind == 'eos':
        return pos == len(text) and k(pos)
    if pos >= len(text):
        return False
    ch = text[pos]
    if kind == 'lit':
        ok = ch == node[1]
    elif kind == 'any':
        ok = ch != '\n'
    else:
        ok = _in_class(ch, node[1])
    return ok and k(pos + 1)


class _Pattern:
    """A compiled filter pattern: match() anchors at the start, as re's."""

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.flags = flags
        self._alts = _Parser(pattern, flags & _IGNORECASE).parse()

    def match(self, text):
        return _match_alts(self._alts, text, 0, _accept)

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        if self.flags & _IGNORECASE:
            return "re.compile(%r, re.IGNORECASE)" % (self.pattern,)
        return "re.compile(%r)" % (self.pattern,)


def _accept(pos):
    return True


from _warnings import (filters, _defaultaction, _onceregistry,
                       warn, warn_explicit, _filters_mutated)
defaultaction = _defaultaction
onceregistry = _onceregistry
_warnings_defaults = True

# Kept to tell whether the program replaced them.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning
