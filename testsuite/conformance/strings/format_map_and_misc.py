# str.format_map with dicts, str multiplication and comparison, ord ranges and the in operator on text.
print("{name} is {age}".format_map({"name": "Ann", "age": 3}), "{x[0]}".format_map({"x": [7]}))
try:
    "{missing}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
text = "春眠不觉晓，处处闻啼鸟。"
print(len(text), text[:4], text[5:-1], text.find("处"), text.count("处"), text.split("，"), text.replace("。", "!"))
print(text.startswith("春眠"), text.endswith("。"), "啼鸟" in text, text.index("鸟"), list(text[:3]), text.center(16, "~"))
print(sorted("cabé"), "abc" * True, "é" > "e", "Z" < "a", max(["apple", "Apple", "banana"]), min("hello world"))
s = "x"
s += "y"
s *= 3
print(s, len(s), s.upper().lower(), s[::-2], repr(s[5:1]), s.rindex("x"))
