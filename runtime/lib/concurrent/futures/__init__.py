"""Run calls asynchronously in a pool of threads: Future, Executor, ThreadPoolExecutor, wait, as_completed.

pyco's own package (docs/stdlib.md). As in CPython, ThreadPoolExecutor and ProcessPoolExecutor are imported
from their submodules on first access (the module's __getattr__). ProcessPoolExecutor cannot be constructed
(concurrent/futures/process.py).
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


def __dir__():
    return __all__ + ('__doc__',)


def __getattr__(name):
    # The executors' modules are imported only when a program asks for them.
    global ProcessPoolExecutor, ThreadPoolExecutor
    if name == 'ThreadPoolExecutor':
        from concurrent.futures.thread import ThreadPoolExecutor as executor
        ThreadPoolExecutor = executor
        return executor
    if name == 'ProcessPoolExecutor':
        from concurrent.futures.process import ProcessPoolExecutor as executor
        ProcessPoolExecutor = executor
        return executor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
