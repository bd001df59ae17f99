print("fmt: loaded at the first call")
PREFIX = "> "


def show(v):
    return f"value {v}"
