# Imports under `if TYPE_CHECKING:` never run: a module missing there is no error, and a cycle through them is none.
from __future__ import annotations

import typing
from typing import TYPE_CHECKING

import service

if TYPE_CHECKING:
    import stubs_that_are_not_installed
    from service import Service

if typing.TYPE_CHECKING:
    from missing_package.sub import Thing
else:
    Thing = None


def describe(s: Service) -> str:
    return f"{s.name} {describe.__annotations__}"


print(describe(service.Service("db")), Thing, TYPE_CHECKING)
print(service.lookup("db"))
print(stubs_that_are_not_installed)
