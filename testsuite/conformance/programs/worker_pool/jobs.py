"""The work itself: one coroutine per job kind. Each step yields to the loop, as real I/O would."""
import asyncio
from typing import Awaitable, Callable, Dict

from settings import JobSpec

attempts: Dict[str, int] = {}


class TransientError(RuntimeError):
    pass


async def _steps(n: int) -> None:
    for _ in range(n):
        await asyncio.sleep(0)


async def resize(job: JobSpec) -> str:
    await _steps(job.size)
    return f"{job.size * 100}x{job.size * 50}"


async def checksum(job: JobSpec) -> str:
    await _steps(job.size)
    value = 0
    for ch in job.id * job.size:
        value = (value * 31 + ord(ch)) % 1_000_003
    return f"{value:06x}"


async def flaky(job: JobSpec) -> str:
    attempts[job.id] = attempts.get(job.id, 0) + 1
    await _steps(job.size)
    if attempts[job.id] == 1:
        raise TransientError(f"{job.id}: connection reset")
    return f"succeeded on attempt {attempts[job.id]}"


async def broken(job: JobSpec) -> str:
    await _steps(job.size)
    return {"a": 1}[job.kind]


REGISTRY: Dict[str, Callable[[JobSpec], Awaitable[str]]] = {
    "resize": resize,
    "hash": checksum,
    "flaky": flaky,
    "broken": broken,
}
