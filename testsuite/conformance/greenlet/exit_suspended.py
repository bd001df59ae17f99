# reference: /usr/bin/python3
# Greenlets still suspended when the program ends are not resumed: no finally block of theirs runs.
from greenlet import greenlet, getcurrent


def waits(name):
    try:
        getcurrent().parent.switch(name + " suspended")
    finally:
        print(name, "finally (never printed)")


kept = greenlet(waits)
print(kept.switch("kept"))
holder = {"g": greenlet(waits)}
print(holder["g"].switch("in a dict"))


class Node:
    pass


node = Node()
node.g = greenlet(waits)
print(node.g.switch("in an instance"))
print("end of program")
