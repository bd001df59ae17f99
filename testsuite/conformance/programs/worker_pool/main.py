# A worker pool configured by JSON, as real code splits it: settings.py parses and validates the configuration
# into dataclasses and enums, jobs.py holds the work, pool.py runs workers over an asyncio.Queue with logging;
# main wires them up, prints a JSON report and exits with a status that says whether every job succeeded
import asyncio
import json
import logging
import sys

import jobs
from pool import WorkerPool
from settings import ConfigError, load_config

CONFIG = """
{
  "workers": 3,
  "log_level": "INFO",
  "retries": 1,
  "jobs": [
    {"id": "resize-1", "kind": "resize", "size": 4, "priority": "high"},
    {"id": "hash-1", "kind": "hash", "size": 3},
    {"id": "resize-2", "kind": "resize", "size": 1, "priority": "low"},
    {"id": "flaky-1", "kind": "flaky", "size": 2, "priority": "high"},
    {"id": "hash-2", "kind": "hash", "size": 5, "priority": "low"},
    {"id": "broken-1", "kind": "broken", "size": 1}
  ]
}
"""

BAD_CONFIGS = [
    '{"workers": 0, "jobs": []}',
    '{"workers": 2, "jobs": [{"id": "x", "kind": "teleport", "size": 1}]}',
    '{"workers": 2, "jobs": [{"id": "x", "kind": "hash", "size": 1, "priority": "urgent"}]}',
    '{"workers": 2, "jobs": [',
]


def check_bad_configs():
    for text in BAD_CONFIGS:
        try:
            load_config(text)
        except ConfigError as e:
            print("rejected config:", e)


async def amain(config):
    pool = WorkerPool(config, jobs.REGISTRY)
    results = await pool.run()
    report = {
        "workers": config.workers,
        "results": [r.as_dict() for r in results],
        "by_status": pool.count_by_status(results),
    }
    print(json.dumps(report, indent=2, sort_keys=True))
    return all(r.ok for r in results)


def main():
    check_bad_configs()
    config = load_config(CONFIG)
    logging.basicConfig(level=config.log_level, stream=sys.stdout, format="%(levelname)-7s %(name)s: %(message)s")
    print(config.summary())
    ok = asyncio.run(amain(config))
    return 0 if ok else 3


if __name__ == "__main__":
    sys.exit(main())
