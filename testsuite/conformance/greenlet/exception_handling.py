# reference: /usr/bin/python3
# Exceptions and greenlets: caught in the parent with the greenlet's frames in the traceback; the exception being
# handled belongs to each greenlet (sys.exc_info, bare raise, __context__); finally blocks in a greenlet.
import sys
import traceback
from greenlet import greenlet, getcurrent


def inner():
    raise ValueError("boom")


def child():
    print("child start")
    inner()


g = greenlet(child)
try:
    g.switch()
except ValueError:
    traceback.print_exc(file=sys.stdout)
print("dead after raising:", g.dead)


def handler():
    try:
        raise KeyError("in child")
    except KeyError:
        print("child handles", repr(sys.exc_info()[1]))
        getcurrent().parent.switch()
        print("child still handles", repr(sys.exc_info()[1]))
        raise


h = greenlet(handler)
try:
    raise RuntimeError("in main")
except RuntimeError:
    h.switch()
    print("main handles", repr(sys.exc_info()[1]))
    try:
        h.switch()
    except KeyError as e:
        print("main got", repr(e), "context:", repr(e.__context__))
        traceback.print_exc(file=sys.stdout)
print("after:", sys.exc_info())


def fresh():
    print("a new greenlet handles", sys.exc_info())
    try:
        1 / 0
    except ZeroDivisionError as e:
        return repr(e.__context__)


try:
    raise OSError("outer")
except OSError:
    print("context in child:", greenlet(fresh).switch())


def with_finally():
    try:
        getcurrent().parent.switch("suspended in try")
    finally:
        print("finally in greenlet")


f = greenlet(with_finally)
print(f.switch())
f.switch()
print("done", f.dead)
