"""Queues that threads share: FIFO, LIFO, priority, and the unbounded SimpleQueue.

pyco's own queue module, over threading's locks and conditions. CPython takes Empty and SimpleQueue
from its C module _queue; here they are written in Python and keep _queue as their module, so they
print as CPython's do (`_queue.Empty` in a traceback).
"""

import threading
import types
from _collections import deque as _deque
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get() without blocking, or after its timeout, when the queue has no item."""
    __module__ = '_queue'


class Full(Exception):
    """Raised by put() without blocking, or after its timeout, when the queue has no room."""


_NEGATIVE_TIMEOUT = "'timeout' must be a non-negative number"


class Queue:
    """A FIFO queue of at most maxsize items (no bound when maxsize <= 0)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One mutex; three conditions over it: an item arrived, room was made, every task is done.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            limit = self.maxsize
            if limit > 0:
                if not block:
                    if self._qsize() >= limit:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= limit:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError(_NEGATIVE_TIMEOUT)
                else:
                    deadline = _time() + timeout
                    while self._qsize() >= limit:
                        left = deadline - _time()
                        if left <= 0.0:
                            raise Full
                        self.not_full.wait(left)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError(_NEGATIVE_TIMEOUT)
            else:
                deadline = _time() + timeout
                while not self._qsize():
                    left = deadline - _time()
                    if left <= 0.0:
                        raise Empty
                    self.not_empty.wait(left)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage, which subclasses replace.
    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    """A Queue that hands out its smallest item first (a heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """A Queue that hands out its newest item first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue: put() never blocks, and there is no task tracking."""
    __module__ = '_queue'

    def __init__(self, *args, **kwargs):
        # the C type's messages
        if args:
            raise TypeError("SimpleQueue() takes no positional arguments")
        if kwargs:
            raise TypeError("SimpleQueue() takes no keyword arguments")
        self._items = _deque()
        self._cond = threading.Condition(threading.Lock())

    def put(self, item, block=True, timeout=None):
        # block and timeout exist for Queue's signature only.
        cond = self._cond
        with cond:
            self._items.append(item)
            cond.notify()

    def put_nowait(self, item):
        self.put(item, False)

    def get(self, block=True, timeout=None):
        if block and timeout is not None and timeout < 0:
            raise ValueError(_NEGATIVE_TIMEOUT)
        items = self._items
        cond = self._cond
        with cond:
            if items:
                return items.popleft()
            if not block:
                raise Empty
            if timeout is None:
                while not items:
                    cond.wait()
                return items.popleft()
            deadline = _time() + timeout
            while not items:
                left = deadline - _time()
                if left <= 0:
                    raise Empty
                cond.wait(left)
            return items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._items) == 0

    def qsize(self):
        return len(self._items)

    __class_getitem__ = classmethod(types.GenericAlias)
