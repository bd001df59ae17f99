# f-string conversions !r !s !a on strings, numbers, containers and non-ASCII text.
name = "Zoë 中"
n = 3.0
items = ["a", 'b"', "é"]
print(f"{name}|{name!s}|{name!r}|{name!a}")
print(f"{n}|{n!r}|{n!a}|{items}|{items!r}|{items!a}")
print(f"{None!r}|{True!s}|{b'x'!r}|{b'x'}|{(1,)!s}|{ {'k': 'v'} }")
print(f"{name!r:>12}|{name!a:<20}|{n!s:*^9}|{'x'!r:3}")
print(f"{'quote' + chr(39)!r}|{'tab' + chr(9)!a}")
class C:
    def __str__(self):
        return "str-of-C"
    def __repr__(self):
        return "repr-of-C"
    def __format__(self, spec):
        return "format-of-C[" + spec + "]"
c = C()
print(f"{c}|{c!s}|{c!r}|{c!a}|{c:xyz}|{c!r:>10}")
print(str(c), repr(c), format(c, "q"), "{}|{!r}|{:ab}".format(c, c, c))
