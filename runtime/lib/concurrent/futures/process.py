"""ProcessPoolExecutor: pyco does not run process pools.

The names exist so that code which imports them builds and runs; constructing a ProcessPoolExecutor
raises NotImplementedError. A compiled pyco program cannot send functions to other processes the way
CPython's multiprocessing does (by pickling them and re-importing the program in the child).
"""

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process ended abruptly."""


class ProcessPoolExecutor(_base.Executor):

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        raise NotImplementedError("pyco does not run process pools: ProcessPoolExecutor is not "
                                  "supported, use ThreadPoolExecutor")
