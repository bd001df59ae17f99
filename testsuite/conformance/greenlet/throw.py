# reference: /usr/bin/python3
# throw(): GreenletExit by default, a class with a value, an instance; into a suspended, an unstarted, a dead
# greenlet; and the TypeErrors of its arguments.
import sys
from greenlet import greenlet, getcurrent, GreenletExit

main = getcurrent()  # switching through it keeps no reference to the waiting greenlet (garbage_collected.py)


def waiter():
    try:
        main.switch("waiting")
    except GreenletExit as e:
        print("waiter got", repr(e))
        return "exited"
    except KeyError as e:
        print("waiter got", repr(e), "handled:", sys.exc_info()[0].__name__)
        try:
            main.switch("handled")
        finally:
            print("waiter still handles", sys.exc_info()[0].__name__)
        raise


g = greenlet(waiter)
print(g.switch())
print(g.throw())

g = greenlet(waiter)
g.switch()
print(g.throw(KeyError, "k"))
print("main handles", sys.exc_info())
try:
    g.switch()
except KeyError as e:
    print("main got back", repr(e), g.dead)

g = greenlet(waiter)
g.switch()
print(g.throw(KeyError("instance")))

g = greenlet(waiter)
g.switch()
print(g.throw(KeyError, ("a", "b")))

# An unstarted greenlet dies without running; the exception goes to its parent.
g = greenlet(waiter)
try:
    g.throw(IndexError("never ran"))
except IndexError as e:
    print("unstarted:", repr(e), g.dead)
r = greenlet(waiter).throw()
print("GreenletExit into an unstarted one comes back as", repr(r))

# A dead greenlet passes it to its parent: here, the caller.
try:
    g.throw(ValueError)
except ValueError as e:
    print("dead:", repr(e))

for args in [(5,), (ValueError(1), 2), ("x",)]:
    try:
        greenlet(waiter).throw(*args)
    except TypeError as e:
        print("TypeError:", e)

try:
    getcurrent().throw(LookupError, "into myself")
except LookupError as e:
    print("thrown into the current greenlet:", repr(e))
