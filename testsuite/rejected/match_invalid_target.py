match 1:
    case 1 as 2:
        pass
