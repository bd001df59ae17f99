# Subclasses of built-in exception classes keep their base's behaviour: KeyError's quoted message, OSError's
# errno and strerror, StopIteration's value.
class MissingKey(KeyError):
    pass


class DiskFull(OSError):
    pass


class Done(StopIteration):
    pass


print(str(MissingKey("k")), repr(MissingKey("k")))
d = DiskFull(28, "No space left")
print(d.errno, d.strerror, str(d))
print(Done(5).value, Done().value)
try:
    {}["x"]
except LookupError as e:
    print(type(e).__name__, e)
raise MissingKey("user")
