"""Run calls asynchronously in a pool of threads: Future, Executor, ThreadPoolExecutor, wait, as_completed.

pyco's own package (docs/stdlib.md). CPython imports ThreadPoolExecutor and ProcessPoolExecutor lazily
on first access; here both submodules are imported with the package. ProcessPoolExecutor cannot be
constructed (concurrent/futures/process.py).
"""

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)

