# Asking for more memory than any machine has: MemoryError (or CPython's OverflowError when the size itself does
# not fit), never a crash.
try:
    x = [0] * (10**12)
except MemoryError as e:
    print("list:", type(e).__name__, repr(e), e.args)
try:
    s = "ab" * (10**12)
except MemoryError as e:
    print("str:", repr(e))
try:
    t = (1, 2) * (10**12)
except MemoryError as e:
    print("tuple:", repr(e))
try:
    b = b"xy" * (10**12)
except MemoryError as e:
    print("bytes:", repr(e))
try:
    x = [0] * (2**62)
except MemoryError as e:
    print("list of 2**62:", repr(e))
try:
    s = "ab" * (2**62)
except OverflowError as e:
    print("str of 2**62:", repr(e))
try:
    b = b"xy" * (2**62)
except OverflowError as e:
    print("bytes of 2**62:", repr(e))
try:
    x = [0] * (2**63)
except OverflowError as e:
    print("list of 2**63:", repr(e))
try:
    s = "x" * (-2**70)
except OverflowError as e:
    print("str of -2**70:", repr(e))
print("small repeats still work:", [0] * 3, "ab" * 2, (1,) * 2, b"x" * 3, [1] * -1)
y = [1, 2, 3] * 10**12
