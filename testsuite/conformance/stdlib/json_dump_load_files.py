# json.dump and json.load with file-like objects: dump writes iterencode's pieces, load reads the whole text
import json


class Sink:
    def __init__(self):
        self.writes = []

    def write(self, text):
        self.writes.append(text)

    def getvalue(self):
        return "".join(self.writes)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


config = {"servers": [{"host": "a", "port": 80}, {"host": "b", "port": 8080}], "debug": False}
sink = Sink()
json.dump(config, sink)
print(sink.writes)
print(sink.getvalue())
sink = Sink()
json.dump(config, sink, indent=2, sort_keys=True)
print(sink.getvalue())
print(len(sink.writes))
print(json.load(Source(sink.getvalue())))
print(json.load(Source('{"a": [1, {"b": 2}]}'), object_pairs_hook=list))
print(json.load(Source(b'[1, 2, 3]')))

partial = Sink()
try:
    json.dump([1, 2, float("nan"), 4], partial, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(partial.writes)

json.load(Source("[1, 2"))
