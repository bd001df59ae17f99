# PEP 479: a StopIteration escaping a generator body becomes RuntimeError, with the original as its cause.
def leaky(it):
    while True:
        yield next(it)


print(list(zip("ab", leaky(iter([1, 2])))))
try:
    list(leaky(iter([1])))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
for x in leaky(iter([7])):
    print(x)
