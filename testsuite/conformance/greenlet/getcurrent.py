# reference: /usr/bin/python3
# getcurrent() in the main greenlet and in children; the main greenlet has no parent and never dies.
from greenlet import greenlet, getcurrent

main = getcurrent()
print(getcurrent() is main, main.parent, main.dead, bool(main))
seen = []


def record(name):
    me = getcurrent()
    seen.append((name, me is main, me.parent is main))
    if name == "a":
        greenlet(record).switch("b")
        seen.append(("a again", getcurrent() is me))
    return name


print(greenlet(record).switch("a"))
print(seen)
print(getcurrent() is main)


class Holder:
    def __init__(self):
        self.g = getcurrent()


h = greenlet(lambda: Holder().g).switch()
print(h is main, h.dead)
