match 1:
    case C(1, x=1, y, z, w=2):
        pass
