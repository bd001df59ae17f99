"""The Python half of the embedding example: the C++ host (host.cpp) calls these through logic.hpp."""
import asyncio
from typing import Optional

from helpers import double

print("logic imported")


async def add(a: int, b: int = 2) -> int:
    await asyncio.sleep(0.075)
    return double(a) + b


async def ticker(name: str, n: int) -> list[str]:
    seen = []
    for i in range(n):
        print(f"{name} tick {i}")
        seen.append(f"{name}{i}")
        await asyncio.sleep(0.05)
    return seen


def greet(name: str, *, punct: str = "!") -> str:
    return "hi " + name + punct


def stats(xs: list[float]) -> tuple[float, float]:
    return min(xs), max(xs)


def index(words: list[str]) -> dict[str, int]:
    return {w: i for i, w in enumerate(words)}


def maybe(x: int | None = None) -> Optional[int]:
    return None if x is None else x * 2


def checksum(data: bytes) -> int:
    return sum(data) % 256


def fail(msg: str) -> None:
    raise ValueError(msg)


def anything(x):
    return [x, x]
