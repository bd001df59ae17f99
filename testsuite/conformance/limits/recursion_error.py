# A plain function recursing without bound: RecursionError at CPython's default limit (1000 frames, the module
# counting as one), with the traceback's "[Previous line repeated 996 more times]".
def countdown(n):
    return countdown(n + 1)


countdown(0)
