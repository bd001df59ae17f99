# copy.copy and copy.deepcopy of containers and plain instances: what is shared and what is new,
# immutables returned as themselves, shared references kept shared, cycles, an explicit memo, __slots__
import copy

nested = [1, [2, 3], {"k": [4]}, (5, [6]), "s"]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1], shallow[2] is nested[2])
print(deep == nested, deep[1] is nested[1], deep[2]["k"] is nested[2]["k"], deep[3] is nested[3], deep[4] is nested[4])
nested[1].append(99)
print(shallow[1], deep[1])

for x in (None, 1, 2.5, True, "str", b"bytes", (1, 2), frozenset({1}), range(3), slice(1, 2), len, Ellipsis, int):
    print(type(x).__name__, copy.copy(x) is x, copy.deepcopy(x) is x)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy(((), (1, "a"))) == ((), (1, "a")))
print(copy.deepcopy((1, (2, "x"))) is not None, copy.copy(t) is t)

s = {1, 2, 3}
d = {"a": [1], "b": {2: 3}}
print(copy.copy(s) == s, copy.copy(s) is s, copy.copy(d)["a"] is d["a"], copy.deepcopy(d)["a"] is d["a"])

shared = [0]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is shared)

cycle = [1, 2]
cycle.append(cycle)
cc = copy.deepcopy(cycle)
print(cc[2] is cc, cc is not cycle, repr(cc))
dcycle = {"name": "root"}
dcycle["self"] = dcycle
dc = copy.deepcopy(dcycle)
print(dc["self"] is dc, dc is not dcycle)
tcycle = ([],)
tcycle[0].append(tcycle)
tc = copy.deepcopy(tcycle)
print(tc is not tcycle, tc[0][0] is tc, tc[0] is not tcycle[0])

memo = {}
a = [1, 2]
first = copy.deepcopy([a, a], memo)
print(id(a) in memo, memo[id(a)] == [1, 2], first[0] is memo[id(a)])
again = copy.deepcopy(a, memo)
print(again is first[0])
preset = {id(a): "replaced"}
print(copy.deepcopy([a, 3], preset))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ["p"]

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append("changed")
print(p2, p3, type(p3).__name__, p2.tags is p.tags, p3.tags is p.tags)


class Slotted:
    __slots__ = ("a", "b", "secret")

    def __init__(self):
        self.a = [1]
        self.secret = "hidden"


class MoreSlots(Slotted):
    __slots__ = ("c",)


m = MoreSlots()
m.c = {"c": 1}
mc = copy.copy(m)
md = copy.deepcopy(m)
print(mc.a is m.a, md.a is m.a, md.a, md.c, md.secret, hasattr(md, "b"))


class Tree:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


root = Tree("root")
Tree("a", root)
Tree("b", root).children.append(Tree("b1"))
clone = copy.deepcopy(root)
print([ch.name for ch in clone.children], clone.children[0].parent is clone, clone.children[0] is not root.children[0])


class L(list):
    pass


class D(dict):
    pass


lst = L([[1], 2])
lst.extra = "attr"
dd = D(a=[1])
dd.flag = True
lc, ldc, dc2 = copy.copy(lst), copy.deepcopy(lst), copy.deepcopy(dd)
print(type(lc).__name__, lc, lc.extra, lc[0] is lst[0], ldc[0] is lst[0], type(dc2).__name__, dc2, dc2.flag, dc2["a"] is dd["a"])
