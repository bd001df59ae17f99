"""Threads and the synchronisation objects built over the _thread module.

pyco's own threading module, written for CPython 3.11's observable behaviour: the same classes, names,
reprs, messages and exceptions. _thread (C++) gives the threads, plain locks and the reentrant lock;
everything else is built here from those.

Differences from CPython (docs/stdlib.md): pyco has no weak references, so the registry of threads is a
plain dict (as CPython's is) and nothing keeps a set of "dangling" threads; there is no fork, so nothing
re-initialises after one; pyco has no sys.settrace / sys.setprofile, so settrace and setprofile accept
only None there; without sys.excepthook the fallback for a failing threading.excepthook is
traceback.print_exception; ExceptHookArgs is not a tuple subclass (see the class).
"""

import sys as _sys
import _thread
import functools
from time import monotonic as _time
from itertools import count as _count
from _collections import deque as _deque

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
_CRLock = getattr(_thread, 'RLock', None)
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
local = _thread._local


# --- trace and profile hooks -----------------------------------------------------------------------

# The hooks each new thread installs before run(). A runtime without sys.settrace/sys.setprofile cannot
# call them, so it refuses a hook rather than ignore it silently.
_trace_hook = None
_profile_hook = None


def _check_hook(func, sys_name):
    if func is not None and getattr(_sys, sys_name, None) is None:
        raise NotImplementedError(f"threading.{sys_name}() needs sys.{sys_name}(), "
                                  f"which pyco does not provide")


def settrace(func):
    """Set the trace function each thread started from here installs."""
    global _trace_hook
    _check_hook(func, 'settrace')
    _trace_hook = func


def gettrace():
    """The trace function set by settrace()."""
    return _trace_hook


def setprofile(func):
    """Set the profile function each thread started from here installs."""
    global _profile_hook
    _check_hook(func, 'setprofile')
    _profile_hook = func


def getprofile():
    """The profile function set by setprofile()."""
    return _profile_hook


# --- locks -----------------------------------------------------------------------------------------

Lock = _allocate_lock
_LockType = _thread.LockType


def RLock(*args, **kwargs):
    """A new reentrant lock (the _thread one when the runtime has it)."""
    if _CRLock is not None:
        return _CRLock(*args, **kwargs)
    return _PyRLock(*args, **kwargs)


class _RLock:
    """Reentrant lock in Python: a plain lock plus the owning thread and a recursion count."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        thread = _active.get(owner)
        if thread is not None:
            owner = thread.name
        state = "locked" if self._block.locked() else "unlocked"
        cls = self.__class__
        return (f"<{state} {cls.__module__}.{cls.__qualname__} object owner={owner!r} "
                f"count={self._count} at {hex(id(self))}>")

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        left = self._count - 1
        self._count = left
        if left == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # What Condition uses to give the lock up completely while it waits, and to take it back.
    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        if self._owner != get_ident():
            return 0
        return self._count


_PyRLock = _RLock


# --- condition variables ---------------------------------------------------------------------------

class Condition:
    """A condition variable over a Lock or RLock (a new RLock by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A lock that knows how to give itself up entirely (an RLock) lends its own methods; a plain
        # lock uses the generic ones below.
        own = getattr(lock, '_release_save', None)
        if own is not None:
            self._release_save = own
        own = getattr(lock, '_acquire_restore', None)
        if own is not None:
            self._acquire_restore = own
        own = getattr(lock, '_is_owned', None)
        if own is not None:
            self._is_owned = own
        elif type(lock) is _LockType and type(self)._is_owned is Condition._is_owned:
            # For a plain _thread lock the generic test below (a non-blocking acquire) is locked().
            self._is_owned = lock.locked
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: held by anyone counts as held by us.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # Each waiter sleeps on a lock of its own, held from the start; notify() releases it.
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                waiter.acquire()
                woken = True
            elif timeout > 0:
                woken = waiter.acquire(True, timeout)
            else:
                woken = waiter.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        deadline = None
        remaining = timeout
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while n > 0 and waiters:
            waiter = waiters[0]
            try:
                waiter.release()
                n -= 1
            except RuntimeError:
                # its wait timed out meanwhile: it removes itself
                pass
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        import warnings
        warnings.warn('notifyAll() is deprecated, use notify_all() instead',
                      DeprecationWarning, stacklevel=2)
        self.notify_all()


# --- semaphores, events, barriers ------------------------------------------------------------------

class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero, and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        cond = self._cond
        with cond:
            if self._value > 0:
                self._value -= 1
                return True
            if not blocking:
                return False
            deadline = None
            while self._value == 0:
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: "
                f"value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for _ in range(n):
                self._cond.notify()


class Event:
    """A flag that threads wait on until another sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        state = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {state}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        import warnings
        warnings.warn('isSet() is deprecated, use is_set() instead',
                      DeprecationWarning, stacklevel=2)
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


# Barrier states.
_FILLING = 0
_DRAINING = 1
_RESETTING = -1
_BROKEN = -2


class Barrier:
    """Lets `parties` threads wait until all of them have arrived, then releases them together."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: "
                f"waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Threads of the previous round may still be leaving.
            while self._state == _DRAINING or self._state == _RESETTING:
                self._cond.wait()
            if self._state < 0:
                raise BrokenBarrierError
            index = self._count
            self._count = index + 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _trip(self):
        # The last thread to arrive runs the action and releases the others.
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait_for_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _leave(self):
        # The last thread out of a drained or reset barrier reopens it.
        if self._count == 0 and (self._state == _DRAINING or self._state == _RESETTING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


class BrokenBarrierError(RuntimeError):
    pass


# --- the registry of threads -----------------------------------------------------------------------

_next_number = _count(1).__next__


def _newname(template):
    return template % _next_number()


_active_limbo_lock = RLock()
_active = {}    # ident -> Thread, for threads that run
_limbo = {}     # Thread -> Thread, for threads started but not running yet

# The sentinel locks of the non-daemon threads, which _shutdown() waits on.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()


def _maintain_shutdown_locks():
    # Drop the sentinels of threads that have ended.
    done = [lock for lock in _shutdown_locks if not lock.locked()]
    _shutdown_locks.difference_update(done)


class Thread:
    """A thread of control: give a target, or override run() in a subclass."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name = f"{name} ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "started" if self._started.is_set() else "initial"
        self.is_alive()   # notices a thread that has ended
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status = f"{status} {self._ident}"
        return f"<{self.__class__.__name__}({self._name}, {status})>"

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Do not keep the target and its arguments alive after the run.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        # The runtime releases this lock when the thread has ended: join() waits on it.
        lock = _set_sentinel()
        lock.acquire()
        self._tstate_lock = lock
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(lock)

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _stop(self):
        lock = self._tstate_lock
        if lock is not None:
            assert not lock.locked()
        self._is_stopped = True
        self._tstate_lock = None
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()

    def _delete(self):
        with _active_limbo_lock:
            del _active[get_ident()]

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            # already seen to have ended
            assert self._is_stopped
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except:
            if lock.locked():
                lock.release()
                self._stop()
            raise

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.name = name


# --- uncaught exceptions in threads ----------------------------------------------------------------

# CPython's _thread._ExceptHookArgs is a struct sequence (a tuple with named fields) built from one
# 4-sequence. pyco cannot give a namedtuple subclass its own __new__ yet, so this is a class of its own with
# the tuple protocol (len, indexing, iteration, equality, hashing), CPython's name and repr; only
# isinstance(args, tuple) differs.
class _ExceptHookArgs:
    __module__ = '_thread'

    def __init__(self, sequence):
        items = tuple(sequence)
        if len(items) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence ({len(items)}-sequence given)")
        self._items = items

    @property
    def exc_type(self):
        return self._items[0]

    @property
    def exc_value(self):
        return self._items[1]

    @property
    def exc_traceback(self):
        return self._items[2]

    @property
    def thread(self):
        return self._items[3]

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._items[index]

    def __iter__(self):
        return iter(self._items)

    def __eq__(self, other):
        if isinstance(other, _ExceptHookArgs):
            return self._items == other._items
        if isinstance(other, tuple):
            return self._items == other
        return NotImplemented

    def __hash__(self):
        return hash(self._items)

    def __repr__(self):
        items = self._items
        return (f"_thread._ExceptHookArgs(exc_type={items[0]!r}, exc_value={items[1]!r}, "
                f"exc_traceback={items[2]!r}, thread={items[3]!r})")


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Report an exception that ended a thread's run() on sys.stderr, as CPython does."""
    if args.exc_type == SystemExit:
        # a thread that exits quietly
        return
    stderr = _sys.stderr
    if stderr is None:
        if args.thread is None:
            return
        stderr = args.thread._stderr
        if stderr is None:
            return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    from traceback import print_exception
    print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


def _print_sys_excepthook(exc_type, exc_value, exc_tb):
    # Stands in for sys.excepthook where the runtime has none.
    from traceback import print_exception
    print_exception(exc_type, exc_value, exc_tb, file=_sys.stderr)


def _make_invoke_excepthook():
    # Captured when the thread is made, so that the report still works late at exit.
    first_hook = excepthook
    if first_hook is None:
        raise RuntimeError("threading.excepthook is None")
    if hasattr(_sys, 'excepthook'):
        first_sys_hook = _sys.excepthook
        if first_sys_hook is None:
            raise RuntimeError("sys.excepthook is None")
    else:
        first_sys_hook = _print_sys_excepthook
    exc_info = _sys.exc_info
    sys_module = _sys
    report = print

    def invoke_excepthook(thread):
        args = None
        try:
            hook = excepthook
            if hook is None:
                hook = first_hook
            args = ExceptHookArgs([*exc_info(), thread])
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            stderr = sys_module.stderr
            if stderr is None:
                stderr = thread._stderr
            report("Exception in threading.excepthook:", file=stderr, flush=True)
            sys_hook = getattr(sys_module, 'excepthook', None)
            if sys_hook is None:
                sys_hook = first_sys_hook
            sys_hook(*exc_info())
        finally:
            args = None

    return invoke_excepthook


# --- timers, the main thread, foreign threads ------------------------------------------------------

class Timer(Thread):
    """Calls function(*args, **kwargs) after `interval` seconds unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # A thread not started by this module (_thread.start_new_thread): always alive, never joined.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """The Thread object of the calling thread."""
    thread = _active.get(get_ident())
    if thread is None:
        return _DummyThread()
    return thread


def currentThread():
    import warnings
    warnings.warn('currentThread() is deprecated, use current_thread() instead',
                  DeprecationWarning, stacklevel=2)
    return current_thread()


def active_count():
    """How many Thread objects are alive (started and not yet ended)."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead',
                  DeprecationWarning, stacklevel=2)
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """The Thread objects alive now."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


# Functions run by _shutdown() before it joins the threads (concurrent.futures stops its workers there).
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(functools.partial(func, *arg, **kwargs))


_main_thread = _MainThread()


def _shutdown():
    # Called by the runtime when the main module has ended, before the atexit callbacks: run the
    # threading atexit functions newest first, mark the main thread ended, and wait for every
    # non-daemon thread, including those started meanwhile.
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    if _main_thread.ident == get_ident():
        lock = _main_thread._tstate_lock
        assert lock is not None
        assert lock.locked()
        lock.release()
        _main_thread._stop()
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


def main_thread():
    """The Thread object of the main thread."""
    return _main_thread
