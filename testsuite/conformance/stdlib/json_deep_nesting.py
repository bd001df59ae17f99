# Deeply nested JSON: RecursionError with CPython's words for encoding and for decoding arrays and objects
import json

print(len(json.dumps(json.loads("[" * 50 + "]" * 50))))
for text in ["[" * 100000, '{"a":' * 100000]:
    try:
        json.loads(text)
    except RecursionError as e:
        print("RecursionError:", e)

nested = []
for _ in range(100000):
    nested = [nested]
try:
    json.dumps(nested)
except RecursionError as e:
    print("RecursionError:", e)
nested = {}
for _ in range(100000):
    nested = {"k": nested}
try:
    json.dumps(nested)
except RecursionError as e:
    print("RecursionError:", e)

shallow = [[[[[1]]]]]
print(json.dumps(shallow), json.loads(json.dumps(shallow)) == shallow)
