match 1:
    case f(x)(y):
        pass
