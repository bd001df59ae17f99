# throw() raises an exception at the paused yield: the generator may handle it and yield again, or let it
# propagate; a fresh or finished generator just raises it.
def worker():
    while True:
        try:
            job = yield "ready"
            print("job", job)
        except ValueError as e:
            print("recovered from", repr(e))
            yield "recovering"
        except KeyError:
            print("giving up")
            return "stopped"


w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad job")))
print(next(w))
print(w.throw(ValueError))
print(next(w))
try:
    w.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration", e.value)
try:
    w.throw(IndexError("after the end"))
except IndexError as e:
    print("IndexError:", e)
fresh = worker()
try:
    fresh.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(fresh))
w2 = worker()
next(w2)
try:
    w2.throw(TypeError, "with a value")
except TypeError as e:
    print("TypeError:", e)
