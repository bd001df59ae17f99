# Subclasses of list and dict keep the built-in behaviour (indexing, len, iteration, comparison, methods),
# add methods and attributes, reach the built-in methods through super(), and dict subclasses may define
# __missing__.
class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack" + super().__repr__()


s = Stack([1, 2])
s.push(3)
s.name = "numbers"
print(s, len(s), s.peek(), s.pop(), s, s == [1, 2], s.name, isinstance(s, list))
print(s + [9], [x * 2 for x in s], sorted(Stack([3, 1, 2])), type(s[0:1]).__name__, Stack.__mro__)


class Tally(dict):
    def __missing__(self, key):
        return 0

    def add(self, key):
        self[key] += 1


t = Tally()
for ch in "banana":
    t.add(ch)
print(t, t["z"], "z" in t, len(t), sorted(t.items()), t.get("q", "none"))


class AttrDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.frozen = False

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


cfg = AttrDict({"host": "localhost"}, port=8080)
print(cfg.host, cfg.port, cfg.frozen, cfg, {**cfg, "debug": True}, cfg == {"host": "localhost", "port": 8080})
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(Stack())
except TypeError as e:
    print("TypeError:", e)
try:
    Tally(1, 2)
except TypeError as e:
    print("TypeError:", e)
