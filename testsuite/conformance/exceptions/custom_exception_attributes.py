# A user exception class: the constructor's arguments become args (also when __init__ passes fewer to
# super()), extra attributes live on the instance, str/repr follow BaseException.
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NoInit(ValueError):
    pass


class KeepsArgs(Exception):
    def __init__(self, a, b):
        self.total = a + b


try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(e, "|", repr(e), "|", e.args, e.field, e.message, e.__dict__)
e = NoInit("bad", 42)
print(str(e), repr(e), e.args, isinstance(e, ValueError), isinstance(e, Exception))
k = KeepsArgs(2, 3)
print(k.args, k.total, str(k), repr(k))
print(str(NoInit()), repr(NoInit()), NoInit.__mro__)
try:
    NoInit("x", code=1)
except TypeError as err:
    print("TypeError:", err)
e.args = ("changed",)
e.note = "attr"
print(e, e.note, e.args)
