# copy of standard types: exceptions with args and attributes, bound methods, functions and classes
# (returned as they are), namedtuple, deque with maxlen, defaultdict, OrderedDict, Counter
import copy
from collections import namedtuple, deque, defaultdict, OrderedDict, Counter

err = ValueError("bad value", [42])
e2 = copy.copy(err)
e3 = copy.deepcopy(err)
print(type(e2).__name__, e2.args, e2.args[1] is err.args[1], e3.args[1] is err.args[1], e3.args == err.args, e3 is not err)


class AppError(Exception):
    def __init__(self, code, msg="failed"):
        super().__init__(code, msg)
        self.code = code


ae = AppError(7)
ae.note = ["extra"]
ae2 = copy.copy(ae)
ae3 = copy.deepcopy(ae)
print(type(ae3).__name__, ae3.args, ae3.code, str(ae3), ae2.note is ae.note, ae3.note is ae.note, ae3.note)


class Counter2:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


def helper():
    return "helper"


c = Counter2()
bump = c.bump
bump_copy = copy.copy(bump)
bump_deep = copy.deepcopy(bump)
print(bump_copy() , c.n, bump_deep(), c.n, bump_deep.__self__ is c, bump_copy.__self__ is c)
print(copy.copy(helper) is helper, copy.deepcopy(helper) is helper, copy.deepcopy(Counter2) is Counter2)
print(copy.deepcopy(lambda: 1)() == 1, copy.deepcopy([helper, len])[0] is helper, copy.copy(print) is print)

Point = namedtuple("Point", "x y")
p = Point([1], 2)
pc, pd = copy.copy(p), copy.deepcopy(p)
print(pc, pd, type(pd).__name__, pc.x is p.x, pd.x is p.x)

dq = deque([[1], [2]], maxlen=3)
dqc, dqd = copy.copy(dq), copy.deepcopy(dq)
print(dqc, dqd, dqd.maxlen, dqc[0] is dq[0], dqd[0] is dq[0])

dd = defaultdict(list)
dd["a"].append(1)
ddc, ddd = copy.copy(dd), copy.deepcopy(dd)
ddd["b"].append(2)
print(ddc, ddd, ddc["a"] is dd["a"], ddd["a"] is dd["a"], ddd.default_factory is list)

od = OrderedDict([("z", [1]), ("a", [2])])
odc, odd = copy.copy(od), copy.deepcopy(od)
print(odc, odd, list(odd), odc["z"] is od["z"], odd["z"] is od["z"])

cnt = Counter("mississippi")
cc = copy.deepcopy(cnt)
cc["m"] += 10
print(type(cc).__name__, cc.most_common(2), cnt["m"])

state = {"errors": [ae], "queue": dq, "points": [p, p]}
clone = copy.deepcopy(state)
print(clone["points"][0] is clone["points"][1], clone["errors"][0].note, clone["queue"] == dq)
ae.note.append("later")
print(clone["errors"][0].note, ae.note)

fs = frozenset({(1, 2), "x"})
st = {frozenset({1}), 2}
sl = slice(1, [2], None)
print(copy.deepcopy(fs) == fs, copy.deepcopy(st) == st, copy.deepcopy(sl) == sl, copy.deepcopy(sl).stop is sl.stop)


class Factory(defaultdict):
    pass


fd = Factory(int, a=1)
fd.extra = "lost"
fdc = copy.copy(fd)
print(type(fdc).__name__, fdc, hasattr(fdc, "extra"))
