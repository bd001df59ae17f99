match 1:
    case {1: _, True: _}:
        pass
