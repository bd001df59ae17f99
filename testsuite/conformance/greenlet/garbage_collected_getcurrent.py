# reference: /usr/bin/python3
# garbage_collected.py with greenlets that switch away through `getcurrent().parent.switch()`: the statement's
# temporaries must not keep the waiting greenlet alive, so that dropping it kills it with GreenletExit.
import sys
from greenlet import greenlet, getcurrent, GreenletExit


def cleans_up(name):
    try:
        getcurrent().parent.switch()
    finally:
        print(name, "finally with", sys.exc_info()[0].__name__, "current is me:", getcurrent() is not main)


main = getcurrent()
g = greenlet(cleans_up)
g.switch("first")
print("dropping the first")
del g
print("dropped")

g = greenlet(cleans_up)
g.switch("second")
print("rebinding")
g = greenlet(cleans_up)
print("rebound; the new one is pending:", bool(g))


def refuses():
    try:
        getcurrent().parent.switch()
    except GreenletExit:
        print("refuses to exit; switching back")
        getcurrent().parent.switch()
        print("never printed")


g = greenlet(refuses)
g.switch()
del g
print("after the refusing one")


def raises_instead():
    try:
        getcurrent().parent.switch()
    except GreenletExit:
        raise ValueError("raised while exiting")


g = greenlet(raises_instead)
g.switch()
del g
print("after the raising one")


def returns_value():
    try:
        getcurrent().parent.switch()
    except GreenletExit:
        return "ignored"


g = greenlet(returns_value)
g.switch()
g = None
print("after the returning one")
sys.stdout.flush()
