# get_type_hints, overload, final, no_type_check, NewType, cast and the other helpers.
import sys
from typing import (Dict, List, Optional, Union, Annotated, ClassVar, Any, NewType, cast, overload,
                    get_overloads, clear_overloads, final, no_type_check, get_type_hints, assert_type,
                    assert_never, reveal_type, dataclass_transform, ForwardRef, Literal)


class Node:
    value: int
    children: 'List[Node]'
    parent: Optional['Node'] = None
    limit: ClassVar[int] = 3


class Leaf(Node):
    weight: 'float'


def connect(a: Node, b: 'Node', *, weight: 'Optional[float]' = None) -> 'Dict[str, Node]':
    return {}


def scale(x: Annotated[int, 'units'], mode: "Literal['a', 'b']") -> int | None:
    return x


def plain(a, b: None) -> None:
    pass


print(get_type_hints(Node))
print(get_type_hints(Leaf))
print(get_type_hints(connect))
print(get_type_hints(scale), get_type_hints(scale, include_extras=True)['x'])
print(get_type_hints(plain), get_type_hints(len), connect.__annotations__['b'])
print(ForwardRef('Node'), ForwardRef('x') == ForwardRef('x'), List['Node'])

UserId = NewType('UserId', int)
Name = NewType('Name', str)
uid = UserId(42)
print(UserId, uid, type(uid), UserId.__supertype__, UserId.__name__, Name('x') + '!', UserId | None)


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double('ab'), len(get_overloads(double)), get_overloads(double)[0].__name__)
try:
    @overload
    def lone(x: int) -> int:
        ...
    lone(1)
except NotImplementedError as exc:
    print('NotImplementedError:', exc)
clear_overloads()
print(get_overloads(double))


@final
class Base:
    @final
    def run(self):
        return 'run'


@no_type_check
def untyped(a: 'not valid at all') -> 'neither':
    return a


print(Base.__final__, Base.run.__final__, Base().run(), untyped(1), get_type_hints(untyped))
print(cast(int, 'str'), cast('List[int]', [1]), assert_type(5, int))
print(reveal_type([1, 2]))


@dataclass_transform(kw_only_default=True)
def model(cls):
    return cls


print(model.__dataclass_transform__)


def check(x: Union[int, str]) -> str:
    if isinstance(x, int):
        return 'int'
    elif isinstance(x, str):
        return 'str'
    else:
        assert_never(x)


print(check(1), check('a'))
try:
    get_type_hints(3)
except TypeError as exc:
    print('TypeError:', exc)


def missing(a: 'Undefined') -> None:
    pass


try:
    get_type_hints(missing)
except NameError as exc:
    print('NameError:', exc)
try:
    class Sub(UserId):
        pass
except TypeError as exc:
    print('TypeError:', exc)
check(3.5)
