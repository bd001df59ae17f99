# An exception thrown into a generator that does not handle it leaves through the generator's frame: the
# traceback shows the yield where it was paused.
def ticker():
    n = 0
    while True:
        n += 1
        yield n


t = ticker()
print(next(t), next(t))
t.throw(ValueError("stop ticking"))
