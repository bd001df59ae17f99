"""Futures, the Executor base class, wait() and as_completed(): concurrent.futures' common half.

pyco's own module, written for CPython 3.11's observable behaviour (states, reprs, messages, the
logging of a failing done callback on the "concurrent.futures" logger).
"""

import collections
import logging
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A future's states. CANCELLED_AND_NOTIFIED: cancelled, and its waiters have been told.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

LOGGER = logging.getLogger("concurrent.futures")


class Error(Exception):
    """Base class of this module's exceptions."""


class CancelledError(Error):
    """The future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The future is in a state that does not allow the operation."""


# --- waiters: what wait() and as_completed() install on the futures they watch ---------------------

class _Waiter(object):
    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    # Wakes as_completed() at each future that finishes.

    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def _finished(self, future):
        with self.lock:
            self.finished_futures.append(future)
            self.event.set()

    def add_result(self, future):
        self._finished(future)

    def add_exception(self, future):
        self._finished(future)

    def add_cancelled(self, future):
        self._finished(future)


class _FirstCompletedWaiter(_Waiter):
    # Wakes wait() at the first future that finishes.

    def add_result(self, future):
        self.finished_futures.append(future)
        self.event.set()

    def add_exception(self, future):
        self.finished_futures.append(future)
        self.event.set()

    def add_cancelled(self, future):
        self.finished_futures.append(future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    # Wakes wait() when every pending future has finished, or at the first exception.

    def __init__(self, num_pending_calls, stop_on_exception):
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()
        super().__init__()

    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        self.finished_futures.append(future)
        self._decrement_pending_calls()

    def add_exception(self, future):
        self.finished_futures.append(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):
        self.finished_futures.append(future)
        self._decrement_pending_calls()


class _AcquireFutures(object):
    # Holds the conditions of several futures at once, always taken in the same order.

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending = 0
        for f in fs:
            if f._state != CANCELLED_AND_NOTIFIED and f._state != FINISHED:
                pending += 1
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _yield_finished_futures(fs, waiter, ref_collect):
    # Yields the futures of fs from its end, forgetting each in the sets of ref_collect and removing
    # the waiter from it first, so a caller that stops early leaves nothing behind.
    while fs:
        f = fs[-1]
        for futures_set in ref_collect:
            futures_set.remove(f)
        with f._condition:
            f._waiters.remove(waiter)
        del f
        yield fs.pop()


def _is_done(f):
    return f._state == CANCELLED_AND_NOTIFIED or f._state == FINISHED


def as_completed(fs, timeout=None):
    """Yields the futures of fs as they finish (those already done first)."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total_futures = len(fs)
    with _AcquireFutures(fs):
        finished = set(f for f in fs if _is_done(f))
        pending = fs - finished
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        yield from _yield_finished_futures(finished, waiter, ref_collect=(fs,))
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total_futures))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            # oldest first
            finished.reverse()
            yield from _yield_finished_futures(finished, waiter, ref_collect=(fs, pending))
    finally:
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done',
                                               module='concurrent.futures._base')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures of fs; returns the sets (done, not_done)."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set(f for f in fs if _is_done(f))
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            for f in done:
                if not f.cancelled() and f.exception() is not None:
                    return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Future(object):
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            state = self._state
            head = '<%s at %#x state=%s' % (self.__class__.__name__, id(self),
                                            _STATE_TO_DESCRIPTION_MAP[state])
            if state == FINISHED:
                if self._exception:
                    return '%s raised %s>' % (head, self._exception.__class__.__name__)
                return '%s returned %s>' % (head, self._result.__class__.__name__)
            return head + '>'

    def cancel(self):
        """Cancels the future unless it runs or has finished; True when it is (now) cancelled."""
        with self._condition:
            state = self._state
            if state == RUNNING or state == FINISHED:
                return False
            if state == CANCELLED or state == CANCELLED_AND_NOTIFIED:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in _DONE_STATES

    def _get_result(self):
        exc = self._exception
        if exc:
            try:
                raise exc
            finally:
                exc = None
                self = None
        return self._result

    def add_done_callback(self, fn):
        """fn(future) runs when the future finishes or is cancelled (now, if it already has)."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def result(self, timeout=None):
        """The call's result, waiting at most timeout seconds; re-raises the call's exception."""
        try:
            with self._condition:
                state = self._state
                if state in _CANCELLED_STATES:
                    raise CancelledError()
                if state == FINISHED:
                    return self._get_result()
                self._condition.wait(timeout)
                state = self._state
                if state in _CANCELLED_STATES:
                    raise CancelledError()
                if state == FINISHED:
                    return self._get_result()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """The call's exception (None if it returned), waiting at most timeout seconds."""
        with self._condition:
            state = self._state
            if state in _CANCELLED_STATES:
                raise CancelledError()
            if state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            state = self._state
            if state in _CANCELLED_STATES:
                raise CancelledError()
            if state == FINISHED:
                return self._exception
            raise TimeoutError()

    # For executors and tests.

    def set_running_or_notify_cancel(self):
        """Marks the future running (True), or, if it was cancelled, tells its waiters (False)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


class Executor(object):
    """Base class of the executors: submit() a call, get a Future."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls run by the executor; results in order."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        # A generator, so that the calls are submitted now and the results awaited as they are read.
        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()

        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class BrokenExecutor(RuntimeError):
    """The executor can no longer run calls."""
