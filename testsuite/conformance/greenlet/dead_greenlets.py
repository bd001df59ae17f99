# reference: /usr/bin/python3
# A greenlet's life: pending, active (current or suspended), dead; bool(), .dead, .run, the reprs (addresses
# cut off), and switching into a dead greenlet (the value goes to its parent).
from greenlet import greenlet, getcurrent


def state(g):
    r = repr(g)
    return r.split(" object at ")[0] + " " + r.split(")")[-1]


def body(x):
    print("running:", state(getcurrent()), bool(getcurrent()), getcurrent().dead)
    print("main seen from a child:", state(getcurrent().parent))
    getcurrent().parent.switch(x)
    return x + 1


g = greenlet(body)
print("pending:", state(g), bool(g), g.dead, g.run is body)
print(g.switch(1))
print("suspended:", state(g), bool(g), g.dead)
try:
    g.run = print
except AttributeError as e:
    print("AttributeError:", e)
print(g.switch())
print("dead:", state(g), bool(g), g.dead)
try:
    g.run
except AttributeError as e:
    print("AttributeError:", e)
print("switch into dead:", g.switch(7), g.switch(7, 8), g.switch())
print("main:", state(getcurrent()), bool(getcurrent()), getcurrent().dead)

g = greenlet()
g.run = lambda: "set later"
print(g.switch())
try:
    greenlet().switch(3)
except AttributeError as e:
    print("no run:", repr(e))
try:
    greenlet(5).switch()
except TypeError as e:
    print("TypeError:", e)
for args, kwargs in [((print, getcurrent(), 3), {}), ((), {"foo": 3})]:
    try:
        greenlet(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
g = greenlet(run=print, parent=None)
g.note = "attribute"
print(g.note, g.__dict__)
