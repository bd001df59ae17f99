# find/rfind/index/rindex with start and end (also negative and out of range), and index's ValueError.
s = "hello world, hello there"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.rfind("hello", 0, 10), s.find("xyz"), s.rfind("xyz"))
print(s.find("o", -5), s.find("o", 5, 8), s.find("", 3), s.find("", 100), s.rfind(""), s.find("h", -100), s.find("e", 1, -1))
print(s.index("world"), s.rindex("o"), s.index("e", 2), "abc".find("c", None, None), "abc".find("c", 1, None))
print("你好世界你好".find("世界"), "你好世界你好".rfind("你好"), "你好世界你好".index("好", 2), "naïve café".find("é"))
for args in [("xyz",), ("hello", 1, 5), ("h", 100)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
print("a" in s, "world" in s, "" in s, "World" in s, "好" in "你好")
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
