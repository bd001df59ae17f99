"""Configuration: JSON text to validated, immutable settings."""
import enum
import json
import logging
from dataclasses import dataclass, field
from typing import Any, Dict, List, Tuple

KINDS = ("resize", "hash", "flaky", "broken")


class ConfigError(ValueError):
    """The configuration cannot be used."""


class Priority(enum.IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3

    @classmethod
    def parse(cls, text: str) -> "Priority":
        try:
            return cls[text.upper()]
        except KeyError:
            raise ConfigError(f"unknown priority {text!r}") from None


@dataclass(frozen=True)
class JobSpec:
    id: str
    kind: str
    size: int
    priority: Priority = Priority.NORMAL


@dataclass(frozen=True)
class PoolConfig:
    workers: int
    retries: int = 0
    log_level: int = logging.WARNING
    jobs: Tuple[JobSpec, ...] = field(default_factory=tuple)

    def summary(self) -> str:
        kinds: Dict[str, int] = {}
        for job in self.jobs:
            kinds[job.kind] = kinds.get(job.kind, 0) + 1
        return (f"{len(self.jobs)} jobs on {self.workers} workers, {self.retries} retry, "
                f"kinds {kinds}, level {logging.getLevelName(self.log_level)}")


def _job(raw: Dict[str, Any]) -> JobSpec:
    kind = raw["kind"]
    if kind not in KINDS:
        raise ConfigError(f"job {raw['id']!r}: unknown kind {kind!r}")
    return JobSpec(raw["id"], kind, int(raw["size"]), Priority.parse(raw.get("priority", "normal")))


def load_config(text: str) -> PoolConfig:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as e:
        raise ConfigError(f"not JSON: {e}") from e
    if raw["workers"] < 1:
        raise ConfigError(f"workers must be at least 1, not {raw['workers']}")
    specs: List[JobSpec] = [_job(j) for j in raw["jobs"]]
    level = logging.getLevelName(raw.get("log_level", "WARNING"))
    return PoolConfig(raw["workers"], raw.get("retries", 0), level, tuple(specs))
