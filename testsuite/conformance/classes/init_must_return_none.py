# __init__ returning a value is a TypeError raised by the call of the class.
class Weird:
    def __init__(self):
        self.ok = True
        return 1


try:
    Weird()
except TypeError as e:
    print("caught:", e)
w = Weird()
