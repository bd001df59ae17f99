# pyco-only
# dir() with no argument lists the local names, which compiled functions do not keep as a dict.
def show(a, b):
    print(dir())

show(1, 2)
