factor = 3


def scale(x):
    return x * factor


def set_factor(value):
    global factor
    factor = value


def uses_undefined():
    return undefined_in_calc
