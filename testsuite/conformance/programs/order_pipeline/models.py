import enum
from dataclasses import dataclass, field
from typing import Any, List, Mapping, NamedTuple


class InvalidOrder(ValueError):
    pass


class State(enum.Enum):
    NEW = enum.auto()
    PRICED = enum.auto()
    SHIPPED = enum.auto()


class Line(NamedTuple):
    product: str
    quantity: int
    unit_price: float

    @property
    def total(self) -> float:
        return self.quantity * self.unit_price


@dataclass(order=True)
class Order:
    id: int
    customer: str = field(compare=False)
    lines: List[Line] = field(default_factory=list, compare=False, repr=False)
    express: bool = field(default=False, compare=False)
    state: State = field(default=State.NEW, compare=False)
    total: float = field(default=0.0, compare=False)

    def __post_init__(self) -> None:
        if not self.lines:
            raise InvalidOrder(f"order {self.id} has no lines")

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> "Order":
        lines = [Line(*item) for item in raw["items"]]
        return cls(raw["id"], raw["customer"], lines, raw.get("express", False))
