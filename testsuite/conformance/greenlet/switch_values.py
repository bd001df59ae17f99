# reference: /usr/bin/python3
# What switch() passes: the start arguments of run(), then one value, a tuple of several, the keywords' dict,
# or (args, kwargs) back and forth; a finished greenlet's return value goes to its parent's switch().
from greenlet import greenlet, getcurrent

main = getcurrent()


def echo(*args, **kwargs):
    print("started with", args, kwargs)
    got = main.switch()
    while True:
        print("child got", repr(got))
        if got == "stop":
            return "finished"
        got = main.switch(got)


g = greenlet(echo)
print("first switch returns", repr(g.switch(1, 2, key="v")))
for args, kwargs in [((), {}), ((5,), {}), ((5, 6), {}), ((), {"a": 1}), ((7,), {"b": 2}), (([1],), {})]:
    print("main got", repr(g.switch(*args, **kwargs)))
print("last switch returns", repr(g.switch("stop")))
print("dead:", g.dead)


def forwards():
    value = main.switch("to main")
    return value * 2


g = greenlet(forwards)
print(g.switch())
print(g.switch(21))
print(main.switch("main to itself"), main.switch(), main.switch(1, 2), main.switch(x=1))
