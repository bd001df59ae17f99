// asyncio.locks (CPython's locks.py): Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier.
//
// Each waiter is a future of the loop the primitive is bound to (mixins.cpp); waking one is set_result, whose
// callbacks go through call_soon, so tasks resume in CPython's order. The coroutine methods are C++ coroutines
// with the CodeInfo of the Python ones (their frames name locks.py), awaited inline like any coroutine.
#include <fmt/format.h>

#include <exception>

#include "internal.h"
#include "pyco/builtins.h"
#include "pyco/ops.h"
#include "internal/values.h"
#include "internal/type_setup.h"

namespace pyco {

Type LockType("Lock", "asyncio.locks", &ObjectType);
Type EventType("Event", "asyncio.locks", &ObjectType);
Type ConditionType("Condition", "asyncio.locks", &ObjectType);
Type SemaphoreType("Semaphore", "asyncio.locks", &ObjectType);
Type BoundedSemaphoreType("BoundedSemaphore", "asyncio.locks", &SemaphoreType);
Type BarrierType("Barrier", "asyncio.locks", &ObjectType);
Type BrokenBarrierErrorType("BrokenBarrierError", "asyncio.exceptions", &RuntimeErrorType);

namespace {

using aio::LoopBoundObj;

struct LockObj : LoopBoundObj {
    std::deque<Object> waiters;
    bool locked = false;
    LockObj() : LoopBoundObj(&LockType) {}
};

struct EventObj : LoopBoundObj {
    std::deque<Object> waiters;
    bool value = false;
    EventObj() : LoopBoundObj(&EventType) {}
};

struct ConditionObj : LoopBoundObj {
    Object lock;
    std::deque<Object> waiters;
    ConditionObj() : LoopBoundObj(&ConditionType) {}
};

struct SemaphoreObj : LoopBoundObj {
    std::deque<Object> waiters;
    Object value;  // an int, as in Python (value -= 1 on a plain attribute)
    Object bound;  // BoundedSemaphore's initial value
    explicit SemaphoreObj(const Type* t) : LoopBoundObj(t) {}
};

enum class BarrierState : uint8_t { Filling, Draining, Resetting, Broken };

struct BarrierObj : LoopBoundObj {
    Object cond;
    int64_t parties = 0, count = 0;
    BarrierState state = BarrierState::Filling;
    BarrierObj() : LoopBoundObj(&BarrierType) {}
};

LockObj* as_lock(const Object& o) { return o.as<LockObj>(); }
EventObj* as_event(const Object& o) { return o.as<EventObj>(); }
ConditionObj* as_cond(const Object& o) { return o.as<ConditionObj>(); }
SemaphoreObj* as_sem(const Object& o) { return o.as<SemaphoreObj>(); }
BarrierObj* as_barrier(const Object& o) { return o.as<BarrierObj>(); }

// The exception a coroutine body caught, re-raised after its cleanup awaited (C++ allows no co_await in a
// handler, Python does).
bool is_cancelled_error(const std::exception_ptr& ep) {
    try {
        std::rethrow_exception(ep);
    } catch (const PyExc& e) {
        return isinstance(e.exc, CancelledErrorType);
    } catch (...) {
        return false;
    }
}

Object exception_of(const std::exception_ptr& ep) {
    try {
        std::rethrow_exception(ep);
    } catch (const PyExc& e) {
        return e.exc;
    } catch (...) {
        return {};
    }
}

std::string waiters_suffix(const std::deque<Object>& waiters) {
    return waiters.empty() ? "" : fmt::format(", waiters:{}", waiters.size());
}

// ---------------------------------------------------------------- Lock

bool all_cancelled(const std::deque<Object>& waiters) {
    for (const Object& w : waiters)
        if (!future_cancelled(w)) return false;
    return true;
}

// Lock._wake_up_first: the first waiter, unless it is done already (it then wakes up by itself).
void lock_wake_up_first(LockObj* l) {
    if (l->waiters.empty()) return;
    Object fut = l->waiters.front();
    if (!future_done(fut)) future_set_result(fut, bool_(true));
}

// Lock.acquire's fast path: takes the lock if it is free and nobody waits for it.
bool take_if_free(LockObj* l) {
    if (l->locked || !all_cancelled(l->waiters)) return false;
    l->locked = true;
    return true;
}

// A waiter of the lock was cancelled: the next one gets the lock unless someone holds it. The waiter is already
// out of the queue (the finally runs first), so it does not wake itself.
void pass_on_wake_up(LockObj* l, const Object&) {
    if (!l->locked) lock_wake_up_first(l);
}

void take_after_wait(LockObj* l) { l->locked = true; }

void lock_release(const Object& self) {
    LockObj* l = as_lock(self);
    if (!l->locked) raise(RuntimeErrorType, "Lock is not acquired.");
    l->locked = false;
    lock_wake_up_first(l);
}

std::string lock_repr(const Object& self) {
    LockObj* l = as_lock(self);
    return aio::object_repr_with(self, (l->locked ? "locked" : "unlocked") + waiters_suffix(l->waiters));
}

// ---------------------------------------------------------------- Event

void event_set(const Object& self) {
    EventObj* e = as_event(self);
    if (e->value) return;
    e->value = true;
    for (const Object& fut : e->waiters)
        if (!future_done(fut)) future_set_result(fut, bool_(true));
}

// The lines of Event.wait that its frame stands on.
enum class EventWait { CreateFuture = 210, AwaitFut = 213 };

const CodeInfo& event_wait_code() {
    using enum EventWait;
    static const CodeInfo& code =
        aio::asyncio_code("wait", "Event.wait", "locks.py", 200,
                          {{CreateFuture, "        fut = self._get_loop().create_future()"},
                           {AwaitFut, "            await fut"}});
    return code;
}

Coro event_wait_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    EventObj* e = as_event(self);
    if (e->value) co_return bool_(true);
    aio::at_line(f, EventWait::CreateFuture);
    Object fut = aio::new_waiter(e->waiters, self);
    struct Finally {
        EventObj* e;
        Object fut;
        ~Finally() { aio::remove_waiter(e->waiters, fut); }
    } finally{e, fut};
    aio::at_line(f, EventWait::AwaitFut);
    co_await fut;
    co_return bool_(true);
}

std::string event_repr(const Object& self) {
    EventObj* e = as_event(self);
    return aio::object_repr_with(self, (e->value ? "set" : "unset") + waiters_suffix(e->waiters));
}

// ---------------------------------------------------------------- Condition

Object acquire_of(const Object& self);
void release_of(const Object& self);

bool cond_locked(ConditionObj* c) {
    if (c->lock.type() == &LockType) return as_lock(c->lock)->locked;
    return truthy(call_method(c->lock, "locked"));
}

void cond_notify(const Object& self, const Object& n) {
    ConditionObj* c = as_cond(self);
    if (!cond_locked(c)) raise(RuntimeErrorType, "cannot notify on un-acquired lock");
    Object idx = Object::small(0);
    for (const Object& fut : c->waiters) {
        if (compare_bool(CmpOp::Ge, idx, n)) break;
        if (!future_done(fut)) {
            idx = add(idx, Object::small(1));
            future_set_result(fut, bool_(false));
        }
    }
}

// The lines of Condition.wait that its frame stands on.
enum class CondWait { RaiseNotLocked = 260, Release = 262, CreateFuture = 264, AwaitFut = 267, Reacquire = 277,
                      RaiseCancelled = 283 };

const CodeInfo& cond_wait_code() {
    using enum CondWait;
    static const CodeInfo& code = aio::asyncio_code(
        "wait", "Condition.wait", "locks.py", 248,
        {{RaiseNotLocked, "            raise RuntimeError('cannot wait on un-acquired lock')"},
         {Release, "        self.release()"}, {CreateFuture, "            fut = self._get_loop().create_future()"},
         {AwaitFut, "                await fut"}, {Reacquire, "                    await self.acquire()"},
         {RaiseCancelled, "                raise exceptions.CancelledError"}});
    return code;
}

Coro cond_wait_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    ConditionObj* c = as_cond(self);
    aio::at_line(f, CondWait::RaiseNotLocked);
    if (!cond_locked(c)) raise(RuntimeErrorType, "cannot wait on un-acquired lock");
    aio::at_line(f, CondWait::Release);
    release_of(c->lock);
    std::exception_ptr err;
    try {
        aio::at_line(f, CondWait::CreateFuture);
        Object fut = aio::new_waiter(c->waiters, self);
        try {
            aio::at_line(f, CondWait::AwaitFut);
            co_await fut;
        } catch (...) {
            err = std::current_exception();
        }
        aio::remove_waiter(c->waiters, fut);
    } catch (...) {
        err = std::current_exception();
    }
    // Must reacquire the lock even if the wait is cancelled.
    bool cancelled = false;
    for (;;) {
        std::exception_ptr again;
        try {
            aio::at_line(f, CondWait::Reacquire);
            co_await acquire_of(c->lock);
            break;
        } catch (...) {
            again = std::current_exception();
        }
        if (!is_cancelled_error(again)) std::rethrow_exception(again);
        cancelled = true;
    }
    if (cancelled) {
        aio::at_line(f, CondWait::RaiseCancelled);
        Object pending = err ? exception_of(err) : Object();
        if (!pending.null()) {
            HandlingGuard handling(pending);  // raised in a finally: chained to what was propagating
            raise_(type_object(CancelledErrorType));
        }
        raise_(type_object(CancelledErrorType));
    }
    if (err) std::rethrow_exception(err);
    co_return bool_(true);
}

// The lines of Condition.wait_for that its frame stands on.
enum class CondWaitFor { CallPredicate = 292, AwaitWait = 294, CallPredicateAgain = 295 };

const CodeInfo& cond_wait_for_code() {
    using enum CondWaitFor;
    static const CodeInfo& code = aio::asyncio_code(
        "wait_for", "Condition.wait_for", "locks.py", 285,
        {{CallPredicate, "        result = predicate()"}, {AwaitWait, "            await self.wait()"},
         {CallPredicateAgain, "            result = predicate()"}});
    return code;
}

Coro cond_wait_for_coro(const CodeInfo&, Object self, Object predicate) {
    Frame& f = co_await enter();
    aio::at_line(f, CondWaitFor::CallPredicate);
    Object result = call(predicate, {});
    while (!truthy(result)) {
        aio::at_line(f, CondWaitFor::AwaitWait);
        co_await cond_wait_coro(cond_wait_code(), self);
        aio::at_line(f, CondWaitFor::CallPredicateAgain);
        result = call(predicate, {});
    }
    co_return result;
}

std::string cond_repr(const Object& self) {
    ConditionObj* c = as_cond(self);
    return aio::object_repr_with(self, (cond_locked(c) ? "locked" : "unlocked") + waiters_suffix(c->waiters));
}

// ---------------------------------------------------------------- Semaphore

bool sem_locked(SemaphoreObj* s) {
    if (compare_bool(CmpOp::Eq, s->value, Object::small(0))) return true;
    for (const Object& w : s->waiters)
        if (!future_cancelled(w)) return true;
    return false;
}

void sem_wake_up_next(SemaphoreObj* s) {
    for (const Object& fut : s->waiters) {
        if (future_done(fut)) continue;
        s->value = sub(s->value, Object::small(1));
        future_set_result(fut, bool_(true));
        return;
    }
}

bool take_if_free(SemaphoreObj* s) {
    if (sem_locked(s)) return false;
    s->value = sub(s->value, Object::small(1));
    return true;
}

void pass_on_wake_up(SemaphoreObj* s, const Object& fut) {
    if (future_cancelled(fut)) return;
    // Woken (and counted) just before the cancellation arrived: hand the slot on.
    s->value = add(s->value, Object::small(1));
    sem_wake_up_next(s);
}

// Woken with a unit counted for it; others may be free too (released while it was being woken).
void take_after_wait(SemaphoreObj* s) {
    if (compare_bool(CmpOp::Gt, s->value, Object::small(0))) sem_wake_up_next(s);
}

// ---------------------------------------------------------------- acquire

// The lines of Lock.acquire and Semaphore.acquire that their frames stand on: the same statements.
enum class LockAcquire { CreateFuture = 105, AwaitFut = 114, Reraise = 120 };
enum class SemAcquire { CreateFuture = 378, AwaitFut = 387, Reraise = 394 };

template <class Line>
const CodeInfo& acquire_code(const char* qualname, int firstlineno) {
    static const CodeInfo& code = aio::asyncio_code(
        "acquire", qualname, "locks.py", firstlineno,
        {{Line::CreateFuture, "        fut = self._get_loop().create_future()"},
         {Line::AwaitFut, "                await fut"}, {Line::Reraise, "            raise"}});
    return code;
}

// Lock.acquire (Line = LockAcquire, P = LockObj) and Semaphore.acquire (SemAcquire, SemaphoreObj), which
// CPython writes alike: take it at once if free, else wait as a future in the waiters, removed again whatever
// happens; a cancelled waiter passes on a wake-up it cannot use.
template <class Line, class P>
Coro acquire_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    P* p = self.as<P>();
    if (take_if_free(p)) co_return bool_(true);
    aio::at_line(f, Line::CreateFuture);
    Object fut = aio::new_waiter(p->waiters, self);
    std::exception_ptr err;
    try {
        aio::at_line(f, Line::AwaitFut);
        co_await fut;
    } catch (...) {
        err = std::current_exception();
    }
    aio::remove_waiter(p->waiters, fut);
    if (err) {
        if (is_cancelled_error(err)) pass_on_wake_up(p, fut);
        aio::at_line(f, Line::Reraise);
        std::rethrow_exception(err);
    }
    take_after_wait(p);
    co_return bool_(true);
}

Object lock_acquire(const Object& self) {
    return acquire_coro<LockAcquire, LockObj>(acquire_code<LockAcquire>("Lock.acquire", 93), self).obj;
}
Object sem_acquire(const Object& self) {
    return acquire_coro<SemAcquire, SemaphoreObj>(acquire_code<SemAcquire>("Semaphore.acquire", 364), self).obj;
}

void sem_release(const Object& self) {
    SemaphoreObj* s = as_sem(self);
    if (self.type() == &BoundedSemaphoreType && compare_bool(CmpOp::Ge, s->value, s->bound))
        raise(ValueErrorType, "BoundedSemaphore released too many times");
    s->value = add(s->value, Object::small(1));
    sem_wake_up_next(s);
}

std::string sem_repr(const Object& self) {
    SemaphoreObj* s = as_sem(self);
    std::string extra = sem_locked(s) ? "locked" : "unlocked, value:" + str_utf8(s->value);
    return aio::object_repr_with(self, extra + waiters_suffix(s->waiters));
}

// ---------------------------------------------------------------- the context manager mixin

// self.acquire() / self.release(): the built-in classes' own methods called directly (no attribute lookup on
// `async with lock`), a subclass's through the lookup, which finds its overrides.
Object acquire_of(const Object& self) {
    const Type* t = self.type();
    if (t == &LockType) return lock_acquire(self);
    if (t == &SemaphoreType || t == &BoundedSemaphoreType) return sem_acquire(self);
    return call_method(self, "acquire");
}

void release_of(const Object& self) {
    const Type* t = self.type();
    if (t == &LockType)
        lock_release(self);
    else if (t == &SemaphoreType || t == &BoundedSemaphoreType)
        sem_release(self);
    else
        call_method(self, "release");
}

// The lines of _ContextManagerMixin's __aenter__ and __aexit__ that their frames stand on.
enum class MixinAenter { AwaitAcquire = 15 };
enum class MixinAexit { Release = 21 };

Coro acquire_aenter_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    aio::at_line(f, MixinAenter::AwaitAcquire);
    co_await acquire_of(self);
    co_return None();
}

Coro release_aexit_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    aio::at_line(f, MixinAexit::Release);
    release_of(self);
    co_return None();
}

const CodeInfo& mixin_aenter_code() {
    static const CodeInfo& code =
        aio::asyncio_code("__aenter__", "_ContextManagerMixin.__aenter__", "locks.py", 14,
                          {{MixinAenter::AwaitAcquire, "        await self.acquire()"}});
    return code;
}

const CodeInfo& mixin_aexit_code() {
    static const CodeInfo& code = aio::asyncio_code("__aexit__", "_ContextManagerMixin.__aexit__", "locks.py", 20,
                                                    {{MixinAexit::Release, "        self.release()"}});
    return code;
}

// ---------------------------------------------------------------- Barrier

const char* barrier_state_name(BarrierState s) {
    switch (s) {
        case BarrierState::Filling: return "filling";
        case BarrierState::Draining: return "draining";
        case BarrierState::Resetting: return "resetting";
        case BarrierState::Broken: return "broken";
    }
    return "";
}

int64_t barrier_n_waiting(BarrierObj* b) { return b->state == BarrierState::Filling ? b->count : 0; }

std::string barrier_repr(const Object& self) {
    BarrierObj* b = as_barrier(self);
    std::string extra = barrier_state_name(b->state);
    if (b->state != BarrierState::Broken) extra += fmt::format(", waiters:{}/{}", barrier_n_waiting(b), b->parties);
    return aio::object_repr_with(self, extra);
}

void barrier_notify_all(BarrierObj* b) { cond_notify(b->cond, int_(int64_t(as_cond(b->cond)->waiters.size()))); }

// The lambdas of _block and _wait, as a condition on the barrier's state.
using BarrierPredicate = bool (*)(BarrierObj*);
bool not_draining_or_resetting(BarrierObj* b) {
    return b->state != BarrierState::Draining && b->state != BarrierState::Resetting;
}
bool not_filling(BarrierObj* b) { return b->state != BarrierState::Filling; }

// self._cond.wait_for(predicate) with the predicate in C++.
Coro barrier_wait_until(const CodeInfo&, Object self, BarrierPredicate pred) {
    co_await enter();
    BarrierObj* b = as_barrier(self);
    while (!pred(b)) co_await cond_wait_coro(cond_wait_code(), b->cond);
    co_return None();
}

const CodeInfo& barrier_wait_until_code() {
    static const CodeInfo& code = aio::asyncio_code("wait_for", "Condition.wait_for", "locks.py", 285, {});
    return code;
}

// _exit: the last task out signals the tasks waiting for the barrier to drain.
void barrier_exit(BarrierObj* b) {
    if (b->count != 0) return;
    if (b->state == BarrierState::Resetting || b->state == BarrierState::Draining) b->state = BarrierState::Filling;
    barrier_notify_all(b);
}

// The lines Barrier.wait's frame stands on, _block's and _wait's raise statements included (inlined here).
enum class BarrierWait { AsyncWithCond = 488, AwaitBlock = 489, AwaitRelease = 495, AwaitWait = 497,
                         RaiseAborted = 518, RaiseBroken = 537 };

const CodeInfo& barrier_wait_code() {
    using enum BarrierWait;
    static const CodeInfo& code = aio::asyncio_code(
        "wait", "Barrier.wait", "locks.py", 481,
        {{AsyncWithCond, "        async with self._cond:"},
         {AwaitBlock, "            await self._block() # Block while the barrier drains or resets."},
         {AwaitRelease, "                    await self._release()"},
         {AwaitWait, "                    await self._wait()"},
         {RaiseAborted, "            raise exceptions.BrokenBarrierError(\"Barrier aborted\")"},
         {RaiseBroken, "            raise exceptions.BrokenBarrierError(\"Abort or reset of barrier\")"}});
    return code;
}

// Barrier.wait's body inside `async with self._cond`: returns the task's index.
Coro barrier_wait_locked(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    BarrierObj* b = as_barrier(self);
    aio::at_line(f, BarrierWait::AwaitBlock);
    co_await barrier_wait_until(barrier_wait_until_code(), self, not_draining_or_resetting);  // _block()
    if (b->state == BarrierState::Broken) {
        aio::at_line(f, BarrierWait::RaiseAborted);
        raise(BrokenBarrierErrorType, "Barrier aborted");
    }
    int64_t index = b->count++;
    std::exception_ptr err;
    try {
        if (index + 1 == b->parties) {
            aio::at_line(f, BarrierWait::AwaitRelease);
            b->state = BarrierState::Draining;  // _release()
            barrier_notify_all(b);
        } else {
            aio::at_line(f, BarrierWait::AwaitWait);
            co_await barrier_wait_until(barrier_wait_until_code(), self, not_filling);  // _wait()
            if (b->state == BarrierState::Broken || b->state == BarrierState::Resetting) {
                aio::at_line(f, BarrierWait::RaiseBroken);
                raise(BrokenBarrierErrorType, "Abort or reset of barrier");
            }
        }
    } catch (...) {
        err = std::current_exception();
    }
    b->count--;
    barrier_exit(b);
    if (err) std::rethrow_exception(err);
    co_return int_(index);
}

// `async with self._cond: <body>` around a coroutine body, the `async with` on CPython's line `line`.
using BarrierBody = Coro (*)(const CodeInfo&, Object);
Coro with_barrier_cond(const CodeInfo&, int line, Object self, BarrierBody body, const CodeInfo* body_code) {
    Frame& f = co_await enter();
    Object cond = as_barrier(self)->cond;
    aio::at_line(f, line);
    co_await acquire_of(as_cond(cond)->lock);  // Condition.acquire is its lock's
    std::exception_ptr err;
    Object result;
    try {
        result = co_await body(*body_code, self);
    } catch (...) {
        err = std::current_exception();
    }
    release_of(as_cond(cond)->lock);
    if (err) std::rethrow_exception(err);
    co_return result;
}

Coro barrier_reset_locked(const CodeInfo&, Object self) {
    co_await enter();
    BarrierObj* b = as_barrier(self);
    if (b->count > 0) {
        if (b->state != BarrierState::Resetting) b->state = BarrierState::Resetting;
    } else {
        b->state = BarrierState::Filling;
    }
    barrier_notify_all(b);
    co_return None();
}

Coro barrier_abort_locked(const CodeInfo&, Object self) {
    co_await enter();
    BarrierObj* b = as_barrier(self);
    b->state = BarrierState::Broken;
    barrier_notify_all(b);
    co_return None();
}

// The lines of Barrier.reset and Barrier.abort that their frames stand on.
enum class BarrierReset { AsyncWithCond = 553 };
enum class BarrierAbort { AsyncWithCond = 568 };

const CodeInfo& barrier_reset_code() {
    static const CodeInfo& code = aio::asyncio_code("reset", "Barrier.reset", "locks.py", 547,
                                                    {{BarrierReset::AsyncWithCond, "        async with self._cond:"}});
    return code;
}
const CodeInfo& barrier_abort_code() {
    static const CodeInfo& code = aio::asyncio_code("abort", "Barrier.abort", "locks.py", 562,
                                                    {{BarrierAbort::AsyncWithCond, "        async with self._cond:"}});
    return code;
}

Object barrier_wait(const Object& self) {
    const CodeInfo& code = barrier_wait_code();
    return with_barrier_cond(code, int(BarrierWait::AsyncWithCond), self, barrier_wait_locked, &code).obj;
}
Object barrier_reset(const Object& self) {
    const CodeInfo& code = barrier_reset_code();
    return with_barrier_cond(code, int(BarrierReset::AsyncWithCond), self, barrier_reset_locked, &code).obj;
}
Object barrier_abort(const Object& self) {
    const CodeInfo& code = barrier_abort_code();
    return with_barrier_cond(code, int(BarrierAbort::AsyncWithCond), self, barrier_abort_locked, &code).obj;
}

// The lines of Barrier.__aenter__ and __aexit__ that their frames stand on.
enum class BarrierAenter { ReturnAwaitWait = 476 };
enum class BarrierAexit { Pass = 479 };

Coro barrier_aenter_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    aio::at_line(f, BarrierAenter::ReturnAwaitWait);
    co_return co_await barrier_wait(self);
}

Coro return_none_coro(const CodeInfo&, Object) {
    co_await enter();
    co_return None();
}

// ---------------------------------------------------------------- constructors

Object condition_ctor(const Type&, const Args& a) {
    SIG("Condition.__init__", {"self", "lock"}, {None()});
    std::vector<Object> v = sig.bind_new(a);
    auto* c = new ConditionObj();
    Object cond = Object::adopt(c);
    c->lock = is_none(v[1]) ? Object::adopt(new LockObj()) : v[1];
    return cond;
}

Object semaphore_ctor(const Type& cls, const Args& a) {
    static const aio::Signature sem_sig("Semaphore.__init__", {"self", "value"}, {Object::small(1)});
    static const aio::Signature bounded_sig("BoundedSemaphore.__init__", {"self", "value"}, {Object::small(1)});
    std::vector<Object> v = (&cls == &BoundedSemaphoreType ? bounded_sig : sem_sig).bind_new(a);
    if (compare_bool(CmpOp::Lt, v[1], Object::small(0))) raise(ValueErrorType, "Semaphore initial value must be >= 0");
    auto* s = new SemaphoreObj(&cls);
    Object sem = Object::adopt(s);
    s->value = v[1];
    s->bound = v[1];
    return sem;
}

Object barrier_ctor(const Type&, const Args& a) {
    SIG("Barrier.__init__", {"self", "parties"});
    std::vector<Object> v = sig.bind_new(a);
    if (compare_bool(CmpOp::Lt, v[1], Object::small(1))) raise(ValueErrorType, "parties must be > 0");
    auto* b = new BarrierObj();
    Object barrier = Object::adopt(b);
    b->cond = Object::adopt(new ConditionObj());
    as_cond(b->cond)->lock = Object::adopt(new LockObj());
    b->parties = int_as_int64(v[1]);
    return barrier;
}

// ---------------------------------------------------------------- Python methods

// What the methods that take self only do (aio::self_method gives them their Python signature).
bool lock_locked(const Object& self) { return as_lock(self)->locked; }
Object mixin_aenter(const Object& self) { return acquire_aenter_coro(mixin_aenter_code(), self).obj; }
Object cond_wait(const Object& self) { return cond_wait_coro(cond_wait_code(), self).obj; }
void cond_notify_all(const Object& self) { cond_notify(self, int_(int64_t(as_cond(self)->waiters.size()))); }
bool semaphore_locked(const Object& self) { return sem_locked(as_sem(self)); }
Object barrier_aenter(const Object& self) {
    static const CodeInfo& code =
        aio::asyncio_code("__aenter__", "Barrier.__aenter__", "locks.py", 473,
                          {{BarrierAenter::ReturnAwaitWait, "        return await self.wait()"}});
    return barrier_aenter_coro(code, self).obj;
}

constexpr BuiltinFn m_aenter = aio::self_method<"_ContextManagerMixin.__aenter__", mixin_aenter>;
Object m_aexit(const Args& a) {
    SIG("_ContextManagerMixin.__aexit__", {"self", "exc_type", "exc", "tb"});
    sig.check(a);
    return release_aexit_coro(mixin_aexit_code(), a[0]).obj;
}

// Condition exports its lock's bound methods as its own locked/acquire/release.
Object call_lock_method(const Args& a, const char* name) {
    return call(getattr(as_cond(a[0])->lock, name), Args{a.pos + 1, a.npos - 1, a.kw, a.nkw});
}
Object m_cond_locked(const Args& a) { return call_lock_method(a, "locked"); }
Object m_cond_acquire(const Args& a) { return call_lock_method(a, "acquire"); }
Object m_cond_release(const Args& a) { return call_lock_method(a, "release"); }
Object m_cond_wait_for(const Args& a) {
    SIG("Condition.wait_for", {"self", "predicate"});
    std::vector<Object> v = sig.bind(a);
    return cond_wait_for_coro(cond_wait_for_code(), a[0], v[1]).obj;
}
Object m_cond_notify(const Args& a) {
    SIG("Condition.notify", {"self", "n"}, {Object::small(1)});
    std::vector<Object> v = sig.bind(a);
    cond_notify(a[0], v[1]);
    return None();
}

Object m_sem_release(const Args& a) {
    static const aio::Signature sem_sig("Semaphore.release", {"self"});
    static const aio::Signature bounded_sig("BoundedSemaphore.release", {"self"});
    (a[0].type() == &BoundedSemaphoreType ? bounded_sig : sem_sig).check(a);
    sem_release(a[0]);
    return None();
}

Object m_barrier_aexit(const Args& a) {
    static const CodeInfo& code = aio::asyncio_code("__aexit__", "Barrier.__aexit__", "locks.py", 478,
                                                    {{BarrierAexit::Pass, "        pass"}});
    return return_none_coro(code, a[0]).obj;
}

// Properties: Barrier.parties / n_waiting / broken.
Object barrier_getattr(const Object& o, std::string_view name) {
    BarrierObj* b = as_barrier(o);
    if (name == "parties") return int_(b->parties);
    if (name == "n_waiting") return int_(barrier_n_waiting(b));
    if (name == "broken") return bool_(b->state == BarrierState::Broken);
    if (name == "_state") return str_(barrier_state_name(b->state));
    if (name == "_count") return int_(b->count);
    return {};
}

// The attributes programs peek at: _locked, _value, _waiters (as a count is not CPython's: a list of futures).
Object lock_getattr(const Object& o, std::string_view name) {
    if (name == "_locked") return bool_(as_lock(o)->locked);
    if (name == "_waiters") {
        LockObj* l = as_lock(o);
        return l->waiters.empty() && !l->loop.null() ? list_() : list_from({l->waiters.begin(), l->waiters.end()});
    }
    return {};
}
Object event_getattr(const Object& o, std::string_view name) {
    if (name == "_value") return bool_(as_event(o)->value);
    if (name == "_waiters") return list_from({as_event(o)->waiters.begin(), as_event(o)->waiters.end()});
    return {};
}
Object cond_getattr(const Object& o, std::string_view name) {
    if (name == "_lock") return as_cond(o)->lock;
    if (name == "_waiters") return list_from({as_cond(o)->waiters.begin(), as_cond(o)->waiters.end()});
    return {};
}
Object sem_getattr(const Object& o, std::string_view name) {
    if (name == "_value") return as_sem(o)->value;
    if (name == "_bound_value" && o.type() == &BoundedSemaphoreType) return as_sem(o)->bound;
    if (name == "_waiters") return list_from({as_sem(o)->waiters.begin(), as_sem(o)->waiters.end()});
    return {};
}

}  // namespace

void setup_asyncio_locks() {
    // _ContextManagerMixin's __aenter__ and __aexit__ come with Lock, Condition and Semaphore.
    using aio::self_method;
    set_slots(LockType, {.repr = lock_repr, .getattr = lock_getattr});
    set_type_constructor(LockType, aio::self_only_ctor<"Lock.__init__", LockObj>);
    add_methods(LockType, {{"locked", self_method<"Lock.locked", lock_locked>},
                           {"acquire", self_method<"Lock.acquire", lock_acquire>},
                           {"release", self_method<"Lock.release", lock_release>}, {"__aenter__", m_aenter},
                           {"__aexit__", m_aexit}});

    set_slots(EventType, {.repr = event_repr, .getattr = event_getattr});
    set_type_constructor(EventType, aio::self_only_ctor<"Event.__init__", EventObj>);
    add_methods(EventType, {{"is_set", self_method<"Event.is_set", event_is_set>},
                            {"set", self_method<"Event.set", event_set>},
                            {"clear", self_method<"Event.clear", event_clear_flag>},
                            {"wait", self_method<"Event.wait", event_wait>}});

    set_slots(ConditionType, {.repr = cond_repr, .getattr = cond_getattr});
    set_type_constructor(ConditionType, condition_ctor);
    add_methods(ConditionType, {{"locked", m_cond_locked}, {"acquire", m_cond_acquire}, {"release", m_cond_release},
                                {"wait", self_method<"Condition.wait", cond_wait>}, {"wait_for", m_cond_wait_for},
                                {"notify", m_cond_notify},
                                {"notify_all", self_method<"Condition.notify_all", cond_notify_all>},
                                {"__aenter__", m_aenter}, {"__aexit__", m_aexit}});

    // Slots are not inherited along the base chain: BoundedSemaphore takes Semaphore's; methods are found there.
    for (Type* t : {&SemaphoreType, &BoundedSemaphoreType}) {
        set_slots(*t, {.repr = sem_repr, .getattr = sem_getattr});
        set_type_constructor(*t, semaphore_ctor);
    }
    add_methods(SemaphoreType, {{"locked", self_method<"Semaphore.locked", semaphore_locked>},
                                {"acquire", self_method<"Semaphore.acquire", sem_acquire>},
                                {"release", m_sem_release}, {"__aenter__", m_aenter}, {"__aexit__", m_aexit}});

    set_slots(BarrierType, {.repr = barrier_repr, .getattr = barrier_getattr});
    set_type_constructor(BarrierType, barrier_ctor);
    add_methods(BarrierType, {{"wait", self_method<"Barrier.wait", barrier_wait>},
                              {"reset", self_method<"Barrier.reset", barrier_reset>},
                              {"abort", self_method<"Barrier.abort", barrier_abort>},
                              {"__aenter__", self_method<"Barrier.__aenter__", barrier_aenter>},
                              {"__aexit__", m_barrier_aexit}});

    set_slots(BrokenBarrierErrorType, BaseExceptionType);  // an exception class: BaseException's slots
}

// ---------------------------------------------------------------- the C++ interface

Object new_lock() { return Object::adopt(new LockObj()); }
Object new_event() { return Object::adopt(new EventObj()); }
void event_set_flag(const Object& event) { event_set(event); }
void event_clear_flag(const Object& event) { as_event(event)->value = false; }
bool event_is_set(const Object& event) { return as_event(event)->value; }
Object event_wait(const Object& event) { return event_wait_coro(event_wait_code(), event).obj; }

}  // namespace pyco
