# except* clauses each take the matching part of an exception group; the unmatched rest is raised on.
def handle(eg):
    try:
        raise eg
    except* ValueError as e:
        print("values:", repr(e), [str(x) for x in e.exceptions])
    except* TypeError as e:
        print("types:", repr(e))


handle(ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c")]))
handle(ExceptionGroup("nested", [ExceptionGroup("inner", [ValueError("x")]), TypeError("y")]))
try:
    raise KeyError("naked")
except* KeyError as e:
    print("naked error wrapped:", repr(e))
try:
    try:
        raise ExceptionGroup("mixed", [ValueError("v"), OSError("o")])
    except* ValueError:
        print("handled the values")
except ExceptionGroup as rest:
    print("left over:", repr(rest))
try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise RuntimeError("replacement")
except ExceptionGroup as eg:
    print("raised from a handler:", repr(eg))
