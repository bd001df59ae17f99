# reference: /usr/bin/python3
# GreenletExit: raised out of run() it ends the greenlet quietly and the parent receives it as a value; it is a
# BaseException, so `except Exception` does not catch it; uncaught in the main greenlet it is an error.
from greenlet import greenlet, getcurrent, GreenletExit, error
import greenlet as greenlet_module

print(GreenletExit.__mro__)
print(error.__mro__)
print(greenlet.GreenletExit is GreenletExit, greenlet.error is error, greenlet.getcurrent is getcurrent)
print(greenlet_module.greenlet is greenlet)


def quits():
    raise GreenletExit("bye")


r = greenlet(quits).switch()
print(type(r).__name__, r.args)


def shielded():
    try:
        getcurrent().parent.switch(1)
    except Exception:
        print("not reached")
    finally:
        print("finally runs")


g = greenlet(shielded)
g.switch()
print(repr(g.throw()), g.dead)


def subclassed():
    class Stop(GreenletExit):
        pass
    raise Stop("custom")


print(repr(greenlet(subclassed).switch()))
raise GreenletExit("uncaught in main")
