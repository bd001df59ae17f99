match 1:
    case y | 1:
        pass
