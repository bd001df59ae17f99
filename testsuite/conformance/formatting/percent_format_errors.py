# printf-style % formatting errors: argument count, types, mapping keys and bad conversion characters.
cases = [("%s %s", ("a",)), ("%s", ("a", "b")), ("%d", "x"), ("%d", (None,)), ("%(k)s", ("t",)), ("%(k)s", {"j": 1}),
         ("%z", (1,)), ("%", (1,)), ("%c", ("ab",)), ("%c", (-1,)), ("%x", (1.5,)), ("%f", ("1",)), ("%s %(k)s", {"k": 1}),
         ("no fields", (1,)), ("no fields", 5), ("%*d", ("a", 1)), ("%.*f", (1,)), ("%(k", {"k": 1}), ("%i", ([],)),
         ("%c", (1114112,)), ("%o", ("s",))]
for fmt, args in cases:
    try:
        print(repr(fmt), fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("no fields" % {"k": 1}, "no fields" % [], "%s" % {"k": 1}, "%s" % [])
