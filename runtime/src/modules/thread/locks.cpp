// _thread.lock and _thread.RLock (CPython's Modules/_threadmodule.c): acquire with blocking and timeout,
// release, their reprs and messages. Waiting goes through the scheduler, which releases the global lock and
// keeps virtual time right (docs/threads.md).
#include "locks.h"

#include <fmt/format.h>

#include <cmath>

#include "internal/asyncio.h"
#include "internal/class_layout.h"
#include "internal/module_args.h"
#include "internal/threads.h"
#include "internal/type_setup.h"
#include "internal/values.h"
#include "pyco/exceptions.h"
#include "pyco/ops.h"

namespace pyco::thread_module {

Type ThreadLockType("lock", "_thread", &ObjectType);
Type ThreadRLockType("RLock", "_thread", &ObjectType);

LockObj::LockObj() : Obj(&ThreadLockType) {}
RLockObj::RLockObj() : Obj(&ThreadRLockType) {}

Object new_lock() { return Object::adopt(new LockObj()); }

namespace {

// _thread's TIMEOUT_MAX on 64-bit Linux: the largest wait in microseconds a platform lock takes, in seconds.
constexpr double kTimeoutMax = 9223372036.0;

// acquire(blocking=True, timeout=-1) as lock_acquire_parse_args: the deadline on the monotonic clock, -1 for
// none, 0 for a single try.
int64_t acquire_deadline(const char* fname, const Args& a) {
    std::vector<Object> v = clinic_args(fname, Args{a.pos + 1, a.npos - 1, a.kw, a.nkw}, {"blocking", "timeout"}, 0);
    bool blocking = v[0].null() || truthy(v[0]);
    double timeout = -1;
    if (!v[1].null()) {
        if (!is_float(v[1]) && !is_intlike(v[1]))
            type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(v[1])));
        timeout = float_value(v[1]);
        if (std::isnan(timeout)) value_error("Invalid value NaN (not a number)");
    }
    if (!blocking && timeout != -1) value_error("can't specify a timeout for a non-blocking call");
    if (timeout < 0 && timeout != -1) value_error("timeout value must be positive");
    if (!blocking) return 0;
    if (timeout == -1) return -1;
    if (timeout * 1e9 >= 9.2e18) raise(OverflowErrorType, "timestamp out of range for platform time_t");
    if (timeout > kTimeoutMax) raise(OverflowErrorType, "timeout value is too large");
    return monotonic_ns() + seconds_to_ns(timeout);
}

// Takes the lock if it is free (under the scheduler's mutex), else waits until the deadline.
bool claim(int64_t deadline, const std::function<bool()>& try_take) {
    bool got = false;
    threads::with_scheduler([&] { got = try_take(); });
    if (got || deadline == 0) return got;
    return threads::wait_until(try_take, deadline);
}

LockObj* as_lock(const Object& o) { return static_cast<LockObj*>(o.ptr()); }
RLockObj* as_rlock(const Object& o) { return static_cast<RLockObj*>(o.ptr()); }

Object lock_acquire(const Args& a) {
    LockObj* l = as_lock(a[0]);
    int64_t deadline = acquire_deadline("acquire", a);
    return bool_(claim(deadline, [l] { return l->locked ? false : (l->locked = true); }));
}

Object lock_release(const Args& a) {
    check_nargs("release", Args{a.pos + 1, a.npos - 1, a.kw, a.nkw}, 0, 0);
    LockObj* l = as_lock(a[0]);
    bool was = false;
    threads::change_and_notify([&] {
        was = l->locked;
        l->locked = false;
    });
    if (!was) raise(RuntimeErrorType, "release unlocked lock");
    return None();
}

Object lock_locked(const Args& a) {
    LockObj* l = as_lock(a[0]);
    bool v = false;
    threads::with_scheduler([&] { v = l->locked; });
    return bool_(v);
}

Object lock_exit(const Args& a) {
    lock_release(Args{a.pos, 1, nullptr, 0});
    return None();
}

Object lock_reinit(const Args& a) {
    LockObj* l = as_lock(a[0]);
    threads::change_and_notify([&] { l->locked = false; });
    return None();
}

std::string lock_repr(const Object& o) {
    bool v = false;
    threads::with_scheduler([&] { v = as_lock(o)->locked; });
    return fmt::format("<{} _thread.lock object at {}>", v ? "locked" : "unlocked", addr_str(o.ptr()));
}

Object lock_ctor(const Type&, const Args& a) {
    check_nargs("lock", a, 0, 0);
    return new_lock();
}

// ---- RLock

Object rlock_acquire(const Args& a) {
    RLockObj* r = as_rlock(a[0]);
    int64_t deadline = acquire_deadline("acquire", a);
    uint64_t me = threads::current_ident();
    // Taken again by its owner: one more level (only the owner changes a held RLock's count).
    bool mine = false, overflow = false;
    threads::with_scheduler([&] {
        mine = r->count > 0 && r->owner == me;
        overflow = mine && r->count == UINT64_MAX;
        if (mine && !overflow) ++r->count;
    });
    if (overflow) raise(OverflowErrorType, "Internal lock count overflowed");
    if (mine) return bool_(true);
    return bool_(claim(deadline, [r, me] {
        if (r->count > 0) return false;
        r->owner = me;
        r->count = 1;
        return true;
    }));
}

// Gives up `times` levels (0: all), raising CPython's error when the caller does not own it.
uint64_t rlock_give_up(RLockObj* r, uint64_t times) {
    uint64_t me = threads::current_ident(), had = 0;
    bool owned = true;
    threads::change_and_notify([&] {
        if (r->count == 0 || r->owner != me) {
            owned = false;
            return;
        }
        had = r->count;
        r->count = times == 0 ? 0 : r->count - times;
        if (r->count == 0) r->owner = 0;
    });
    if (!owned) raise(RuntimeErrorType, "cannot release un-acquired lock");
    return had;
}

Object rlock_release(const Args& a) {
    check_nargs("release", Args{a.pos + 1, a.npos - 1, a.kw, a.nkw}, 0, 0);
    rlock_give_up(as_rlock(a[0]), 1);
    return None();
}

Object rlock_exit(const Args& a) {
    rlock_give_up(as_rlock(a[0]), 1);
    return None();
}

Object rlock_is_owned(const Args& a) {
    RLockObj* r = as_rlock(a[0]);
    uint64_t me = threads::current_ident();
    bool v = false;
    threads::with_scheduler([&] { v = r->count > 0 && r->owner == me; });
    return bool_(v);
}

Object rlock_recursion_count(const Args& a) {
    RLockObj* r = as_rlock(a[0]);
    uint64_t me = threads::current_ident(), n = 0;
    threads::with_scheduler([&] { n = r->owner == me ? r->count : 0; });
    return int_(int64_t(n));
}

// Condition.wait's helpers: give the lock up entirely, returning (count, owner), and take it back so.
Object rlock_release_save(const Args& a) {
    RLockObj* r = as_rlock(a[0]);
    uint64_t owner = threads::current_ident();
    uint64_t count = rlock_give_up(r, 0);  // raises CPython's error when it is not held
    return tuple_({int_(int64_t(count)), int_(int64_t(owner))});
}

Object rlock_acquire_restore(const Args& a) {
    check_nargs("_acquire_restore", Args{a.pos + 1, a.npos - 1, a.kw, a.nkw}, 1, 1);
    RLockObj* r = as_rlock(a[0]);
    Object state = a[1];
    uint64_t count = uint64_t(int_as_int64(getitem(state, int_(0))));
    uint64_t owner = uint64_t(int_as_int64(getitem(state, int_(1))));
    claim(-1, [r, count, owner] {
        if (r->count > 0) return false;
        r->owner = owner;
        r->count = count;
        return true;
    });
    return None();
}

std::string rlock_repr(const Object& o) {
    RLockObj* r = as_rlock(o);
    uint64_t owner = 0, count = 0;
    threads::with_scheduler([&] {
        owner = r->owner;
        count = r->count;
    });
    std::string cls = o.type() == &ThreadRLockType ? "_thread.RLock" : o.type()->name;
    return fmt::format("<{} {} object owner={} count={} at {}>", count ? "locked" : "unlocked", cls, owner, count,
                       addr_str(o.ptr()));
}

Object rlock_ctor(const Type&, const Args&) { return Object::adopt(new RLockObj()); }

}  // namespace

}  // namespace pyco::thread_module

namespace pyco {

void setup_thread_locks() {
    using namespace thread_module;
    set_slots(ThreadLockType, {.repr = lock_repr});
    set_type_constructor(ThreadLockType, lock_ctor);
    add_methods(ThreadLockType, {{"acquire", lock_acquire}, {"acquire_lock", lock_acquire}, {"__enter__", lock_acquire},
                           {"release", lock_release}, {"release_lock", lock_release}, {"__exit__", lock_exit},
                           {"locked", lock_locked}, {"locked_lock", lock_locked}, {"_at_fork_reinit", lock_reinit}});
    set_slots(ThreadRLockType, {.repr = rlock_repr});
    set_type_constructor(ThreadRLockType, rlock_ctor);
    allow_native_subclasses<RLockObj>(ThreadRLockType);
    add_methods(ThreadRLockType, {{"acquire", rlock_acquire}, {"__enter__", rlock_acquire}, {"release", rlock_release},
                            {"__exit__", rlock_exit}, {"_is_owned", rlock_is_owned},
                            {"_recursion_count", rlock_recursion_count}, {"_release_save", rlock_release_save},
                            {"_acquire_restore", rlock_acquire_restore}});
}

}  // namespace pyco
