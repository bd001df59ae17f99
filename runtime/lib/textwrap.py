"""Text wrapping and filling: wrap, fill, shorten, dedent, indent and TextWrapper."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only the ASCII whitespace characters separate words: other Unicode spaces,
# such as the no-break space U+00A0, stay inside them.
_whitespace = '\t\n\x0b\x0c\r '
_WHITESPACE = frozenset(_whitespace)

# CPython splits text into chunks with regular expressions (TextWrapper's
# wordsep_re, wordsep_simple_re and sentence_end_re); this module has no `re`,
# so the scanners below make the same chunks by hand.  Their character classes
# are those of `re` for str patterns:
#   word character (\w): alphanumeric or '_';
#   letter ([^\d\W]): a word character that is no decimal digit ('_' is one);
#   word punctuation: a word character or one of !"'&.,?


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c in '_!"\'&.,?'


def _dash_run_then_word(text, i, n):
    # Whether text[i:] starts with two or more '-' followed by a word character.
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word(text[j])


def _letter_at(text, i, n):
    return 0 <= i < n and _is_letter(text[i])


def _hyphen_breaks(text, e, n):
    # Whether the '-' at e ends a chunk: it follows two letters, or a
    # letter-hyphen-letter, and a letter, an optional '-' and a letter follow it.
    if not (_letter_at(text, e - 1, n) and (_letter_at(text, e - 2, n) or
                                            (e >= 3 and text[e - 2] == '-' and _letter_at(text, e - 3, n)))):
        return False
    if not _letter_at(text, e + 1, n):
        return False
    return _letter_at(text, e + 2, n) or (e + 2 < n and text[e + 2] == '-' and _letter_at(text, e + 3, n))


def _split_on_hyphens(text):
    """The chunks of wordsep_re: runs of whitespace, em-dashes ('--') between words, and words,
    broken after the hyphens of compound words ('goof-', 'ball').
    """
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        c = text[p]
        if c in _WHITESPACE:
            e = p + 1
            while e < n and text[e] in _WHITESPACE:
                e += 1
        elif c == '-' and p > 0 and _is_word_punct(text[p - 1]) and _dash_run_then_word(text, p, n):
            e = p + 2
            while text[e] == '-':
                e += 1
        else:
            # The shortest run of non-whitespace that ends a word: before a
            # breaking hyphen (kept in the chunk), whitespace, the end, or an
            # em-dash after word punctuation.
            e = p + 1
            while True:
                if e < n and text[e] == '-' and _hyphen_breaks(text, e, n):
                    e += 1
                    break
                if e >= n or text[e] in _WHITESPACE:
                    break
                if text[e] == '-' and _is_word_punct(text[e - 1]) and _dash_run_then_word(text, e, n):
                    break
                e += 1
        chunks.append(text[p:e])
        p = e
    return chunks


def _split_on_whitespace(text):
    # The chunks of wordsep_simple_re: runs of whitespace and what lies between them.
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        space = text[p] in _WHITESPACE
        e = p + 1
        while e < n and (text[e] in _WHITESPACE) == space:
            e += 1
        chunks.append(text[p:e])
        p = e
    return chunks


def _ends_sentence(chunk):
    # sentence_end_re: a lowercase ASCII letter, then '.', '!' or '?', then an optional quote, at the end.
    n = len(chunk)
    if n >= 2 and chunk[-1] in '.!?':
        return 'a' <= chunk[-2] <= 'z'
    if n >= 3 and chunk[-1] in '"\'' and chunk[-2] in '.!?':
        return 'a' <= chunk[-3] <= 'z'
    return False


# Each whitespace character becomes a space: TextWrapper's default table.
_SPACES = dict.fromkeys(map(ord, _whitespace), ord(' '))


class TextWrapper:
    """Wraps and fills text.

    wrap() and fill() are the interface; subclasses may override the other methods.
    The attributes that control wrapping:
      width (70): the longest line, indents included (unless break_long_words is false)
      initial_indent (""), subsequent_indent (""): prefixes of the first and of the other lines
      expand_tabs (True), tabsize (8): expand tabs with str.expandtabs(tabsize) first
      replace_whitespace (True): turn each whitespace character into a space, after expanding tabs
      fix_sentence_endings (False): put two spaces after sentence-ending punctuation
      break_long_words (True): break words longer than width; otherwise they overflow
      break_on_hyphens (True): break compound words after their hyphens too
      drop_whitespace (True): drop whitespace at the start and end of lines
      max_lines (None): keep at most this many lines, ending the last with placeholder (' [...]')
    """

    unicode_whitespace_trans = _SPACES

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs, then turn the other whitespace characters into spaces, as configured."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            table = self.unicode_whitespace_trans
            if table is not _SPACES:
                return text.translate(table)
            # The same, without str.translate: it is slow in pyco's runtime.
            for c in '\t\n\x0b\x0c\r':
                if c in text:
                    text = text.replace(c, ' ')
        return text

    def _split(self, text):
        """Split text into the chunks that wrapping never breaks (apart from long words):
        words and runs of whitespace.
        """
        if self.break_on_hyphens is True:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        """Make the single space after each sentence end two spaces, in place."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put (part of) the chunk at the end of reversed_chunks, too long for any line, on cur_line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that fits, unless only hyphens precede it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Lay the chunks out in lines of at most width characters and return the lines."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # Reversed, so that the next chunk is the cheap one to pop.
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # Whitespace at the start of a line goes, except on the first line.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                    (not chunks or
                     self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip()) and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last line allowed, and text remains: end it with the
            # placeholder, dropping chunks until the placeholder fits.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    return lines
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if lines:
                prev_line = lines[-1].rstrip()
                if len(prev_line) + len(self.placeholder) <= self.width:
                    lines[-1] = prev_line + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Wrap the paragraph text into lines of at most width characters; return the lines.

        Tabs are expanded and other whitespace (newlines too) becomes spaces, as configured.
        """
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap the paragraph text and return the lines joined with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap the paragraph text into lines of at most width characters; return the lines.

    The keyword arguments are TextWrapper's attributes.
    """
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap the paragraph text and return the lines joined with newlines.

    The keyword arguments are TextWrapper's attributes.
    """
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text; if it is still longer than width, keep as many words
    as fit with the placeholder after them.

        >>> shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    n = len(line)
    while i < n and (line[i] == ' ' or line[i] == '\t'):
        i += 1
    return i


def _not_text(text):
    # CPython's dedent() fails in `re`, with `re`'s messages (pyco has no bytearray).
    if isinstance(text, bytes):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    raise TypeError(f"expected string or bytes-like object, got '{type(text).__name__}'")


def dedent(text):
    """Remove the whitespace that every line of text starts with.

    Tabs and spaces both count, but "  x" and "\\tx" have nothing in common.
    Lines of only spaces and tabs become empty and do not count.
    """
    if not isinstance(text, str):
        _not_text(text)
    # Lines are what '\n' separates, as for `re`'s ^ and $.
    lines = text.split('\n')
    margin = None
    for i in range(len(lines)):
        line = lines[i]
        blanks = _leading_blanks(line)
        if blanks == len(line):
            if blanks:
                lines[i] = ''
            continue
        indent = line[:blanks]
        if margin is None or margin.startswith(indent):
            margin = indent
        elif not indent.startswith(margin):
            k = 0
            while margin[k] == indent[k]:
                k += 1
            margin = margin[:k]
    if margin:
        size = len(margin)
        for i in range(len(lines)):
            if lines[i].startswith(margin):
                lines[i] = lines[i][size:]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix before the lines of text for which predicate(line) is true.

    By default, before every line that has something other than whitespace.
    """
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
