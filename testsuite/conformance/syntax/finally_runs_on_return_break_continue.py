# return, break and continue inside try/finally all run the finally body first, innermost first.
def f(n):
    try:
        try:
            if n == 0:
                return "zero"
        finally:
            print("inner finally", n)
        return "other"
    finally:
        print("outer finally", n)


print(f(0), f(1))
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
else:
    print("no break")


def g():
    for i in range(3):
        try:
            return i
        finally:
            print("leaving with", i)


print(g())
