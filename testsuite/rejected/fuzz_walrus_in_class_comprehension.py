# Found by fuzzing: pyco reported "no binding for nonlocal" without a position.
class C:
    x = [j for j in range(3) if (k := j)]
