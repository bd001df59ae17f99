# Operands, arguments, and dict items are evaluated left to right.
def v(x):
    print("eval", x)
    return x


print(v(1) + v(2) * v(3))
print(v("f")(v("a")) if False else [v(4), v(5)], {v("k"): v("val")})
d = {}
d[v("key")] = v("value")
print(v(1) < v(2) < v(0) < v(99))
print(v(0) or v("") or v("last"), v(1) and v(2))
x = [v(i) for i in range(2)]
