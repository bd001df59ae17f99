# An exception raised while handling another inside methods chains __context__; both tracebacks print.
class Cache:
    def __init__(self):
        self.data = {}

    def get(self, key):
        try:
            return self.data[key]
        except KeyError:
            return self.fallback(key)

    def fallback(self, key):
        raise RuntimeError(f"no fallback for {key}")


c = Cache()
c.data["a"] = 1
print(c.get("a"))
try:
    c.get("b")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
c.get("z")
