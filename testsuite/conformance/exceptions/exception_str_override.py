# __str__ on an exception class decides the message shown in tracebacks; __repr__ is used by repr().
class HTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"{self.status} {self.reason}"


class Quiet(Exception):
    def __repr__(self):
        return "Quiet!"


e = HTTPError(404, "Not Found")
print(e, repr(e), e.args)
print(str(Quiet("m")), repr(Quiet("m")))
raise HTTPError(500, "Server Error")
