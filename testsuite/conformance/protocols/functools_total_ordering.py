# total_ordering fills in the comparisons a class leaves out from __eq__ and one ordering method.
from functools import total_ordering, cmp_to_key, cached_property


@total_ordering
class Grade:
    order = "FEDCBA"

    def __init__(self, letter):
        self.letter = letter

    def __eq__(self, other):
        return self.letter == other.letter

    def __lt__(self, other):
        return self.order.index(self.letter) < self.order.index(other.letter)

    def __repr__(self):
        return f"Grade({self.letter!r})"


a, b = Grade("A"), Grade("C")
print(a > b, a >= b, a <= b, b <= b, a < b, sorted([a, b, Grade("F")]))
print([n for n in ("__gt__", "__le__", "__ge__") if n in Grade.__dict__])


def by_length_then_text(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


print(sorted(["pear", "fig", "apple", "kiwi"], key=cmp_to_key(by_length_then_text)))


class Report:
    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def total(self):
        print("computing total")
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total, r.__dict__)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
