# ValueErrors and TypeErrors for invalid format specs on int, float, str and other types.
cases = [(1.5, "d"), (1, "s"), ("a", "d"), ("a", "+"), ("a", " "), ("a", ","), ("a", "#"), ("a", "="), ("a", "=10"),
         (1, ".2d"), (1, ".2x"), (1, ",c"), (65, "+c"), (1.0, ",d"), (1, "z"), (1.0, "q"), ("a", "x"), (1, ",_"), (1, "_,"),
         (1, "#c"), (1.5, "c"), (1.5, "#,x"), (1, ".f"), (1.5, "."), ("a", ".s"), ([], "x"), (None, "d"), (1, "10000000000000000000000"),
         (1, "e."), (1, "<<"), ((1, 2), ">5"), (True, "s"), (1, "n,"), (-1, "c"), (2 ** 40, "c"), (1.0, "_n")]
for v, spec in cases:
    try:
        print(repr(v), repr(spec), repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(v), repr(spec), type(e).__name__, e)
