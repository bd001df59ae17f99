# UnboundLocalError with CPython 3.11's message: a name assigned later in the function is local everywhere in it.
count = 10


def bump():
    try:
        count += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def read_before():
    print(total)
    total = 1


bump()
read_before()
