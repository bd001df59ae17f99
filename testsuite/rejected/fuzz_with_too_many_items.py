# Found by fuzzing: pyco's code generator recursed once per context manager and a with statement of 50000
# items overflowed its stack. CPython allows 20 blocks (CO_MAXBLOCKS).
with open('x'), open('x'), open('x'), open('x'), open('x'), open('x'), open('x'), open('x'), open('x'), open('x'), open('x'), open('x'), open('x'), open('x'), open('x'), open('x'), open('x'), open('x'), open('x'), open('x'), open('x'):
    pass
