"""Workers over an asyncio.Queue: highest priority first, retries for transient errors, one result per job."""
from __future__ import annotations

import asyncio
import enum
import logging
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Awaitable, Callable, Dict, List, Optional

from jobs import TransientError
from settings import JobSpec, PoolConfig

log = logging.getLogger(__name__)


class Status(enum.Enum):
    DONE = "done"
    RETRIED = "retried"
    FAILED = "failed"


@dataclass
class Result:
    job: str
    worker: int
    status: Status
    value: Optional[str] = None
    error: Optional[str] = None

    @property
    def ok(self) -> bool:
        return self.status is not Status.FAILED

    def as_dict(self) -> Dict[str, object]:
        d = asdict(self)
        d["status"] = self.status.value
        return d


class WorkerPool:
    def __init__(self, config: PoolConfig, registry: Dict[str, Callable[[JobSpec], Awaitable[str]]]):
        self.config = config
        self.registry = registry
        self.queue: asyncio.PriorityQueue = asyncio.PriorityQueue()
        self.results: List[Result] = []

    async def run(self) -> List[Result]:
        for order, job in enumerate(self.config.jobs):
            self.queue.put_nowait((-job.priority, order, job))
        log.info("queued %d jobs", self.queue.qsize())
        workers = [asyncio.create_task(self._worker(i), name=f"worker-{i}") for i in range(self.config.workers)]
        await self.queue.join()
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        log.info("all workers stopped")
        return sorted(self.results, key=lambda r: r.job)

    async def _worker(self, number: int) -> None:
        while True:
            _, _, job = await self.queue.get()
            try:
                self.results.append(await self._attempt(number, job))
            finally:
                self.queue.task_done()

    async def _attempt(self, number: int, job: JobSpec) -> Result:
        status = Status.DONE
        for attempt in range(self.config.retries + 1):
            try:
                value = await self.registry[job.kind](job)
            except TransientError as e:
                log.warning("worker %d: %s (attempt %d)", number, e, attempt + 1)
                status = Status.RETRIED
            except Exception as e:
                log.error("worker %d: job %s failed: %r", number, job.id, e)
                return Result(job.id, number, Status.FAILED, error=f"{type(e).__name__}: {e}")
            else:
                log.info("worker %d: %s [%s] -> %s", number, job.id, job.priority.name, value)
                return Result(job.id, number, status, value)
        return Result(job.id, number, Status.FAILED, error="retries exhausted")

    @staticmethod
    def count_by_status(results: List[Result]) -> Dict[str, int]:
        return dict(sorted(Counter(r.status.value for r in results).items()))
