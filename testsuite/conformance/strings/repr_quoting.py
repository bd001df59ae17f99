# repr of str: quote choice, escapes of control characters, backslashes and non-printable code points.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\nand\rcr", "\x00\x07\x1b\x7f",
           "é中😀", "\x80\x9f\xa0\xad", "\u2028\u200b\ufeff", "\U0001d11e", "\ud7ff", "", "'", '"',
           "\\'", "\x0b\x0c", "\u00ff\u0100", "\U000e0001"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(["it's"], ('"',), {"k'": 'v"'}, repr(repr("a")))
print("%r" % "x'y", repr('a"b'), str("'"), f"{chr(10)!r}")
