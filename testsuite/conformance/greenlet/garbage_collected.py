# reference: /usr/bin/python3
# A greenlet dropped while suspended gets GreenletExit raised where it waits, as greenlet's dealloc does: its
# finally blocks and handlers run; one that switches away instead is reported and discarded; an exception it
# raises instead is reported as unraisable. (The greenlets switch through the global `main`: under pyco, the
# temporaries of `getcurrent().parent.switch()` keep a reference to the greenlet while it waits,
# garbage_collected_getcurrent.py in KNOWN_FAILURES.)
import sys
from greenlet import greenlet, getcurrent, GreenletExit

main = getcurrent()


def cleans_up(name):
    try:
        main.switch()
    finally:
        print(name, "finally with", sys.exc_info()[0].__name__, "current is me:", getcurrent() is not main)


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
        main.switch()
    except GreenletExit:
        print("refuses to exit; switching back")
        main.switch()
        print("never printed")


g = greenlet(refuses)
g.switch()
del g
print("after the refusing one")


def raises_instead():
    try:
        main.switch()
    except GreenletExit:
        raise ValueError("raised while exiting")


g = greenlet(raises_instead)
g.switch()
del g
print("after the raising one")


def returns_value():
    try:
        main.switch()
    except GreenletExit:
        return "ignored"


g = greenlet(returns_value)
g.switch()
g = None
print("after the returning one")
sys.stdout.flush()
