# reference: /usr/bin/python3
# A greenlet waiting in `getcurrent().parent.switch()` is killed with GreenletExit when it is dropped: the
# statement's temporaries (getcurrent()'s result) must not keep it alive (garbage_collected.py switches through
# a global instead).
import sys
from greenlet import greenlet, getcurrent


def waits():
    try:
        getcurrent().parent.switch()
    finally:
        print("finally with", sys.exc_info()[0].__name__)


g = greenlet(waits)
g.switch()
print("dropping it")
del g
print("dropped")
