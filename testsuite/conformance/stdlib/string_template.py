# string.Template: substitute and safe_substitute ($name, ${name}, $$), a custom delimiter, get_identifiers,
# is_valid, and the errors of missing keys and invalid placeholders; one uncaught
import string
from string import Template

t = Template("$who likes ${what}s and costs $$$price.")
print(t.substitute(who="tim", what="kung pao", price=10))
print(t.substitute({"who": "ann", "what": "tea", "price": 2}))
print(t.substitute({"who": "ann", "what": "tea", "price": 2}, who="bob"))
print(t.safe_substitute(who="sam"))
print(t.safe_substitute())
print(t.template, Template.delimiter, Template.idpattern, Template.braceidpattern)
print(t.get_identifiers(), t.is_valid())

bad = Template("ok $name but $ and ${unclosed and $9")
print(bad.safe_substitute(name="N"))
print(bad.get_identifiers(), bad.is_valid())
for template, mapping in [("$missing", {}), ("${x} and $y", {"x": 1}), ("trailing $", {}),
                          ("line one\nline two $ bad", {}), ("${ spaced }", {}), ("$__x1 $_", {"__x1": "u", "_": "v"}),
                          ("${a}${b}$a$b", {"a": "A", "b": "B"}), ("$a.b $a_b", {"a": 1, "a_b": 2}), ("$é", {})]:
    try:
        print(repr(template), "->", repr(Template(template).substitute(mapping)))
    except KeyError as e:
        print(repr(template), "-> KeyError", e)
    except ValueError as e:
        print(repr(template), "-> ValueError", e)


class Percent(Template):
    delimiter = "%"


p = Percent("%name has %% of %{thing}")
print(p.substitute(name="disk", thing="space"), p.get_identifiers())


class Multi(Template):
    delimiter = "<<"


m = Multi("<<a and <<<<a and <<{b} and << end")
print(m.safe_substitute(a=1, b=2), m.is_valid())
try:
    m.substitute(a=1, b=2)
except ValueError as e:
    print("ValueError:", e)


class Lookup(dict):
    def __missing__(self, key):
        return f"<{key}?>"


print(Template("$known and $unknown").substitute(Lookup(known="yes")))
print(Template("$x").substitute(x=[1, 2]), Template("$x").substitute(x=None))
try:
    Template("$x").substitute({}, {})
except TypeError as e:
    print("TypeError:", e)

Template("Dear $title $surname,").substitute(title="Dr")
