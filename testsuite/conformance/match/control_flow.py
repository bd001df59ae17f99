# return, break and continue inside cases; match inside loops, generators and with.


def find(items):
    for item in items:
        match item:
            case "skip":
                continue
            case "stop":
                break
            case int(n) if n < 0:
                return f"negative {n}"
            case _:
                print("  saw", item)
    else:
        return "loop finished"
    return "stopped"


print(find([1, "skip", 2]))
print(find([1, "stop", 2]))
print(find([1, -5, 2]))


def tokens(text):
    for word in text.split():
        match word:
            case "+" | "-" | "*" as op:
                yield ("op", op)
            case w if w.isdigit():
                yield ("num", int(w))
            case _:
                yield ("name", word)


print(list(tokens("x + 12 * y")))

i = 0
while True:
    i += 1
    match i:
        case 1 | 2:
            continue
        case 5:
            break
    print("i =", i)

for n in range(3):
    match n:
        case 0:
            try:
                raise ValueError("zero")
            except ValueError as e:
                print("caught", e)
            finally:
                print("finally 0")
        case 1:
            try:
                continue
            finally:
                print("finally 1")
        case _:
            print("other", n)
