import functools

HANDLERS = {}
calls = []


def handler(name):
    def register(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            calls.append(name)
            return fn(*args)
        HANDLERS[name] = wrapper
        return wrapper
    return register


def dispatch(name, *args):
    return HANDLERS[name](*args)
