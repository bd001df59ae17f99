# pyco-only
# globals() builds a new dict in compiled code: writing through it would leave the module's variables unchanged.
def register(name, value):
    globals()[name] = value

register("answer", 42)
