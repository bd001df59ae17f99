# The is* predicates of str on ASCII, non-ASCII, digits of other scripts, and empty strings.
samples = ["abc", "ABC", "Abc Def", "abc123", "123", "½", "²", "١٢٣", "一二三", "中文", " \t\n", "", "_x1", "1x",
           "class", "ñ", "Ǆ", "aBc", "Hello World", "hello World", "\x00", "é", "x y", "٣", "Ⅻ", "\u2028"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isidentifier(),
          s.isupper(), s.islower(), s.istitle(), s.isprintable(), s.isascii())
