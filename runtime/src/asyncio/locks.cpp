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

const CodeInfo& code_of(const char* name, const char* qualname, int firstlineno,
                        std::initializer_list<std::pair<int, const char*>> lines) {
    return *aio::asyncio_code(name, qualname, "locks.py", firstlineno, lines);
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

const CodeInfo& lock_acquire_code() {
    static const CodeInfo& code = code_of("acquire", "Lock.acquire", 93,
                                          {{105, "        fut = self._get_loop().create_future()"},
                                           {114, "                await fut"},
                                           {120, "            raise"}});
    return code;
}

Coro lock_acquire_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    LockObj* l = as_lock(self);
    if (!l->locked && all_cancelled(l->waiters)) {
        l->locked = true;
        co_return bool_(true);
    }
    f.pos = 1;
    Object fut = aio::new_waiter(l->waiters, self);
    std::exception_ptr err;
    try {
        f.pos = 2;
        co_await fut;
    } catch (...) {
        err = std::current_exception();
    }
    aio::remove_waiter(l->waiters, fut);
    if (err) {
        // The finally has run first, so a cancelled waiter does not wake itself.
        if (is_cancelled_error(err) && !l->locked) lock_wake_up_first(l);
        f.pos = 3;
        std::rethrow_exception(err);
    }
    l->locked = true;
    co_return bool_(true);
}

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

const CodeInfo& event_wait_code() {
    static const CodeInfo& code = code_of("wait", "Event.wait", 200,
                                          {{210, "        fut = self._get_loop().create_future()"},
                                           {213, "            await fut"}});
    return code;
}

Coro event_wait_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    EventObj* e = as_event(self);
    if (e->value) co_return bool_(true);
    f.pos = 1;
    Object fut = aio::new_waiter(e->waiters, self);
    struct Finally {
        EventObj* e;
        Object fut;
        ~Finally() { aio::remove_waiter(e->waiters, fut); }
    } finally{e, fut};
    f.pos = 2;
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

const CodeInfo& cond_wait_code() {
    static const CodeInfo& code = code_of("wait", "Condition.wait", 248,
                                          {{260, "            raise RuntimeError('cannot wait on un-acquired lock')"},
                                           {262, "        self.release()"},
                                           {264, "            fut = self._get_loop().create_future()"},
                                           {267, "                await fut"},
                                           {277, "                    await self.acquire()"},
                                           {283, "                raise exceptions.CancelledError"}});
    return code;
}

Coro cond_wait_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    ConditionObj* c = as_cond(self);
    f.pos = 1;
    if (!cond_locked(c)) raise(RuntimeErrorType, "cannot wait on un-acquired lock");
    f.pos = 2;
    release_of(c->lock);
    std::exception_ptr err;
    try {
        f.pos = 3;
        Object fut = aio::new_waiter(c->waiters, self);
        try {
            f.pos = 4;
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
            f.pos = 5;
            co_await acquire_of(c->lock);
            break;
        } catch (...) {
            again = std::current_exception();
        }
        if (!is_cancelled_error(again)) std::rethrow_exception(again);
        cancelled = true;
    }
    if (cancelled) {
        f.pos = 6;
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

const CodeInfo& cond_wait_for_code() {
    static const CodeInfo& code = code_of("wait_for", "Condition.wait_for", 285,
                                          {{292, "        result = predicate()"},
                                           {294, "            await self.wait()"},
                                           {295, "            result = predicate()"}});
    return code;
}

Coro cond_wait_for_coro(const CodeInfo&, Object self, Object predicate) {
    Frame& f = co_await enter();
    f.pos = 1;
    Object result = call(predicate, {});
    while (!truthy(result)) {
        f.pos = 2;
        co_await cond_wait_coro(cond_wait_code(), self);
        f.pos = 3;
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

const CodeInfo& sem_acquire_code() {
    static const CodeInfo& code = code_of("acquire", "Semaphore.acquire", 364,
                                          {{378, "        fut = self._get_loop().create_future()"},
                                           {387, "                await fut"},
                                           {394, "            raise"}});
    return code;
}

Coro sem_acquire_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    SemaphoreObj* s = as_sem(self);
    if (!sem_locked(s)) {
        s->value = sub(s->value, Object::small(1));
        co_return bool_(true);
    }
    f.pos = 1;
    Object fut = aio::new_waiter(s->waiters, self);
    std::exception_ptr err;
    try {
        f.pos = 2;
        co_await fut;
    } catch (...) {
        err = std::current_exception();
    }
    aio::remove_waiter(s->waiters, fut);
    if (err) {
        if (is_cancelled_error(err) && !future_cancelled(fut)) {
            // Woken (and counted) just before the cancellation arrived: hand the slot on.
            s->value = add(s->value, Object::small(1));
            sem_wake_up_next(s);
        }
        f.pos = 3;
        std::rethrow_exception(err);
    }
    if (compare_bool(CmpOp::Gt, s->value, Object::small(0))) sem_wake_up_next(s);
    co_return bool_(true);
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

const CodeInfo& aenter_code(const char* qualname) {
    return code_of("__aenter__", qualname, 14, {{15, "        await self.acquire()"}});
}

// self.acquire() / self.release(): the built-in classes' own methods called directly (no attribute lookup on
// `async with lock`), a subclass's through the lookup, which finds its overrides.
Object acquire_of(const Object& self) {
    const Type* t = self.type();
    if (t == &LockType) return lock_acquire_coro(lock_acquire_code(), self).obj;
    if (t == &SemaphoreType || t == &BoundedSemaphoreType) return sem_acquire_coro(sem_acquire_code(), self).obj;
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

Coro acquire_aenter_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    f.pos = 1;
    co_await acquire_of(self);
    co_return None();
}

Coro release_aexit_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    f.pos = 1;
    release_of(self);
    co_return None();
}

const CodeInfo& mixin_aenter_code() {
    static const CodeInfo& code = aenter_code("_ContextManagerMixin.__aenter__");
    return code;
}

const CodeInfo& mixin_aexit_code() {
    static const CodeInfo& code =
        code_of("__aexit__", "_ContextManagerMixin.__aexit__", 20, {{21, "        self.release()"}});
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

const CodeInfo& barrier_code(const char* name, const char* qualname, int line) {
    return code_of(name, qualname, line, {{line + 1, "        ..."}});
}

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
    static const CodeInfo& code = barrier_code("wait_for", "Condition.wait_for", 285);
    return code;
}

// _exit: the last task out signals the tasks waiting for the barrier to drain.
void barrier_exit(BarrierObj* b) {
    if (b->count != 0) return;
    if (b->state == BarrierState::Resetting || b->state == BarrierState::Draining) b->state = BarrierState::Filling;
    barrier_notify_all(b);
}

const CodeInfo& barrier_wait_code() {
    static const CodeInfo& code = code_of("wait", "Barrier.wait", 481,
                                          {{488, "        async with self._cond:"},
                                           {489, "            await self._block() # Block while the barrier drains or resets."},
                                           {495, "                    await self._release()"},
                                           {497, "                    await self._wait()"},
                                           {518, "            raise exceptions.BrokenBarrierError(\"Barrier aborted\")"},
                                           {537, "            raise exceptions.BrokenBarrierError(\"Abort or reset of barrier\")"}});
    return code;
}

// Barrier.wait's body inside `async with self._cond`: returns the task's index.
Coro barrier_wait_locked(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    BarrierObj* b = as_barrier(self);
    f.pos = 2;
    co_await barrier_wait_until(barrier_wait_until_code(), self, not_draining_or_resetting);  // _block()
    if (b->state == BarrierState::Broken) {
        f.pos = 5;
        raise(BrokenBarrierErrorType, "Barrier aborted");
    }
    int64_t index = b->count++;
    std::exception_ptr err;
    try {
        if (index + 1 == b->parties) {
            f.pos = 3;
            b->state = BarrierState::Draining;  // _release()
            barrier_notify_all(b);
        } else {
            f.pos = 4;
            co_await barrier_wait_until(barrier_wait_until_code(), self, not_filling);  // _wait()
            if (b->state == BarrierState::Broken || b->state == BarrierState::Resetting) {
                f.pos = 6;
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

// `async with self._cond: <body>` around a coroutine body.
using BarrierBody = Coro (*)(const CodeInfo&, Object);
Coro with_barrier_cond(const CodeInfo&, Object self, BarrierBody body, const CodeInfo* body_code) {
    Frame& f = co_await enter();
    Object cond = as_barrier(self)->cond;
    f.pos = 1;
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

const CodeInfo& barrier_reset_code() {
    static const CodeInfo& code = code_of("reset", "Barrier.reset", 547, {{553, "        async with self._cond:"}});
    return code;
}
const CodeInfo& barrier_abort_code() {
    static const CodeInfo& code = code_of("abort", "Barrier.abort", 562, {{568, "        async with self._cond:"}});
    return code;
}

Object barrier_wait(const Object& self) {
    return with_barrier_cond(barrier_wait_code(), self, barrier_wait_locked, &barrier_wait_code()).obj;
}

Coro barrier_aenter_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    f.pos = 1;
    co_return co_await barrier_wait(self);
}

Coro return_none_coro(const CodeInfo&, Object) {
    co_await enter();
    co_return None();
}

// ---------------------------------------------------------------- constructors

// A method's or constructor's Python signature, built on first use: SIG("Lock.acquire", {"self"}).
#define SIG(...) static const aio::Signature sig(__VA_ARGS__)

Object lock_ctor(const Type&, const Args& a) {
    SIG("Lock.__init__", {"self"});
    sig.bind_new(a);
    return Object::adopt(new LockObj());
}

Object event_ctor(const Type&, const Args& a) {
    SIG("Event.__init__", {"self"});
    sig.bind_new(a);
    return Object::adopt(new EventObj());
}

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

Object m_lock_locked(const Args& a) {
    SIG("Lock.locked", {"self"});
    sig.check(a);
    return bool_(as_lock(a[0])->locked);
}
Object m_lock_acquire(const Args& a) {
    SIG("Lock.acquire", {"self"});
    sig.check(a);
    return lock_acquire_coro(lock_acquire_code(), a[0]).obj;
}
Object m_lock_release(const Args& a) {
    SIG("Lock.release", {"self"});
    sig.check(a);
    lock_release(a[0]);
    return None();
}

Object m_aenter(const Args& a) {
    SIG("_ContextManagerMixin.__aenter__", {"self"});
    sig.check(a);
    return acquire_aenter_coro(mixin_aenter_code(), a[0]).obj;
}
Object m_aexit(const Args& a) {
    SIG("_ContextManagerMixin.__aexit__", {"self", "exc_type", "exc", "tb"});
    sig.check(a);
    return release_aexit_coro(mixin_aexit_code(), a[0]).obj;
}

Object m_event_is_set(const Args& a) {
    SIG("Event.is_set", {"self"});
    sig.check(a);
    return bool_(as_event(a[0])->value);
}
Object m_event_set(const Args& a) {
    SIG("Event.set", {"self"});
    sig.check(a);
    event_set(a[0]);
    return None();
}
Object m_event_clear(const Args& a) {
    SIG("Event.clear", {"self"});
    sig.check(a);
    as_event(a[0])->value = false;
    return None();
}
Object m_event_wait(const Args& a) {
    SIG("Event.wait", {"self"});
    sig.check(a);
    return event_wait_coro(event_wait_code(), a[0]).obj;
}

// Condition exports its lock's bound methods as its own locked/acquire/release.
Object m_cond_locked(const Args& a) { return call(getattr(as_cond(a[0])->lock, "locked"), Args{a.pos + 1, a.npos - 1, a.kw, a.nkw}); }
Object m_cond_acquire(const Args& a) { return call(getattr(as_cond(a[0])->lock, "acquire"), Args{a.pos + 1, a.npos - 1, a.kw, a.nkw}); }
Object m_cond_release(const Args& a) { return call(getattr(as_cond(a[0])->lock, "release"), Args{a.pos + 1, a.npos - 1, a.kw, a.nkw}); }
Object m_cond_wait(const Args& a) {
    SIG("Condition.wait", {"self"});
    sig.check(a);
    return cond_wait_coro(cond_wait_code(), a[0]).obj;
}
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
Object m_cond_notify_all(const Args& a) {
    SIG("Condition.notify_all", {"self"});
    sig.check(a);
    cond_notify(a[0], int_(int64_t(as_cond(a[0])->waiters.size())));
    return None();
}

Object m_sem_locked(const Args& a) {
    SIG("Semaphore.locked", {"self"});
    sig.check(a);
    return bool_(sem_locked(as_sem(a[0])));
}
Object m_sem_acquire(const Args& a) {
    SIG("Semaphore.acquire", {"self"});
    sig.check(a);
    return sem_acquire_coro(sem_acquire_code(), a[0]).obj;
}
Object m_sem_release(const Args& a) {
    static const aio::Signature sem_sig("Semaphore.release", {"self"});
    static const aio::Signature bounded_sig("BoundedSemaphore.release", {"self"});
    (a[0].type() == &BoundedSemaphoreType ? bounded_sig : sem_sig).check(a);
    sem_release(a[0]);
    return None();
}

Object m_barrier_wait(const Args& a) {
    SIG("Barrier.wait", {"self"});
    sig.check(a);
    return barrier_wait(a[0]);
}
Object m_barrier_reset(const Args& a) {
    SIG("Barrier.reset", {"self"});
    sig.check(a);
    return with_barrier_cond(barrier_reset_code(), a[0], barrier_reset_locked, &barrier_reset_code()).obj;
}
Object m_barrier_abort(const Args& a) {
    SIG("Barrier.abort", {"self"});
    sig.check(a);
    return with_barrier_cond(barrier_abort_code(), a[0], barrier_abort_locked, &barrier_abort_code()).obj;
}
Object m_barrier_aenter(const Args& a) {
    SIG("Barrier.__aenter__", {"self"});
    sig.check(a);
    static const CodeInfo& code = code_of("__aenter__", "Barrier.__aenter__", 473, {{476, "        return await self.wait()"}});
    return barrier_aenter_coro(code, a[0]).obj;
}
Object m_barrier_aexit(const Args& a) {
    static const CodeInfo& code = code_of("__aexit__", "Barrier.__aexit__", 478, {{479, "        pass"}});
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

void add_context_manager_methods(Type& t) {
    aio::add_method(t, "__aenter__", m_aenter);
    aio::add_method(t, "__aexit__", m_aexit);
}

}  // namespace

namespace aio {

void init_lock_methods() {
    LockType.repr = lock_repr;
    LockType.getattr = lock_getattr;
    set_type_constructor(LockType, lock_ctor);
    add_method(LockType, "locked", m_lock_locked);
    add_method(LockType, "acquire", m_lock_acquire);
    add_method(LockType, "release", m_lock_release);
    add_context_manager_methods(LockType);

    EventType.repr = event_repr;
    EventType.getattr = event_getattr;
    set_type_constructor(EventType, event_ctor);
    add_method(EventType, "is_set", m_event_is_set);
    add_method(EventType, "set", m_event_set);
    add_method(EventType, "clear", m_event_clear);
    add_method(EventType, "wait", m_event_wait);

    ConditionType.repr = cond_repr;
    ConditionType.getattr = cond_getattr;
    set_type_constructor(ConditionType, condition_ctor);
    add_method(ConditionType, "locked", m_cond_locked);
    add_method(ConditionType, "acquire", m_cond_acquire);
    add_method(ConditionType, "release", m_cond_release);
    add_method(ConditionType, "wait", m_cond_wait);
    add_method(ConditionType, "wait_for", m_cond_wait_for);
    add_method(ConditionType, "notify", m_cond_notify);
    add_method(ConditionType, "notify_all", m_cond_notify_all);
    add_context_manager_methods(ConditionType);

    for (Type* t : {&SemaphoreType, &BoundedSemaphoreType}) {
        t->repr = sem_repr;
        t->getattr = sem_getattr;
        set_type_constructor(*t, semaphore_ctor);
    }
    add_method(SemaphoreType, "locked", m_sem_locked);
    add_method(SemaphoreType, "acquire", m_sem_acquire);
    add_method(SemaphoreType, "release", m_sem_release);
    add_context_manager_methods(SemaphoreType);

    BarrierType.repr = barrier_repr;
    BarrierType.getattr = barrier_getattr;
    set_type_constructor(BarrierType, barrier_ctor);
    add_method(BarrierType, "wait", m_barrier_wait);
    add_method(BarrierType, "reset", m_barrier_reset);
    add_method(BarrierType, "abort", m_barrier_abort);
    add_method(BarrierType, "__aenter__", m_barrier_aenter);
    add_method(BarrierType, "__aexit__", m_barrier_aexit);

    init_exception_type(BrokenBarrierErrorType);
}

}  // namespace aio

// ---------------------------------------------------------------- the C++ interface

Object new_lock() { return Object::adopt(new LockObj()); }
Object new_event() { return Object::adopt(new EventObj()); }
void event_set_flag(const Object& event) { event_set(event); }
void event_clear_flag(const Object& event) { as_event(event)->value = false; }
bool event_is_set(const Object& event) { return as_event(event)->value; }
Object event_wait(const Object& event) { return event_wait_coro(event_wait_code(), event).obj; }

}  // namespace pyco
