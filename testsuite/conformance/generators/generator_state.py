# A generator object reports its name and state: running only while its body executes, suspended between
# steps; a generator cannot be resumed from inside itself.
def counter():
    n = 0
    while n < 3:
        print("  running:", gen.gi_running, "suspended:", gen.gi_suspended)
        n += 1
        yield n


gen = counter()
print(gen.__name__, gen.__qualname__, gen.gi_running, gen.gi_suspended)
print(next(gen), gen.gi_suspended)
print(list(gen), gen.gi_suspended)


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
