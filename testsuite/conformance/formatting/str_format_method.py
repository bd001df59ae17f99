# str.format: automatic and explicit positional fields, named fields, indexing, attributes, braces and specs.
class P:
    def __init__(self):
        self.x = 1
        self.tags = ["a", "b"]
p = P()
print("{} {} {}".format(1, "two", 3.0), "{1} {0} {1}".format("a", "b"), "{name}-{n}".format(name="x", n=5))
print("{0[1]} {0[0]} {d[key]} {d[2]}".format([10, 20], d={"key": "v", 2: "int-key"}), "{0.x} {0.tags[1]}".format(p))
print("{{}} {{{0}}} {{0}}".format(7), "{:>6}|{:<6}|{:^6}|{:*^7}".format("a", "b", "c", "d"), "{!r:>8}".format("q"))
print("{0:{1}.{2}f}".format(3.14159, 10, 3), "{:{}}".format("x", 4) + "|", "{:{w}}|".format(5, w=3), "{0:,} {0:_x}".format(10 ** 7))
print("{} {}".format(*["a", "b"]), "{a}{b}".format(**{"a": 1, "b": 2}), "{0}{0}{0}".format("ab"), "{0!s:5}|{0!a}".format("é"))
print("{:%}".format(0.25), "{:.1%}".format(1 / 3), "{:e}".format(12345.678), "{:g}".format(1e-5), "{:+d}".format(5))
print("{0[-1]}".format({"-1": "neg-key"}), "{:}".format(3), "{0:}".format("e"), "{}".format([1, "a"]))
print("中文{}".format("字"), "{:中^7}".format("x"), "{:>4}".format("中文"))
