# except clauses are tried in order; else runs only without an exception; the name is unbound afterwards.
def check(x):
    try:
        r = 10 // x
    except (TypeError, ValueError) as e:
        print("type or value:", e)
    except ZeroDivisionError as e:
        print("zero:", e)
    else:
        print("result", r)
    finally:
        print("done", x)


check(2)
check(0)
check("a")
try:
    raise IndexError("x")
except IndexError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)
