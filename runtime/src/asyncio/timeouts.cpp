// asyncio.timeouts (CPython's timeouts.py): Timeout, timeout(delay) and timeout_at(when).
//
// A Timeout is an asynchronous context manager. Entering it arms a timer that cancels the current task; leaving
// it, if the timer fired and no other cancellation is pending (uncancel() brings the task's count back to what
// it was on entry), turns the CancelledError into TimeoutError raised from it.
#include <fmt/format.h>

#include "internal.h"
#include "internal/type_setup.h"
#include "pyco/builtins.h"
#include "pyco/ops.h"
#include "internal/values.h"

namespace pyco {

Type TimeoutType("Timeout", "asyncio.timeouts", &ObjectType);

namespace {

enum class TimeoutState : uint8_t { Created, Entered, Expiring, Expired, Exited };

// _State's values, as repr and the error messages show them.
const char* state_value(TimeoutState s) {
    switch (s) {
        case TimeoutState::Created: return "created";
        case TimeoutState::Entered: return "active";
        case TimeoutState::Expiring: return "expiring";
        case TimeoutState::Expired: return "expired";
        case TimeoutState::Exited: return "finished";
    }
    return "";
}

struct TimeoutObj : Obj {
    TimeoutState state = TimeoutState::Created;
    Object timeout_handler;  // the TimerHandle (or Handle) of _on_timeout, or null
    Object task;
    Object when;  // a float (loop time) or None
    int64_t cancelling = 0;
    TimeoutObj() : Obj(&TimeoutType) {}
};

TimeoutObj* as_timeout(const Object& o) { return o.as<TimeoutObj>(); }

// Timeout._on_timeout: cancels the task that entered; __aexit__ then knows the CancelledError is ours.
void on_timeout(const Object& self, const Object&) {
    TimeoutObj* t = as_timeout(self);
    task_cancel(t->task);
    t->state = TimeoutState::Expiring;
    t->timeout_handler = Object();  // drop the reference early
}

void reschedule(const Object& self, const Object& when) {
    TimeoutObj* t = as_timeout(self);
    if (t->state != TimeoutState::Entered) {
        if (t->state == TimeoutState::Created) raise(RuntimeErrorType, "Timeout has not been entered");
        raise(RuntimeErrorType, fmt::format("Cannot change state of {} Timeout", state_value(t->state)));
    }
    t->when = when;
    if (!t->timeout_handler.null()) timer_cancel(t->timeout_handler);
    if (is_none(when)) {
        t->timeout_handler = Object();
        return;
    }
    LoopObj* loop = get_running_loop();
    if (compare_bool(CmpOp::Le, when, float_(double(monotonic_ns()) / 1e9)))
        t->timeout_handler = call_soon_handle(loop, on_timeout, self);
    else
        t->timeout_handler = call_at(loop, seconds_to_ns(float_value(when)), on_timeout, self);
}

std::string timeout_repr(const Object& self) {
    TimeoutObj* t = as_timeout(self);
    std::string info;
    if (t->state == TimeoutState::Entered) {
        Object when = is_none(t->when) ? None() : call(builtin("round"), {t->when, Object::small(3)});
        info = " when=" + repr_utf8(when);
    }
    return fmt::format("<Timeout [{}]{}>", state_value(t->state), info);
}

// The lines of Timeout.__aenter__ that its frame stands on.
enum class TimeoutAenter { RaiseEntered = 87, CurrentTask = 88, RaiseNoTask = 90, Reschedule = 94 };

const CodeInfo& aenter_code() {
    using enum TimeoutAenter;
    static const CodeInfo& code = aio::asyncio_code(
        "__aenter__", "Timeout.__aenter__", "timeouts.py", 85,
        {{RaiseEntered, "            raise RuntimeError(\"Timeout has already been entered\")"},
         {CurrentTask, "        task = tasks.current_task()"},
         {RaiseNoTask, "            raise RuntimeError(\"Timeout should be used inside a task\")"},
         {Reschedule, "        self.reschedule(self._when)"}});
    return code;
}

Coro aenter_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    TimeoutObj* t = as_timeout(self);
    if (t->state != TimeoutState::Created) {
        aio::at_line(f, TimeoutAenter::RaiseEntered);
        raise(RuntimeErrorType, "Timeout has already been entered");
    }
    aio::at_line(f, TimeoutAenter::CurrentTask);
    Object task = current_task(get_running_loop());
    if (is_none(task)) {
        aio::at_line(f, TimeoutAenter::RaiseNoTask);
        raise(RuntimeErrorType, "Timeout should be used inside a task");
    }
    t->state = TimeoutState::Entered;
    t->task = task;
    t->cancelling = as_task(task)->num_cancels_requested;
    aio::at_line(f, TimeoutAenter::Reschedule);
    reschedule(self, t->when);
    co_return self;
}

// The lines of Timeout.__aexit__ that its frame stands on.
enum class TimeoutAexit { AssertState = 103, RaiseTimeout = 115 };

const CodeInfo& aexit_code() {
    using enum TimeoutAexit;
    static const CodeInfo& code = aio::asyncio_code(
        "__aexit__", "Timeout.__aexit__", "timeouts.py", 97,
        {{AssertState, "        assert self._state in (_State.ENTERED, _State.EXPIRING)"},
         {RaiseTimeout, "                raise TimeoutError from exc_val"}});
    return code;
}

Coro aexit_coro(const CodeInfo&, Object self, Object exc_type, Object exc_val) {
    Frame& f = co_await enter();
    TimeoutObj* t = as_timeout(self);
    if (t->state != TimeoutState::Entered && t->state != TimeoutState::Expiring) {
        aio::at_line(f, TimeoutAexit::AssertState);
        raise_(type_object(AssertionErrorType));
    }
    if (!t->timeout_handler.null()) {
        timer_cancel(t->timeout_handler);
        t->timeout_handler = Object();
    }
    if (t->state == TimeoutState::Expiring) {
        t->state = TimeoutState::Expired;
        if (aio::task_uncancel(t->task) <= t->cancelling && exc_type.ptr() == &CancelledErrorType) {
            // Since there are no new cancel requests, we're handling this.
            aio::at_line(f, TimeoutAexit::RaiseTimeout);
            aio::raise_while_handling(exc_val, type_object(TimeoutErrorType), exc_val);
        }
    } else if (t->state == TimeoutState::Entered) {
        t->state = TimeoutState::Exited;
    }
    co_return None();
}

// ---------------------------------------------------------------- Python methods

Object new_timeout(const Object& when) {
    auto* t = new TimeoutObj();
    Object timeout = Object::adopt(t);
    t->when = when;
    return timeout;
}

Object timeout_ctor(const Type&, const Args& a) {
    SIG("Timeout.__init__", {"self", "when"});
    std::vector<Object> v = sig.bind_new(a);
    return new_timeout(v[1]);
}

// What the methods that take self only do (aio::self_method gives them their Python signature).
Object timeout_when(const Object& self) { return as_timeout(self)->when; }
bool timeout_expired(const Object& self) {
    TimeoutState s = as_timeout(self)->state;
    return s == TimeoutState::Expiring || s == TimeoutState::Expired;
}
Object timeout_aenter(const Object& self) { return aenter_coro(aenter_code(), self).obj; }

Object m_reschedule(const Args& a) {
    SIG("Timeout.reschedule", {"self", "when"});
    std::vector<Object> v = sig.bind(a);
    reschedule(a[0], v[1]);
    return None();
}
Object m_aexit(const Args& a) {
    SIG("Timeout.__aexit__", {"self", "exc_type", "exc_val", "exc_tb"});
    std::vector<Object> v = sig.bind(a);
    return aexit_coro(aexit_code(), a[0], v[1], v[2]).obj;
}
Object m_repr(const Args& a) { return str_(timeout_repr(a[0])); }

Object f_timeout(const Args& a) {
    SIG("timeout", {"delay"});
    std::vector<Object> v = sig.bind(a);
    get_running_loop();  // RuntimeError outside a running loop, as loop.time() needs one
    if (is_none(v[0])) return new_timeout(None());
    return new_timeout(add(float_(double(monotonic_ns()) / 1e9), v[0]));
}

Object f_timeout_at(const Args& a) {
    SIG("timeout_at", {"when"});
    std::vector<Object> v = sig.bind(a);
    return new_timeout(v[0]);
}

}  // namespace

void setup_asyncio_timeouts() {
    set_slots(TimeoutType, {.repr = timeout_repr});
    set_type_constructor(TimeoutType, timeout_ctor);
    using aio::self_method;
    add_methods(TimeoutType, {{"when", self_method<"Timeout.when", timeout_when>}, {"reschedule", m_reschedule},
                              {"expired", self_method<"Timeout.expired", timeout_expired>},
                              {"__aenter__", self_method<"Timeout.__aenter__", timeout_aenter>},
                              {"__aexit__", m_aexit}, {"__repr__", m_repr}});
    register_callback_repr(on_timeout, "Timeout._on_timeout", nullptr);
}

Object aio::timeout_function() { return immortal(make_builtin("timeout", f_timeout)); }
Object aio::timeout_at_function() { return immortal(make_builtin("timeout_at", f_timeout_at)); }

}  // namespace pyco
