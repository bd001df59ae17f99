# atexit: callbacks with arguments run last registered first when the program ends normally; register returns
# the function (decorator use); unregister removes every registration of a function; a callback's exception is
# reported without changing the exit status; callbacks registered while exiting are not run.
import atexit


def goodbye(name, punctuation="!"):
    print(f"goodbye, {name}{punctuation}")


@atexit.register
def decorated():
    print("decorated callback")
    atexit.register(print, "registered while exiting")


def failing(code):
    print("failing callback", code)
    raise LookupError(f"cleanup failed with {code}")


def removed():
    print("never printed")


print(atexit.register(goodbye, "world") is goodbye)
atexit.register(goodbye, "again", punctuation="?")
atexit.register(removed)
atexit.register(failing, 7)
atexit.register(removed)
atexit.unregister(removed)
atexit.unregister(lambda: None)
atexit.register(print, "a", "b", sep="-")
for bad in [(), (42,)]:
    try:
        atexit.register(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    atexit.unregister()
except TypeError as e:
    print("TypeError:", e)
print("main body done")
