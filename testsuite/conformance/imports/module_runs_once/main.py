# A module's top-level code runs once, at its first import, however many modules import it and however often:
# every later import returns the module object from sys.modules
print("main: start")
import counter
import user_a
import user_b
import counter
import counter as again


def late():
    import counter
    return counter


print(counter.loads, again is counter, late() is counter, user_a.c is user_b.c is counter)
counter.loads += 1
import counter
print(counter.loads)
