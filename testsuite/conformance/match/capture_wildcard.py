# Capture and wildcard patterns; match and case stay usable as names.
match = [1, 2]
case = "case"
print(match, case)


def first(v):
    match v:
        case [x, _]:
            return x
        case x:
            return ("whole", x)


print(first([10, 20]), first("ab"), first(5))

match match:
    case [case, _]:
        print("case is now", case)

match 42:
    case _:
        print("wildcard matched")
    # A wildcard binds nothing.
try:
    _
except NameError as e:
    print("NameError:", e)

match (1, 2):
    case (a, b):
        pass
print("bound after the statement:", a, b)


def case(match):
    return match * 2


print(case(21))
