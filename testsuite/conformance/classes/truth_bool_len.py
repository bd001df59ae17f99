# Truth: __bool__ first, then __len__, else always true; `not`, `if`, `while`, `and`/`or` all use it.
class Empty:
    def __len__(self):
        return 0


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("  __bool__", self.on)
        return self.on

    def __len__(self):
        print("  __len__ (never used)")
        return 1


class Anything:
    pass


print(bool(Empty()), bool(Flag(True)), bool(Anything()), not Empty())
if Flag(False):
    print("no")
else:
    print("falsy flag")
print(Flag(False) or "fallback", Flag(True) and "both")
n = 0
f = Flag(True)
while f:
    n += 1
    if n == 2:
        f.on = False
print("loops", n)


class Wrong:
    def __bool__(self):
        return 1


class Negative:
    def __len__(self):
        return -1


class Text:
    def __len__(self):
        return "3"


for obj in (Wrong(), Negative(), Text()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(Text())
except TypeError as e:
    print("TypeError:", e)
try:
    len(Anything())
except TypeError as e:
    print("TypeError:", e)
