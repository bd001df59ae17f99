# The reprs, equality and introspection of the typing aliases and special forms.
import collections
from typing import (Any, Annotated, Callable, ClassVar, Counter, DefaultDict, Deque, Dict, Final, FrozenSet,
                    List, Literal, LiteralString, Never, NoReturn, Optional, OrderedDict, Self, Set, Tuple, Type,
                    TypeAlias, TypeVar, Union, get_args, get_origin, Iterable, Awaitable, Coroutine,
                    AsyncIterator, Mapping, Sequence, ParamSpec, Concatenate, Text, AnyStr, TYPE_CHECKING)

T = TypeVar('T')
P = ParamSpec('P')
print(TYPE_CHECKING, Text, AnyStr, Any, NoReturn, Never, Self, LiteralString, TypeAlias)
print(List, List[int], Dict[str, List[int]], Set[int], FrozenSet[str], Type[int], Tuple[int, ...], Tuple[()])
print(Deque[int], DefaultDict[str, int], Counter[str], OrderedDict[str, int])
print(Callable[[int], str], Callable[..., T], Callable[[], None], Callable)
print(Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, Union[str, int]])
print(Literal[1, 'a', None], Literal[1, 1, True], Annotated[int, 'meta', 3], ClassVar[int], Final[str])
print(Iterable[int], Awaitable[str], Coroutine[Any, Any, int], AsyncIterator[bytes], Mapping[str, int])
print(Concatenate[int, P], P, P.args, P.kwargs, Sequence)
print(Optional[int] == Union[None, int], Union[int, str] == Union[str, int], List[int] == List[str])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], int | None == Optional[int])
print(Union[int, str] | None, int | List[int], T | None, Optional[List[T]][int])

print(get_origin(List[int]), get_origin(Dict), get_origin(Optional[int]), get_origin(Annotated[int, 1]))
print(get_origin(int | str), get_origin(int), get_origin(Literal[1]), get_origin(ClassVar[int]))
print(get_args(Dict[str, int]), get_args(Callable[[int, str], bool]), get_args(Callable[..., int]))
print(get_args(Optional[int]), get_args(Annotated[int, 'x']), get_args(int), get_args(list[int]), get_args(List))

print(Deque([1, 2]), DefaultDict(int), Counter('abca'), OrderedDict(a=1))
print(isinstance([], List), isinstance({}, Dict), issubclass(collections.deque, Deque))
print(isinstance(3, Union[int, str]), isinstance(None, Optional[int]), isinstance(b'', Optional[int]))

for make in (List, Dict, Set, Tuple, Type, lambda: List[int](), lambda: Any(), lambda: Union(),
             lambda: Union[()], lambda: Optional[int, str], lambda: Callable[int],
             lambda: Annotated[int], lambda: Annotated(), lambda: Final[int, str],
             lambda: isinstance(1, List[int]), lambda: isinstance(1, Any), lambda: isinstance(1, Literal[1]),
             lambda: ClassVar(), lambda: NoReturn[int], lambda: Dict[int]):
    try:
        make()
    except TypeError as exc:
        print('TypeError:', exc)
try:
    class Sub(Union):
        pass
except TypeError as exc:
    print('TypeError:', exc)

print(List[int]())
