defined = "a real attribute"
calls = []


def __getattr__(name):
    calls.append(name)
    if name.startswith("computed_"):
        return name[len("computed_"):].upper()
    if name == "deprecated_name":
        raise AttributeError(f"{name!r} was removed from {__name__!r}; use 'defined'")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
