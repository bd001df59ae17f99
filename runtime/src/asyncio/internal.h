// Shared between the asyncio sources only: the Python-facing method tables and argument helpers.
#pragma once

#include <algorithm>
#include <deque>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "internal/asyncio.h"
#include "pyco/call.h"

namespace pyco::aio {

// asyncio.timeout and asyncio.timeout_at (timeouts.cpp).
Object timeout_function();
Object timeout_at_function();

// Gives a failed future's exception the traceback saved when it was set, the first time only (futures.cpp).
void restore_exception_traceback(FutureObj* f);

// Future's getattr slot, which its subclasses take too (slots are not inherited along the base chain): the
// private state attributes programs look at (futures.cpp).
Object future_getattr(const Object& fut, std::string_view name);
// Future attributes a program sets: _asyncio_future_blocking, _log_traceback = False, and its own (a dict).
void future_setattr(const Object& fut, std::string_view name, const Object& v);
// iter(future), future.__await__(): the FutureIter that `yield from future` goes through.
Object future_iter(const Object& fut);

// Task.uncancel(): one cancellation request fewer; returns how many are left (tasks.cpp).
int64_t task_uncancel(const Object& task);

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

// A method's or constructor's Python signature, built on first use: SIG("Lock.acquire", {"self"}).
#define SIG(...) static const ::pyco::aio::Signature sig(__VA_ARGS__)

// A qualified method name as a template argument ("Lock.locked"): string literals cannot be one.
template <size_t N>
struct Qualname {
    char text[N];
    constexpr Qualname(const char (&name)[N]) { std::copy_n(name, N, text); }
};
// A method that CPython writes in Python with `self` as its only parameter, e.g. Lock.locked: the call is
// checked against that signature, then fn(self) gives the result (None when fn returns nothing, a bool as
// True or False).
template <Qualname Q, auto Fn>
Object self_method(const Args& a) {
    static const Signature sig(Q.text, {"self"});
    sig.check(a);
    using Result = decltype(Fn(a[0]));
    if constexpr (std::is_void_v<Result>) {
        Fn(a[0]);
        return None();
    } else if constexpr (std::is_same_v<Result, bool>) {
        return bool_(Fn(a[0]));
    } else {
        return Fn(a[0]);
    }
}
// The constructor of a class whose __init__ takes self only, e.g. Lock(): the call is checked against the
// signature `Q(self)`, then a new T is the instance.
template <Qualname Q, class T>
Object self_only_ctor(const Type&, const Args& a) {
    static const Signature sig(Q.text, {"self"});
    sig.bind_new(a);
    return Object::adopt(new T());
}

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
// A line of CPython's source that a hand-ported coroutine can stand on: its number, usually an enumerator named
// after its statement (`enum class LockAcquire { AwaitFut = 114 }`), and its text, as tracebacks show it.
struct SourceLine {
    int no;
    const char* text;
    template <class Line>
    SourceLine(Line line, const char* source) : no(static_cast<int>(line)), text(source) {}
};
// The CodeInfo of a coroutine of CPython's asyncio/`file` whose def is at `firstlineno`, built once and never
// freed. Its positions are its lines, firstlineno first, so that a frame stands on a line by its number (at_line).
const CodeInfo& asyncio_code(const char* name, const char* qualname, const char* file, int firstlineno,
                             std::initializer_list<SourceLine> lines);
// The position of CPython's line `line` in an asyncio_code (one of the lines it lists).
template <class Line>
int position_of(const CodeInfo& code, Line line) {
    return static_cast<int>(line) - code.firstlineno;
}
// Puts the frame of a coroutine whose code is an asyncio_code on CPython's line `line`.
template <class Line>
void at_line(Frame& f, Line line) {
    f.pos = position_of(*f.code, line);
}
// Raises `exc`, keeping `keep` alive for as long as the exception lives (as CPython's traceback frames keep
// their locals), so that e.g. a coroutine passed in is reported "never awaited" only when the exception dies.
[[noreturn]] void raise_keeping(Object exc, std::initializer_list<Object> keep);
// `raise exc` (or `raise exc from cause` when cause is given) inside __aexit__, which runs while `handled` (the
// exception leaving the block, or None) is being handled: that becomes the new exception's __context__.
[[noreturn]] void raise_while_handling(const Object& handled, const Object& exc, const Object& cause = {});
}  // namespace pyco::aio
