entries = ["a", "b"]


def describe():
    return f"{len(entries)} entries"
