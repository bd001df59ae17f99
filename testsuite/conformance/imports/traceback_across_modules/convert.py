def to_int(text):
    value = int(text, base=10)
    return value
