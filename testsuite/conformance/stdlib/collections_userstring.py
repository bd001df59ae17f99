# collections.UserString: a Sequence over a str; the string-making methods give the subclass, the others give
# what str's give; comparisons and `in` see through another UserString.
from collections import UserString
from collections.abc import Sequence, Hashable


class Tag(UserString):
    def shout(self):
        return self.upper() + "!"


t = Tag("hello world")
print(t, repr(t), len(t), t[0], t[-5:], type(t[1:3]).__name__, t.shout(), type(t.shout()).__name__)
print(t == "hello world", t == Tag("hello world"), t < "z", t >= Tag("hello"), "world" in t, Tag("lo") in t)
print(t + "!", "> " + t, t + Tag("?"), t + 3, t * 2, 3 * Tag("ab"), Tag("%s-%d") % ("a", 1), type(t + "x").__name__)
print(t.capitalize(), t.title(), t.center(15, "*"), t.replace("l", "L", 2), t.replace(Tag("o"), "0"), t.zfill(13))
print(t.split(), t.rsplit("o", 1), t.partition(" "), t.find("o"), t.rfind(Tag("o")), t.count("l"), t.index("w"))
print(t.startswith("he"), t.endswith(("x", "ld")), t.isalpha(), Tag("42").isdigit(), Tag("a b").isidentifier())
print(t.encode(), t.encode(None), Tag("{0}+{x}").format(1, x=2), Tag(" pad ").strip(), Tag("xxay").lstrip("x"))
print(Tag(",").join(["a", "b"]), t.removeprefix("hello "), t.removesuffix(Tag(" world")), t.swapcase(), t.casefold())
print(sorted([Tag("b"), Tag("a")]), list(Tag("abc")), list(reversed(Tag("abc"))), hash(t) == hash("hello world"))
print(isinstance(t, Sequence), isinstance(t, Hashable), int(Tag("7")), float(Tag("2.5")), Tag(12), Tag(Tag("x")))
print(t.translate(str.maketrans("lo", "01")), Tag("a\tb").expandtabs(4), Tag("A\nB").splitlines(True), t.ljust(13, "."))
t.index("zzz")
