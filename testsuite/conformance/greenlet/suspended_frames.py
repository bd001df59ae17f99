# reference: /usr/bin/python3
# gr_frame: the frames a suspended greenlet waits in (None before it starts, while it runs, once it is dead).
from greenlet import greenlet, getcurrent

main = getcurrent()


def show(frame):
    out = []
    while frame is not None:
        out.append((frame.f_code.co_name, frame.f_lineno))
        frame = frame.f_back
    return out


def inner():
    main.switch()


def outer():
    print("main seen from the child:", show(main.gr_frame), getcurrent().gr_frame)
    inner()


g = greenlet(outer)
print(g.gr_frame)
g.switch()
print(show(g.gr_frame))
g.switch()
print(g.gr_frame)
