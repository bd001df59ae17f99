# collections' classes written in Python over the ABCs: ChainMap, UserDict and UserList, their mixins from
# MutableMapping/MutableSequence, and their errors.
import collections
from collections import ChainMap, UserDict, UserList
from collections.abc import MutableMapping, MutableSequence

defaults = {"color": "red", "size": 1}
user = {"size": 3}
cm = ChainMap(user, defaults)
print(cm, cm["size"], cm["color"], len(cm), list(cm), sorted(cm.items()), "color" in cm, cm.get("x", 0))
cm["shape"] = "round"
print(user, cm.maps[0] is user, bool(ChainMap()), bool(ChainMap({})), ChainMap())
child = cm.new_child()
child["size"] = 9
print(child, child.parents, child["size"], cm["size"], child.new_child({"a": 1}, b=2).maps[0])
print(cm | {"size": 0}, {"extra": 1} | cm, ChainMap.fromkeys("ab", 0), cm.copy().maps[1] is defaults)
cm |= {"added": True}
print(cm.maps[0], isinstance(cm, MutableMapping), cm == {"size": 3, "color": "red", "shape": "round", "added": True})
print(cm.pop("added"), cm.pop("nothing", "dflt"), cm.popitem(), cm)
loop = ChainMap({})
loop.maps[0]["self"] = loop
print(loop)
for bad in (lambda: cm.__delitem__("color"), lambda: cm.pop("color"), lambda: ChainMap().popitem(),
            lambda: cm["missing"], lambda: cm | 3):
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
cm.clear()
print(cm, len(cm))


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


class WithDefault(UserDict):
    def __missing__(self, key):
        return f"<{key}>"


d = LowerDict({"A": 1}, B=2)
d.update(C=3)
print(d, len(d), d["a"], "b" in d, d.get("Z"), type(d.copy()).__name__, d.copy(), d | {"D": 4}, {"E": 5} | d)
print(WithDefault(x=1)["y"], UserDict.fromkeys("xy", 0), UserDict(a=1) == {"a": 1}, isinstance(d, MutableMapping))
d |= {"F": 6}
print(d, d.pop("F"), d.setdefault("G", 7), d.popitem(), d.data)
try:
    UserDict()["nope"]
except KeyError as e:
    print("KeyError", e)

ul = UserList([3, 1, 2])
ul.append(5)
ul.extend(UserList([0]))
ul += (9,)
print(ul, len(ul), ul[1:3], type(ul[1:3]).__name__, ul[0], ul + [1], [1] + ul, ul * 2, 2 * UserList([7]))
ul.sort()
print(ul, ul.index(5), ul.count(1), ul.pop(), ul.pop(0), 3 in ul, ul == [1, 2, 3, 5], ul < [9], ul.copy())
ul.reverse()
ul.insert(1, 4)
ul.remove(2)
del ul[0]
ul *= 2
print(ul, list(reversed(ul)), isinstance(ul, MutableSequence), UserList("ab"), UserList(), UserList(ul) == ul)
ul.clear()
print(ul)
UserList([1]).remove(2)
