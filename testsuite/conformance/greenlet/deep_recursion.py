# reference: /usr/bin/python3
# Recursion inside a greenlet: RecursionError at CPython's depth (each greenlet continues the count of the one
# that started it), caught inside the greenlet or propagated to its parent.
from greenlet import greenlet

depth = 0


def probe(n):
    global depth
    depth = n
    probe(n + 1)


def catches():
    try:
        probe(1)
    except RecursionError as e:
        return "%s at %d" % (e, depth)


try:
    probe(1)
except RecursionError as e:
    print("main:", e, depth)
print("greenlet:", greenlet(catches).switch())


def nested():
    return greenlet(catches).switch()


def two():
    return nested()


print("nested greenlet:", greenlet(two).switch())
try:
    greenlet(probe).switch(1)
except RecursionError as e:
    print("propagated:", e, depth)


def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)


print("900 deep in a greenlet:", greenlet(count_down).switch(900))
