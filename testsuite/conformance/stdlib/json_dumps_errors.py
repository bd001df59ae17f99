# json.dumps errors: unserializable objects, bad keys, skipkeys, allow_nan, circular references; one uncaught
import json


class Opaque:
    pass


def attempt(label, func):
    try:
        print(label, func())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)


attempt("object", lambda: json.dumps(object()))
attempt("nested", lambda: json.dumps({"list": [1, Opaque()]}))
attempt("set", lambda: json.dumps({1, 2}))
attempt("bytes", lambda: json.dumps(b"raw"))
attempt("tuple key", lambda: json.dumps({(1, 2): "pair"}))
attempt("tuple key, indent", lambda: json.dumps({(1, 2): "pair"}, indent=2))
attempt("skipkeys", lambda: json.dumps({"a": 1, (1, 2): 2, "b": 3}, skipkeys=True))
attempt("skipkeys, first", lambda: json.dumps({(1, 2): 2, "b": 3}, skipkeys=True, indent=1))
attempt("mixed keys sorted", lambda: json.dumps({1: "x", "a": "y"}, sort_keys=True))

# allow_nan=False: without indent CPython's C encoder words it shortly, with indent it names the value.
attempt("nan", lambda: json.dumps(float("nan"), allow_nan=False))
attempt("inf in list", lambda: json.dumps([1, float("inf")], allow_nan=False))
attempt("-inf key", lambda: json.dumps({float("-inf"): 1}, allow_nan=False))
attempt("nan, indent", lambda: json.dumps([float("nan")], allow_nan=False, indent=2))
attempt("-inf key, indent", lambda: json.dumps({float("-inf"): 1}, allow_nan=False, indent=2))
attempt("-inf key allowed", lambda: json.dumps({float("-inf"): 1}))

loop = [1]
loop.append(loop)
attempt("circular list", lambda: json.dumps(loop))
attempt("circular list, indent", lambda: json.dumps(loop, indent=1))
me = {"name": "me"}
me["self"] = me
attempt("circular dict", lambda: json.dumps(me))


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


def node_to_json(node):
    return {"value": node.value, "next": node.next}


first = Node(1)
first.next = Node(2)
attempt("chain", lambda: json.dumps(first, default=node_to_json))
first.next.next = first
attempt("circular via default", lambda: json.dumps(first, default=node_to_json))
attempt("unexpected keyword", lambda: json.dumps(1, colour="red"))

print(json.dumps({"when": [1, 2, Opaque()]}))
