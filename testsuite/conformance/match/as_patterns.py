# As-patterns bind the value the sub-pattern matched.


def f(v):
    match v:
        case [int() as a, str() as b] as whole:
            return f"{a} {b} {whole}"
        case {"k": [1, *_] as lst} as d:
            return f"list {lst} in {d}"
        case (1 | 2) as n:
            return f"n={n}"
        case ((x, y) as pair) as outer:
            return f"pair {pair} {x} {y} {outer is pair}"
        case _:
            return "no"


for v in [[1, "a"], {"k": [1, 2]}, 2, (3, 4), "q"]:
    print(f(v))
