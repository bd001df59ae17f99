# __str__ for print/str/f-strings, __repr__ for repr/!r and inside containers; str() falls back to __repr__.
class Both:
    def __str__(self):
        return "Both as str"

    def __repr__(self):
        return "Both()"


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


class OnlyStr:
    def __str__(self):
        return "only str"


b, r = Both(), OnlyRepr()
print(b, str(b), repr(b), f"{b} {b!r} {b!s}", [b], (b,), {"k": b})
print(r, str(r), f"{r}", [r])
print(OnlyStr(), str(OnlyStr()).upper(), "%s and %r" % (b, b))
print("{} {!r}".format(b, b), format(b), format(r, ""))


class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


for thing, fn in ((BadRepr(), repr), (BadStr(), str)):
    try:
        fn(thing)
    except TypeError as e:
        print("TypeError:", e)
