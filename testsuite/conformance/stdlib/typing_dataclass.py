# Dataclasses annotated with typing: ClassVar annotations declare class variables, not fields.
import dataclasses
from typing import ClassVar, Dict, Generic, List, Optional, TypeVar, get_type_hints

T = TypeVar('T')


@dataclasses.dataclass
class Config:
    name: str
    tags: List[str] = dataclasses.field(default_factory=list)
    parent: Optional['Config'] = None
    registry: ClassVar[Dict[str, int]] = {}
    version: ClassVar = 2


@dataclasses.dataclass(frozen=True)
class Item(Generic[T]):
    value: T
    count: int = 1


c = Config('a', ['x'])
print(c, [f.name for f in dataclasses.fields(Config)], Config.registry, Config.version)
print(c == Config('a', ['x']), Config('b', parent=c).parent.name)
print(get_type_hints(Config))
it = Item[int](5)
print(it, hasattr(it, '__orig_class__'), Item('s', 2), dataclasses.asdict(it), get_type_hints(Item))
try:
    it.value = 3
except dataclasses.FrozenInstanceError as exc:
    print('FrozenInstanceError:', exc)
Config('a', [], None, {})
