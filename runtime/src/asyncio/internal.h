// Shared between the asyncio sources only: the Python-facing method tables and argument helpers.
#pragma once

#include <deque>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "internal/asyncio.h"
#include "pyco/call.h"

namespace pyco::aio {

// Method tables of the Python-visible types, filled once by setup_asyncio() (asyncio_module.cpp).
void init_future_methods();
void init_task_methods();
void init_loop_methods();
void init_lock_methods();
void init_queue_methods();
void init_timeout_methods();
void init_taskgroup_methods();
// asyncio.timeout and asyncio.timeout_at (timeouts.cpp).
Object timeout_function();
Object timeout_at_function();

// Gives a failed future's exception the traceback saved when it was set, the first time only (futures.cpp).
void restore_exception_traceback(FutureObj* f);

// _GatheringFuture.cancel (gather.cpp).
bool gathering_future_cancel(const Object& fut, const Object& msg);

// Task stepping (tasks.cpp): the handle that runs Task.__step(exc) with a = task, b = exc or null.
void task_step_handle(const Object& task, const Object& exc);

// CPython's address for a new Future or Task of type `t`, and its release when the object dies; the identity
// hash of Futures and Tasks (emulated_addresses.cpp).
uint64_t acquire_emulated_address(const Type* t);
void release_emulated_address(const Type* t, uint64_t address);
int64_t future_identity_hash(const Object& fut);

// Every event loop alive, oldest first (events.cpp).
const std::vector<LoopObj*>& live_loops();
// The finalisation hook: reports the tasks still pending at exit and closes their coroutines (tasks.cpp).
void finalize_pending_tasks();

// Remembers the module's `sleep` function for is_asyncio_sleep_zero (sleep.cpp).
void set_sleep_builtin(const Object& fn);

// A positional argument, or the keyword `kw`, or null when absent.
Object arg_or_kw(const Args& a, size_t index, std::string_view kw);
void add_method(Type& t, const char* name, BuiltinFn fn);

// The signature of a method CPython writes in Python, e.g. Signature("Queue.put", {"self", "item"}): bind()
// returns one value per parameter (self first; the last ones take `defaults`, keyword-only ones default to None)
// or raises CPython's TypeError ("Queue.put() missing 1 required positional argument: 'item'").
class Signature {
public:
    Signature(const char* qualname, std::vector<std::string> params, std::vector<Object> defaults = {},
              std::vector<std::string> kwonly = {});
    std::vector<Object> bind(const Args& a) const;
    // Only the checks, without allocating when the call is plainly positional and fits.
    void check(const Args& a) const;
    // For a constructor (`cls(...)` calls __init__(self, ...)): binds with a placeholder self in front.
    std::vector<Object> bind_new(const Args& a) const;

private:
    Object fn_;
    size_t required_ = 0;
};

// Gives an exception class defined by the asyncio port the slots of the built-in ones.
void init_exception_type(Type& t);

// mixins._LoopBoundMixin (mixins.cpp): the loop a primitive is bound to, set by its first waiter.
struct LoopBoundObj : Obj {
    Object loop;
    using Obj::Obj;
};
// _get_loop(): binds to the running loop, or RuntimeError "<repr> is bound to a different event loop".
LoopObj* bound_loop(const Object& self);
// A new future of the bound loop, appended to `waiters` (the waiting step of every primitive).
Object new_waiter(std::deque<Object>& waiters, const Object& self);
// deque.remove(fut) by identity (futures compare by identity); nothing when absent.
void remove_waiter(std::deque<Object>& waiters, const Object& fut);
// object.__repr__ with a bracketed suffix, as locks.py writes them: "<asyncio.locks.Lock object at 0x.. [x]>".
std::string object_repr_with(const Object& self, const std::string& extra);

}  // namespace pyco::aio

namespace pyco::aio {
// Runs a TimerObj's callback unless it was cancelled (the ready-queue entry of timers and Python handles).
void run_timer(const Object& timer, const Object& unused);
// A CodeInfo for a coroutine of CPython's asyncio sources, built once and never freed: `lines` are
// (line number, source text) pairs, each becoming a position (index 1, 2, ...); position 0 is the def line.
const CodeInfo* asyncio_code(const char* name, const char* qualname, const char* file, int firstlineno,
                             std::initializer_list<std::pair<int, const char*>> lines);
// Raises `exc`, keeping `keep` alive for as long as the exception lives (as CPython's traceback frames keep
// their locals), so that e.g. a coroutine passed in is reported "never awaited" only when the exception dies.
[[noreturn]] void raise_keeping(Object exc, std::initializer_list<Object> keep);
// `raise exc` (or `raise exc from cause` when cause is given) inside __aexit__, which runs while `handled` (the
// exception leaving the block, or None) is being handled: that becomes the new exception's __context__.
[[noreturn]] void raise_while_handling(const Object& handled, const Object& exc, const Object& cause = {});
}  // namespace pyco::aio
