# JSONDecoder.raw_decode: documents followed by other text, start index, several documents in one string
import json

decoder = json.JSONDecoder()
print(decoder.raw_decode('{"a": 1} trailing text'))
print(decoder.raw_decode("[1, 2]   [3]"))
print(decoder.raw_decode('xx "str" yy', 3))
print(decoder.raw_decode("12345", 2))
print(decoder.raw_decode("true"), decoder.raw_decode("nullx"))

stream = '{"id": 1} {"id": 2}\n[3, 4]  "five" 6.5 null'
pos = 0
while True:
    while pos < len(stream) and stream[pos] in " \n":
        pos += 1
    if pos == len(stream):
        break
    value, pos = decoder.raw_decode(stream, pos)
    print("document:", value, "ends at", pos)

for text, idx in [("  [1]", 0), ("[1]", 5), ("[1]", 3), ("abc", 0)]:
    try:
        print(decoder.raw_decode(text, idx))
    except json.JSONDecodeError as e:
        print(repr(text), idx, "->", e)
try:
    decoder.raw_decode("[1]", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    decoder.decode("[1] [2]")
except json.JSONDecodeError as e:
    print(e.msg, e.pos)
print(decoder.decode("  \n [1, {}] \t "))
decoder.decode('{"a": 1} extra')
