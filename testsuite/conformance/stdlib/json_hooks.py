# json.loads hooks: object_hook, object_pairs_hook (wins over object_hook), parse_float/int/constant, strict, cls
import json


def as_point(d):
    if set(d) == {"x", "y"}:
        return ("point", d["x"], d["y"])
    return d


doc = '{"a": {"x": 1, "y": 2}, "b": [{"x": 3, "y": 4}, {"z": 5}], "c": {}}'
print(json.loads(doc, object_hook=as_point))
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_pairs_hook=lambda pairs: ("pairs", len(pairs)), object_hook=as_point))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))

calls = []


def parse_float(text):
    calls.append(("float", text))
    return round(float(text), 1)


def parse_int(text):
    calls.append(("int", text))
    return int(text) * 10


def parse_constant(name):
    calls.append(("constant", name))
    return name.lower()


print(json.loads("[1, 2.25, -3, 4e2, 5.0E-1, NaN, Infinity, -Infinity]",
                 parse_float=parse_float, parse_int=parse_int, parse_constant=parse_constant))
print(calls)
print(json.loads("[1.5, 2]", parse_float=str, parse_int=str))
print(json.loads("[1.5, 2]", parse_float=float, parse_int=int))


def refuse(name):
    raise ValueError(f"constant {name} is not allowed")


try:
    json.loads('{"v": NaN}', parse_constant=refuse)
except ValueError as e:
    print("ValueError:", e)

print(repr(json.loads('"tab\there\x01"', strict=False)))
try:
    json.loads('"tab\there"', strict=True)
except json.JSONDecodeError as e:
    print(e)


class UpperKeys(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=self.upper, **kw)

    def upper(self, pairs):
        return {k.upper(): v for k, v in pairs}


print(json.loads('{"a": {"b": 1}}', cls=UpperKeys))
print(json.loads('{"a": "x\ty"}', cls=UpperKeys, strict=False))
decoder = json.JSONDecoder(object_hook=as_point, parse_int=float)
print(decoder.decode('[{"x": 1, "y": 2}, 3]'))
print(decoder.object_hook is as_point, decoder.parse_int is float, decoder.parse_float is float, decoder.strict)

json.loads('{"ok": 1, "bad": NaN}', parse_constant=refuse)
