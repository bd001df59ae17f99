import convert


def parse_all(rows):
    return [convert.to_int(row) * 2 for row in rows]
