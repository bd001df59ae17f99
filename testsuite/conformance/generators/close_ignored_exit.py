# A generator that yields again after GeneratorExit makes close() raise RuntimeError.
def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("refusing to close")


s = stubborn()
print(next(s))
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
s2 = stubborn()
next(s2)
s2.close()
