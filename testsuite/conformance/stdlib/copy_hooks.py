# Classes steering copy: __copy__ and __deepcopy__ (with the memo), __getstate__/__setstate__,
# __reduce__ and __reduce_ex__, __getnewargs__ and __getnewargs_ex__; copy.Error; uncopyable objects
import copy


class Config:
    def __init__(self, values):
        self.values = values

    def __copy__(self):
        print("  __copy__")
        return Config(dict(self.values))

    def __deepcopy__(self, memo):
        print("  __deepcopy__ memo is dict:", isinstance(memo, dict))
        new = Config({})
        memo[id(self)] = new
        new.values = copy.deepcopy(self.values, memo)
        return new


cfg = Config({"a": [1]})
c1 = copy.copy(cfg)
c2 = copy.deepcopy(cfg)
print(c1.values == cfg.values, c1.values["a"] is cfg.values["a"], c2.values["a"] is cfg.values["a"])
pair = copy.deepcopy([cfg, cfg])
print(pair[0] is pair[1])


class Connection:
    def __init__(self, host):
        self.host = host
        self.socket = "open socket"

    def __getstate__(self):
        print("  __getstate__")
        state = self.__dict__.copy()
        del state["socket"]
        return state

    def __setstate__(self, state):
        print("  __setstate__", sorted(state))
        self.__dict__.update(state)
        self.socket = "reconnected"


conn = Connection("db")
for f in (copy.copy, copy.deepcopy):
    c = f(conn)
    print(c.host, c.socket)


class Falsy:
    def __init__(self):
        self.n = 1

    def __getstate__(self):
        return 0

    def __setstate__(self, state):
        print("  never called for a false state")


print(copy.copy(Falsy()).__dict__)


class Rebuilt:
    def __init__(self, a, b=0):
        print("  __init__", a, b)
        self.a, self.b = a, b

    def __reduce__(self):
        return (Rebuilt, (self.a, self.b))


r = copy.deepcopy(Rebuilt([1], 2))
print(r.a, r.b)


class Global:
    def __reduce__(self):
        return "Global"


g = Global()
print(copy.copy(g) is g, copy.deepcopy(g) is g)


class Items(list):
    def __reduce_ex__(self, protocol):
        print("  __reduce_ex__", protocol)
        return (Items, (), {"note": "state"}, iter(self), None)


it = copy.deepcopy(Items([1, [2]]))
print(type(it).__name__, it, it.note)


class Frozen:
    def __new__(cls, value, *, scale=1):
        self = super().__new__(cls)
        self.value = value * scale
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __getnewargs_ex__(self):
        return (self.value,), {"scale": 1}


class Pos:
    def __new__(cls, x, y):
        self = super().__new__(cls)
        self.xy = (x, y)
        return self

    def __getnewargs__(self):
        print("  __getnewargs__")
        return self.xy


print(copy.copy(Frozen(3, scale=2)).value, copy.deepcopy(Frozen(5)).value)
pos = copy.copy(Pos(1, 2))
print(type(pos).__name__, pos.xy)


class Bad:
    def __reduce__(self):
        raise copy.Error("un(deep)copyable object of type Bad")


print(issubclass(copy.Error, Exception), copy.error is copy.Error, copy.__all__)
try:
    copy.copy(Bad())
except copy.Error as e:
    print("Error:", e)
for thing in ((x for x in ()), (y for y in "ab")):
    try:
        copy.deepcopy(thing)
        print("copied", type(thing).__name__)
    except TypeError as e:
        print("TypeError:", e)
copy.deepcopy({"gen": (i for i in range(3))})
