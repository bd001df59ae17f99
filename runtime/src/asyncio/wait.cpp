// asyncio.wait, wait_for and shield (tasks.py). wait and wait_for are `async def` in CPython, so their
// argument errors appear when the coroutine runs, not at the call: here too they are coroutine objects.
#include <fmt/format.h>

#include "internal.h"
#include "pyco/builtins.h"
#include "pyco/ops.h"

namespace pyco {
namespace {

Type WaitStateType("_wait_state", "asyncio.tasks", &ObjectType);

enum class ReturnWhen : uint8_t { FirstCompleted, FirstException, AllCompleted, Invalid };

ReturnWhen return_when_kind(const Object& rw) {
    if (!is_str(rw)) return ReturnWhen::Invalid;
    std::string_view s = str_view(rw);
    if (s == "FIRST_COMPLETED") return ReturnWhen::FirstCompleted;
    if (s == "FIRST_EXCEPTION") return ReturnWhen::FirstException;
    if (s == "ALL_COMPLETED") return ReturnWhen::AllCompleted;
    return ReturnWhen::Invalid;
}

// _wait's closure: what _on_completion shares with the waiting coroutine.
struct WaitStateObj : Obj {
    Object waiter, timeout_handle;
    int64_t counter = 0;
    ReturnWhen return_when = ReturnWhen::AllCompleted;
    WaitStateObj() : Obj(&WaitStateType) {}
};

// tasks._release_waiter(waiter, *args).
void release_waiter(const Object& waiter, const Object&) {
    if (!future_done(waiter)) future_set_result(waiter, None());
}

// _wait.<locals>._on_completion(f).
void on_completion(const Object& state, const Object& f) {
    auto* s = state.as<WaitStateObj>();
    s->counter--;
    bool wake = s->counter <= 0 || s->return_when == ReturnWhen::FirstCompleted ||
                (s->return_when == ReturnWhen::FirstException && !future_cancelled(f) &&
                 !is_none(future_exception(f)));
    if (!wake) return;
    if (!s->timeout_handle.null()) timer_cancel(s->timeout_handle);
    if (!future_done(s->waiter)) future_set_result(s->waiter, None());
}

struct RegisterReprs {
    RegisterReprs() {
        register_callback_repr(release_waiter, "_release_waiter", "tasks.py:431");
        register_callback_repr(on_completion, "_wait.<locals>._on_completion", "tasks.py:519");
    }
} register_reprs;

std::vector<Object> items(const Object& iterable) {
    std::vector<Object> out;
    Object it = iter(iterable);
    for (Object x; !(x = next(it)).null();) out.push_back(x);
    return out;
}

const CodeInfo& wait_code() {
    static const CodeInfo* code = aio::asyncio_code(
        "wait", "wait", "tasks.py", 399,
        {{416, "        raise TypeError(f\"expect a list of futures, not {type(fs).__name__}\")"},
         {418, "        raise ValueError('Set of Tasks/Futures is empty.')"},
         {420, "        raise ValueError(f'Invalid return_when value: {return_when}')"},
         {422, "    fs = set(fs)"},
         {425, "        raise TypeError(\"Passing coroutines is forbidden, use tasks explicitly.\")"},
         {427, "    loop = events.get_running_loop()"},
         {428, "    return await _wait(fs, timeout, return_when, loop)"}});
    return *code;
}

// The argument checks of tasks.wait, in CPython's order; returns fs as a set.
Object check_wait_args(Frame& f, const Object& fs, const Object& return_when) {
    f.pos = 1;
    if (is_future(fs) || is_coroutine(fs))
        aio::raise_keeping(new_exception(TypeErrorType, fmt::format("expect a list of futures, not {}", type_name(fs))),
                           {fs});
    f.pos = 2;
    if (!truthy(fs)) raise(ValueErrorType, "Set of Tasks/Futures is empty.");
    f.pos = 3;
    if (return_when_kind(return_when) == ReturnWhen::Invalid)
        raise(ValueErrorType, fmt::format("Invalid return_when value: {}", str_utf8(return_when)));
    f.pos = 4;
    Object set = call(builtin("set"), {fs});
    f.pos = 5;
    for (const Object& x : items(set))
        if (is_coroutine(x))
            aio::raise_keeping(new_exception(TypeErrorType, "Passing coroutines is forbidden, use tasks explicitly."),
                               {fs, set});
    return set;
}

Coro wait_coro(const CodeInfo&, Object fs, Object timeout, Object return_when) {
    Frame& f = co_await enter();
    Object set = check_wait_args(f, fs, return_when);
    f.pos = 6;
    LoopObj* loop = get_running_loop();
    f.pos = 7;
    // _wait(fs, timeout, return_when, loop), entered inline.
    std::vector<Object> futs = items(set);
    auto* st = new WaitStateObj();
    Object state = Object::adopt(st);
    st->waiter = new_future(loop);
    st->return_when = return_when_kind(return_when);
    if (!is_none(timeout)) st->timeout_handle = call_later(loop, float_value(timeout), release_waiter, st->waiter);
    st->counter = int64_t(futs.size());
    for (const Object& x : futs) future_add_done_callback(x, on_completion, state);
    auto cleanup = [&] {
        if (!st->timeout_handle.null()) timer_cancel(st->timeout_handle);
        for (const Object& x : futs) future_remove_done_callback(x, on_completion, state);
    };
    try {
        co_await st->waiter;
    } catch (...) {
        cleanup();
        throw;
    }
    cleanup();
    Object done = set_(), pending = set_();
    for (const Object& x : futs) set_add(future_done(x) ? done : pending, x);
    co_return tuple_({done, pending});
}

// ---------------------------------------------------------------- wait_for

const CodeInfo& wait_for_code() {
    static const CodeInfo* code = aio::asyncio_code(
        "wait_for", "wait_for", "tasks.py", 436,
        {{449, "    loop = events.get_running_loop()"},
         {452, "        return await fut"},
         {458, "            return fut.result()"},
         {462, "            return fut.result()"},
         {464, "            raise exceptions.TimeoutError() from exc"},
         {476, "            await waiter"},
         {479, "                return fut.result()"},
         {489, "            return fut.result()"},
         {500, "                return fut.result()"},
         {502, "                raise exceptions.TimeoutError() from exc"},
         {460, "        await _cancel_and_wait(fut, loop=loop)"}});
    return *code;
}

// `return fut.result()` where CancelledError becomes TimeoutError (raise ... from exc).
Object result_or_timeout(const Object& fut) {
    if (!future_cancelled(fut)) return future_result(fut);
    Object exc = future_make_cancelled_error(fut);
    HandlingGuard handling(exc);
    raise_from(new_exception(TimeoutErrorType), exc);
}

Coro wait_for_coro(const CodeInfo&, Object fut, Object timeout) {
    Frame& f = co_await enter();
    f.pos = 1;
    LoopObj* loop = get_running_loop();
    if (is_none(timeout)) {
        f.pos = 2;
        co_return co_await fut;
    }
    if (compare_bool(CmpOp::Le, timeout, Object::small(0))) {
        fut = ensure_future(fut, loop);
        if (future_done(fut)) {
            f.pos = 3;
            co_return future_result(fut);
        }
        f.pos = 11;
        {
            // _cancel_and_wait(fut, loop), inline.
            Object waiter = new_future(loop);
            future_add_done_callback(fut, release_waiter, waiter);
            try {
                future_cancel(fut);
                co_await waiter;
            } catch (...) {
                future_remove_done_callback(fut, release_waiter, waiter);
                throw;
            }
            future_remove_done_callback(fut, release_waiter, waiter);
        }
        f.pos = 5;
        co_return result_or_timeout(fut);
    }
    Object waiter = new_future(loop);
    Object timeout_handle = call_later(loop, float_value(timeout), release_waiter, waiter);
    struct CancelTimer {
        Object h;
        ~CancelTimer() { timer_cancel(h); }
    } finally{timeout_handle};
    fut = ensure_future(fut, loop);
    future_add_done_callback(fut, release_waiter, waiter);
    bool cancelled = false;
    Object cancel_exc;
    try {
        f.pos = 6;
        co_await waiter;
    } catch (const PyExc& e) {
        if (!isinstance(e.exc, CancelledErrorType)) throw;
        cancelled = true;
        cancel_exc = e.exc;
    }
    if (future_done(fut)) {
        f.pos = cancelled ? 7 : 8;
        co_return future_result(fut);
    }
    future_remove_done_callback(fut, release_waiter, waiter);
    f.pos = 11;
    {
        Object w = new_future(loop);
        future_add_done_callback(fut, release_waiter, w);
        try {
            future_cancel(fut);
            co_await w;
        } catch (...) {
            future_remove_done_callback(fut, release_waiter, w);
            throw;
        }
        future_remove_done_callback(fut, release_waiter, w);
    }
    if (cancelled) rethrow(cancel_exc);
    f.pos = 10;
    co_return result_or_timeout(fut);
}

// ---------------------------------------------------------------- shield

// shield.<locals>._inner_done_callback(inner), closure: outer.
void shield_inner_done(const Object& outer, const Object& inner) {
    if (future_cancelled(outer)) {
        if (!future_cancelled(inner)) future_exception(inner);
        return;
    }
    if (future_cancelled(inner)) {
        future_cancel(outer);
        return;
    }
    Object exc = future_exception(inner);
    if (!is_none(exc))
        future_set_exception(outer, exc);
    else
        future_set_result(outer, future_result(inner));
}

// shield.<locals>._outer_done_callback(outer), closure: inner.
void shield_outer_done(const Object& inner, const Object& outer) {
    if (!future_done(inner)) future_remove_done_callback(inner, shield_inner_done, outer);
}

struct RegisterShieldReprs {
    RegisterShieldReprs() {
        register_callback_repr(shield_inner_done, "shield.<locals>._inner_done_callback", "tasks.py:891");
        register_callback_repr(shield_outer_done, "shield.<locals>._outer_done_callback", "tasks.py:908");
    }
} register_shield_reprs;

}  // namespace

Object wait(const Object& fs, const Object& timeout, const Object& return_when) {
    return wait_coro(wait_code(), fs, timeout.null() ? None() : timeout,
                     return_when.null() ? str_("ALL_COMPLETED") : return_when)
        .obj;
}

Object wait_for(const Object& aw, const Object& timeout) { return wait_for_coro(wait_for_code(), aw, timeout).obj; }

Object shield(const Object& arg) {
    Object inner = ensure_future(arg);
    if (future_done(inner)) return inner;
    LoopObj* loop = future_loop(inner);
    Object outer = new_future(loop);
    future_add_done_callback(inner, shield_inner_done, outer);
    future_add_done_callback(outer, shield_outer_done, inner);
    return outer;
}

}  // namespace pyco
