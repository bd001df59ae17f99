# JSONEncoder: subclasses with default(), default=, iterencode's pieces, encode, cls=, overriding iterencode
import json


class Money:
    def __init__(self, cents):
        self.cents = cents


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return {"cents": o.cents}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"price": Money(250), "tags": {"b", "a"}}, cls=Encoder))
print(Encoder(indent=2, sort_keys=True).encode({"price": Money(5), "ids": {3, 1, 2}}))
print(json.dumps([Money(1)], default=lambda o: f"<{o.cents}c>"))
print(json.JSONEncoder().encode({"foo": ["bar", "baz"]}))
print(json.JSONEncoder().encode("é\n"), json.JSONEncoder(ensure_ascii=False).encode("é\n"))
try:
    json.dumps({"when": object()}, cls=Encoder)
except TypeError as e:
    print("TypeError:", e)

value = {"a": [1, 2.5, {"b": None}], "c": "d", "e": [], "f": {}, "g": [[1, [True]]]}
print(list(json.JSONEncoder().iterencode(value)))
print(list(json.JSONEncoder(indent=2).iterencode(value)))
print(list(json.JSONEncoder(sort_keys=True, separators=(",", ":")).iterencode({"z": [1], "a": "x"})))
print(list(json.JSONEncoder().iterencode("text")), list(json.JSONEncoder().iterencode(7)))
print(list(json.JSONEncoder(default=lambda o: [o.cents, "x"]).iterencode([Money(9), 2])))
pieces = json.JSONEncoder(allow_nan=False).iterencode([1, 2, float("nan")])
print(next(pieces), next(pieces))
try:
    next(pieces)
except ValueError as e:
    print("ValueError:", e)


class Shouting(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()


print(Shouting().encode({"quiet": ["words"]}))
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)
encoder = json.JSONEncoder(indent=4)
print(repr(encoder.item_separator), repr(encoder.key_separator), encoder.indent, encoder.sort_keys)
print(json.JSONEncoder, Encoder.__mro__)
print(json.dumps([Money(3)], cls=Encoder, check_circular=False))

json.JSONEncoder().default(Money(1))
