# NamedTuple and TypedDict, class syntax and functional form.
from typing import NamedTuple, TypedDict, List, Optional, Required, NotRequired, get_type_hints, is_typeddict


class Point(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None

    def moved(self, dx: int) -> 'Point':
        return self._replace(x=self.x + dx)

    def __str__(self):
        return f'({self.x}, {self.y})'


p = Point(1)
print(p, repr(p), p.moved(2), p._asdict(), Point._fields, Point._field_defaults)
print(Point.__annotations__, isinstance(p, tuple), p == (1, 0, None), p[0], len(p))
x, y, label = Point(3, 4, 'a')
print(x, y, label, Point._make([5, 6, 'b']), type(p).__name__, Point.__module__)

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
Pair = NamedTuple('Pair', left=int, right=int)
print(Employee('ann', 3), Employee.__annotations__, Pair(1, 2), Pair._fields)


class Movie(TypedDict):
    title: str
    year: int


class Extra(Movie, total=False):
    rating: float
    tags: List[str]


class Mixed(TypedDict):
    a: Required[int]
    b: NotRequired[str]


m = Movie(title='Up', year=2009)
print(m, type(m), m['title'], Movie.__total__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(Extra.__annotations__, sorted(Extra.__required_keys__), sorted(Extra.__optional_keys__), Extra.__total__)
print(sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__), get_type_hints(Mixed))
Alt = TypedDict('Alt', {'name': str, 'size': int}, total=False)
print(Alt(name='a'), Alt.__annotations__, Alt.__total__, sorted(Alt.__optional_keys__), Alt.__name__)
print(is_typeddict(Movie), is_typeddict(Alt), is_typeddict(dict), is_typeddict(Point))
print(Extra(title='x', year=1, rating=2.5), Movie.__name__, issubclass(Movie, dict) if False else '-')

for make in (lambda: isinstance(m, Movie), lambda: issubclass(dict, Movie),
             lambda: NamedTuple('Bad', [('a', int)], b=int)):
    try:
        make()
    except TypeError as exc:
        print('TypeError:', exc)
try:
    class BadOrder(NamedTuple):
        a: int = 1
        b: int
except TypeError as exc:
    print('TypeError:', exc)
try:
    class Overwrite(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as exc:
    print('AttributeError:', exc)
try:
    class Both(TypedDict, Point):
        pass
except TypeError as exc:
    print('TypeError:', exc)

Point(1, 2, 3, 4)
