# partition/rpartition with present, absent and repeated separators, and the empty-separator error.
for s in ["key=value", "key=value=more", "novalue", "=start", "end=", ""]:
    print(s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "数据:值".partition(":"))
for sep in ["", None]:
    try:
        print("abc".partition(sep))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc".rpartition("")
except ValueError as e:
    print(type(e).__name__, e)
