# Generator expressions are lazy: the outermost iterable is evaluated at once, the rest on demand; a used-up
# generator yields nothing more.
def source(tag, n):
    print("source", tag)
    for i in range(n):
        print("  produce", tag, i)
        yield i


gen = (x * 10 for x in source("A", 3) if x != 1)
print("created")
print(next(gen))
print(list(gen))
print(list(gen))
pairs = ((a, b) for a in source("B", 2) for b in "xy")
print("pairs created")
print(list(pairs))
print(sum(x for x in range(5)), any(x > 3 for x in range(5)), max((len(w), w) for w in ["a", "ccc", "bb"]))
squares = (n * n for n in range(3))
print(type(squares).__name__, squares.__name__, squares.__qualname__)
