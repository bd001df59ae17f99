counter = -1


def where():
    return "top-level " + __name__
