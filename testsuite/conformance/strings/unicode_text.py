# Non-ASCII text: length, indexing, slicing, iteration, reversal and alignment count code points, not bytes.
s = "Python 你好，世界！"
print(len(s), s[7], s[-1], s[7:9], s[::-1], s[::2], s[-3:], s.index("世"), s.upper())
for ch in "中文ab":
    print(ch, ord(ch), hex(ord(ch)), ch * 2)
print(list("你好"), [c for c in "éàü"], "".join(reversed("天地人")), sorted("中文字"), "字" < "文", max("你好世界"))
print(s.center(20, "*"), "|" + "中".ljust(4) + "|", "|" + "中".rjust(4) + "|", f"[{'中文':^8}]", f"[{'中文':>6}]")
e = "emoji 😀 and 𝄞"
print(len(e), e[6], e[-1], e.find("𝄞"), e[6:7] == "😀", repr(e), ascii(e))
print("é" == "e\u0301", len("e\u0301"), "ǅ".lower(), "straße".upper(), len("straße".upper()))
t = "naïve"
print(t[2], t[1:3], t.encode("utf-8"), len(t.encode("utf-8")), list(enumerate(t))[2])
