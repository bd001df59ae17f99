# The subject is evaluated once; value patterns and mapping keys are looked up each time a case is tried.
log = []


def subject():
    log.append("subject")
    return {"a": 1, "b": 2}


class Keys:
    def __getattr__(self, name):
        log.append(f"key {name}")
        return name


keys = Keys()

match subject():
    case {keys.c: 1}:
        pass
    case {keys.a: 1, keys.b: 3}:
        pass
    case {keys.a: a, keys.b: b}:
        log.append(f"matched {a} {b}")
print(log)


class LoggingMap(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)


match LoggingMap(x=1, y=2, z=3):
    case {"x": 1, "w": _}:
        print("no")
    case {"x": 1, "y": 2, **rest}:
        print("rest", rest)
