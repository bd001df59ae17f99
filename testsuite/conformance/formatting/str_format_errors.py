# str.format errors: missing indexes and keys, mixed numbering, bad conversions and unbalanced braces.
cases = [("{} {}", (1,), {}), ("{1}", ("a",), {}), ("{name}", (), {}), ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}),
         ("{!x}", (1,), {}), ("{", (), {}), ("}", (), {}), ("{0", (1,), {}), ("a}b", (), {}), ("{0.missing}", (1,), {}),
         ("{0[5]}", ([1],), {}), ("{0[k]}", ({},), {}), ("{0!}", (1,), {}), ("{:d}", ("s",), {}), ("{0[}", ([1],), {}),
         ("{:x}", (1.5,), {}), ("{0:{1}}", (1,), {}), ("{:>{}}", ("a",), {}), ("{0.}", (1,), {}), ("{!r", (1,), {})]
for fmt, args, kwargs in cases:
    try:
        print(repr(fmt), fmt.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
