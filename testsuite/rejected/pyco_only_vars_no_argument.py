# pyco-only
# vars() with no argument is locals(), which compiled functions do not keep as a dict.
def show(a, b):
    print(vars())

show(1, 2)
