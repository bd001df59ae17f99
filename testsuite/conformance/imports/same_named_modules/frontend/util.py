counter = 0


def where():
    return __name__
