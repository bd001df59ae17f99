# string's constants and capwords(), with and without a separator
import string

for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits", "hexdigits",
             "octdigits", "punctuation", "printable"]:
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(sorted(string.__all__))
print(string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(all(c in string.printable for c in string.hexdigits))
print(repr(string.capwords("  hello   wide\tworld \n of pyco  ")))
print(repr(string.capwords("hello-wide-world", "-")))
print(repr(string.capwords("one, two,three", ", ")))
print(repr(string.capwords("ALL CAPS and mIxEd")))
print(repr(string.capwords("")), repr(string.capwords("   ")), repr(string.capwords("x", "x")))
print(repr(string.capwords("élan ñandú 3rd")))
try:
    string.capwords(42)
except AttributeError as e:
    print("AttributeError:", e)
string.capwords("a b", 1)
