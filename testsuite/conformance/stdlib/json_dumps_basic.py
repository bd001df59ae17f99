# json.dumps: every JSON type, nesting, indent (int, string, 0), separators, sort_keys, ensure_ascii, float reprs
import json

data = {
    "name": "pyco",
    "tags": ["async", "c++", "python"],
    "version": (3, 11),
    "ok": True,
    "missing": None,
    "ratio": 0.1 + 0.2,
    "nested": {"empty_list": [], "empty_dict": {}, "deep": [[1, [2, [3]]]]},
}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps([1, {"a": [2, 3]}], indent=0))
print(json.dumps([1, {"a": [2, 3]}], indent=-1))
print(json.dumps(data["nested"], separators=(",", ":")))
print(json.dumps({"b": 1, "a": [1, 2]}, indent=3, separators=(" ,", " = ")))
print(json.dumps({"z": 1, "a": 2, "m": {"y": 0, "b": 1}}, sort_keys=True))

# Numbers: floats print as float.__repr__, ints of any size exactly.
print(json.dumps([1e16, 1.5, -0.0, 1e-7, 5e-324, 1.7976931348623157e308, 100.0, 1e22, 123456789.0, 1 / 3]))
print(json.dumps([2 ** 100, -(2 ** 70), 0, -1]))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))

# Keys: str, int, float, bool and None become strings.
print(json.dumps({1: "int", 2.5: "float", True: "true", None: "null", False: "false", -3: "neg"}))

# Strings: escapes, and non-ASCII characters with and without ensure_ascii.
text = 'quote " backslash \\ newline \n tab \t nul \x00 unit \x1f del \x7f é € 😀 \u2028 /'
print(json.dumps(text))
print(json.dumps(text, ensure_ascii=False))
print(json.dumps({"clé": ["ñ", "ü"]}, ensure_ascii=False, indent=1))
print(json.dumps("\ud800 lone surrogate"))
print(json.dumps(""), json.dumps("plain"), json.dumps([]), json.dumps({}), json.dumps(()))
print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(42), json.dumps(4.25))

# The same object twice is no cycle.
shared = [1, 2]
print(json.dumps({"a": shared, "b": [shared, shared]}))
