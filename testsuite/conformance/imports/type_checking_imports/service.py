from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from main import describe  # a cycle for the type checker only


class Service:
    def __init__(self, name: str) -> None:
        self.name = name


def lookup(name: str) -> "describe":
    return Service(name).name.upper()
