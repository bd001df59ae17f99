match 1:
    case y:
    pass
