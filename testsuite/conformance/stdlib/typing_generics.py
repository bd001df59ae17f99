# Type variables and user generic classes: subscripting, substitution, __orig_class__ and the errors.
from typing import TypeVar, Generic, List, Dict, Callable, Optional, Union, Tuple

T = TypeVar('T')
K = TypeVar('K', bound=str)
V_co = TypeVar('V_co', covariant=True)
N = TypeVar('N', int, float)

print(T, K, V_co, N, TypeVar('C', contravariant=True))
print(K.__bound__, N.__constraints__, T.__name__, V_co.__covariant__)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Generic[K, T]):
    def __init__(self, key: K, value: T):
        self.key, self.value = key, value


class IntBox(Box[int]):
    pass


class Wrapper(Box[T]):
    pass


print(Box[int], Pair[str, List[int]], Box.__parameters__, Pair.__parameters__)
print(IntBox.__parameters__, IntBox.__orig_bases__, Wrapper.__parameters__)
b = Box[int](5)
print(b.get(), b.__orig_class__, type(b).__name__, Box(3).get())
print(Wrapper[str]('x').item, Wrapper.__mro__[1:])
print(Box[int] == Box[int], Box[int] == Box[str], hash(Box[int]) == hash(Box[int]))

# Substitution in typing aliases and in the built-in generic ones.
print(List[T][int], Dict[str, T][float], Callable[[T], T][str], Optional[T][int], Union[T, bytes][str])
print(list[T][int], dict[str, list[T]][bytes], Tuple[T, ...][int], Pair[str, T][int])
print(List[T].__parameters__, Dict[K, List[T]].__parameters__)

for make in (lambda: TypeVar('X', int),
             lambda: TypeVar('X', int, str, bound=int),
             lambda: Generic[int],
             lambda: Generic[T, T],
             lambda: IntBox[int],
             lambda: Box[int][str],
             lambda: List[int, str],
             lambda: Generic()):
    try:
        make()
    except TypeError as exc:
        print('TypeError:', exc)
try:
    TypeVar('X', covariant=True, contravariant=True)
except ValueError as exc:
    print('ValueError:', exc)
try:
    class Plain(Generic):
        pass
except TypeError as exc:
    print('TypeError:', exc)
try:
    class Bad(Generic[T], List[K]):
        pass
except TypeError as exc:
    print('TypeError:', exc)

print(Pair[str, int, bytes])
