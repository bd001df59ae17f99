_rows = {"1": "ann"}


def fetch(key):
    return _rows[key]
