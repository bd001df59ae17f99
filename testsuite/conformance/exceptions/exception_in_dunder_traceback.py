# Exceptions raised inside special methods (called by operators, indexing, len, iteration) show the
# special method's frame under the line that used the operator.
class Grid:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def __len__(self):
        return len(self.rows)

    def __add__(self, other):
        return Grid([a + b for a, b in zip(self.rows, other.rows)])


g = Grid([[1, 2], [3, 4]])
print(g[1, 0], len(g), (g + g).rows)
for bad in (lambda: g[5, 0], lambda: g[0], lambda: g + 1):
    try:
        bad()
    except (IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(g[0, 9])
