# json.loads: every JSON type, whitespace, numbers, string escapes and surrogate pairs, bytes input, duplicate keys
import json

doc = """
{
  "name": "pyco",
  "list": [1, 2.5, -3, 4e2, -1.5E-3, 0, -0, 1.0],
  "flags": {"yes": true, "no": false, "none": null},
  "nested": [[], {}, [[{}]], {"a": {"b": [null]}}]
}
"""
value = json.loads(doc)
print(value)
print(sorted(value), type(value["list"][3]).__name__, type(value["list"][6]).__name__)
print(json.loads("  \t\r\n [ 1 , 2 ]  \n"))
print(json.loads("123456789012345678901234567890"), json.loads("-0.0"), json.loads("1e400"), json.loads("-1e400"))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads("0.1"), json.loads("1E+2"), json.loads("2.5e-3"), json.loads('"\\u00e9"'))
print(json.loads(r'"\" \\ \/ \b \f \n \r \t"'))
print(ascii(json.loads(r'"\ud83d\ude00 \ud83d x \ude00\ud83d \ud83d\u0041"')))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads('{"": ""}'), json.loads('[""]'), json.loads('"only a string"'))
print(json.loads('"é and 😀 unescaped"'))
print(json.loads(b'{"bytes": [1, 2]}'), json.loads(b'\xef\xbb\xbf["with BOM"]'), json.loads(b'"caf\xc3\xa9"'))
print(json.detect_encoding(b'{}'), json.detect_encoding(b'\xef\xbb\xbf{}'), json.detect_encoding(b'{\x00}\x00'))
parsed = json.loads('{"k1": "v", "k2": "v"}')
print(list(parsed.items()))

# A round trip gives back what went in (tuples come back as lists).
original = {"ints": [1, -2, 2 ** 64], "floats": [0.5, 1e-10, 3.141592653589793], "text": "line\nbreak", "t": (1, 2)}
print(json.loads(json.dumps(original)))
print(json.loads(json.dumps(original, indent=4, sort_keys=True)) == json.loads(json.dumps(original)))
