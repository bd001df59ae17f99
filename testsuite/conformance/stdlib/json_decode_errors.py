# JSONDecodeError: CPython's messages and positions (pos, lineno, colno) for malformed documents; one uncaught
import json

documents = [
    "", "   ", "-", "01", "1.", "1.5e", "[1,2", "[1,]", "[,1]", "[1 2]", '{"a":1,}', '{"a" 1}', '{"a":}',
    "{a:1}", "{", "[", "]", "nul", "true false", "-NaN", "infinity", '"abc', '"a\\', '"a\\x"', '"\\u12"',
    '"\\u12G4"', '"\\u1234', '"\\ud83d\\uzzzz"', '"tab\there"', '"new\nline"', '[1]]', '{"a":1}}', "\ufeff[]",
    '{"a":1 "b":2}', "\n\n  [1,\n  x]", "[1,\n\n\n   ]", "\u0663", "[\u0663]", "[-]", '{"a"', '{"a":1', "[\"a\",",
]
for doc in documents:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(ascii(doc), "->", e)
        print("   ", ascii(e.msg), e.pos, e.lineno, e.colno, e.doc == doc)

print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError)
err = json.JSONDecodeError("Custom", "one\ntwo\nthree", 9)
print(err, err.args, err.lineno, err.colno)
try:
    json.loads(42)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads("[1]", bogus=True)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('"\\ud800"', strict=True)
    print("lone surrogate escape accepted")
except ValueError as e:
    print(e)

json.loads('{"config": [1, 2, 3,]}')
