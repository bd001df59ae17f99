# print(): sep, end, file=sys.stderr, flush, None for sep/end, no arguments, and its TypeErrors.
import sys
print("a", "b", "c", sep="-")
print("a", "b", sep="", end="!\n")
print("no newline", end="")
print(" continued")
print()
print(1, 2, sep=None, end=None)
print("to stderr", 42, file=sys.stderr)
print("flushed", flush=True)
print(*[1, 2, 3], sep=" | ")
print("x", sep="ignored-with-one-item")
print("multi\nline", "items", sep="\n--\n")
print(file=sys.stdout)
sys.stdout.write("written directly\n")
print("stderr no newline", file=sys.stderr, end="")
print(file=sys.stderr)
for kwargs in [{"sep": 5}, {"end": 1}, {"file": 3}, {"bogus": 1}]:
    try:
        print("z", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print("done", None, True, 1.0, [None], sep=",")
