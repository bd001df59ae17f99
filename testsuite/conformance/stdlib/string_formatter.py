# string.Formatter: format and vformat as str.format does, parse(), get_field, the overridable steps, and the errors
import string

f = string.Formatter()
print(f.format("{0} {1} {0}", "a", "b"), f.format("{} {}", 1, 2), f.format("{x}-{y!r}", x=1, y="y"))
print(f.format("{0:>{1}}|{2:.{3}f}", "pad", 6, 3.14159, 2))
print(f.format("{:{}}{}", "a", 5, "b"))
print(f.format("{p.real} {d[key]} {d[0]} {l[1]}", p=3, d={"key": "v", 0: "zero"}, l=[7, 8]))
print(f.format("{0!r} {0!s} {0!a}", "é"))
print(f.format("{{literal}} {0}", "x"), f.format("no fields"), f.format(""))
print(f.vformat("{} and {name}", ("pos",), {"name": "kw"}))
print(list(f.parse("a{b!r:>5}c{{d}}e{}{0[x].y}")))
print(list(f.parse("{!r}{:}{0!s:{w}}")))
print(f.get_field("0.real", (5,), {}), f.get_field("k[1]", (), {"k": "xyz"}))
print(f.get_value(0, ("first",), {}), f.get_value("n", (), {"n": "named"}))
print(f.convert_field("x", None), f.convert_field("x", "r"), f.format_field(3.5, "08.2f"))

for fmt, args, kwargs in [("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{0:{1:{2:{3}}}}", (1, 2, 3, 4), {}),
                          ("{0!x}", (1,), {}), ("{0[}", (1,), {}), ("{0.}", (1,), {}), ("{0[0]x}", ([1],), {}),
                          ("{1}", (1,), {}), ("{a}", (), {}), ("{99999999999999999999}", (1,), {}), ("{", (), {}),
                          ("}", (), {}), ("{0!", (1,), {}), ("{0!rx}", (1,), {}), ("{0:{}", (1,), {}),
                          ("{a{b}", (), {}), ("{[0]}", ([7],), {}), ("{0.missing}", (1,), {}), ("{0[0}", ([1],), {})]:
    try:
        print(repr(fmt), "->", repr(f.vformat(fmt, args, kwargs)))
    except (ValueError, KeyError, IndexError, AttributeError) as e:
        print(repr(fmt), "->", type(e).__name__, e)


class Strict(string.Formatter):
    def get_value(self, key, args, kwargs):
        print("  get_value", repr(key))
        return super().get_value(key, args, kwargs)

    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError(f"unused arguments: {sorted(unused)}")

    def format_field(self, value, format_spec):
        print("  format_field", repr(value), repr(format_spec))
        return super().format_field(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)


s = Strict()
print(s.format("{0}-{x!u}-{1:>{2}}", "a", "b", 4, x="up"))
try:
    s.format("{x}", x=1, y=2)
except ValueError as e:
    print("ValueError:", e)
try:
    f.format(42)
except TypeError as e:
    print("TypeError:", e)
f.format("{0} and {missing}", "given")
