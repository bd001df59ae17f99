# reference: /usr/bin/python3
# An exception escaping run() propagates to the parent's switch(): the traceback shows the parent's frames, then
# the greenlet's, as greenlet prints it under CPython; uncaught, it ends the program.
from greenlet import greenlet


def parse(text):
    return int(text)


def worker(items):
    total = 0
    for item in items:
        total += parse(item)
        feeder.switch(total)
    return total


def feed():
    print("feeder got", w.switch(["1", "2", "x"]))
    print("feeder got", w.switch())
    print("feeder got", w.switch())


feeder = greenlet(feed)
w = greenlet(worker, parent=feeder)


def main():
    feeder.switch()


main()
