# reference: /usr/bin/python3
# Parents: the default parent is the greenlet that created it, a parent may be changed (with greenlet's checks),
# an ended greenlet hands its result to its first live parent, and a parent that never ran starts with it.
from greenlet import greenlet, getcurrent

main = getcurrent()
print(main.parent)


def leaf():
    print("leaf runs; parent is middle:", getcurrent().parent is middle)
    return "leaf result"


def middle_run():
    print("middle runs")
    got = inner.switch()
    print("middle got", got)
    return "middle result"


middle = greenlet(middle_run)
inner = greenlet(leaf, middle)
print(middle.parent is main, inner.parent is middle)
print("main got", middle.switch())

# The parent greenlet had not run: the child's result starts it.
def starts(*args):
    print("started by a child's end with", args)
    return "parent result"


p = greenlet(starts)
c = greenlet(lambda: "child result", parent=p)
print("main got", c.switch())
print(p.dead, c.dead)

# Re-parenting and its checks.
a = greenlet(lambda: "a")
b = greenlet(lambda: "b", a)
for bad in [a, b]:
    try:
        a.parent = bad
    except ValueError as e:
        print("ValueError:", e)
for bad in [5, None, "x"]:
    try:
        b.parent = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del b.parent
except AttributeError as e:
    print("AttributeError:", e)
try:
    main.parent = a
except (AttributeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
b.parent = main
print(b.switch(), a.dead)


# A child created inside a greenlet has it as parent, and its end resumes it.
def outer():
    def child():
        print("child's parent is outer:", getcurrent().parent is og)
        return 10
    n = greenlet(child).switch()
    return n + 1


og = greenlet(outer)
print(og.switch())
