// asyncio.wait, wait_for and shield (tasks.py). wait and wait_for are `async def` in CPython, so their
// argument errors appear when the coroutine runs, not at the call: here too they are coroutine objects.
#include <fmt/format.h>

#include "internal.h"
#include "internal/type_setup.h"
#include "pyco/builtins.h"
#include "pyco/ops.h"
#include "internal/values.h"

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

std::vector<Object> items(const Object& iterable) {
    std::vector<Object> out;
    Object it = iter(iterable);
    for (Object x; !(x = next(it)).null();) out.push_back(x);
    return out;
}

// The lines of tasks.wait that its frame stands on.
enum class Wait { RaiseNotAList = 416, RaiseEmpty = 418, RaiseBadReturnWhen = 420, MakeSet = 422,
                  RaiseCoroutines = 425, GetRunningLoop = 427, AwaitWait = 428 };

const CodeInfo& wait_code() {
    using enum Wait;
    static const CodeInfo& code = aio::asyncio_code(
        "wait", "wait", "tasks.py", 399,
        {{RaiseNotAList, "        raise TypeError(f\"expect a list of futures, not {type(fs).__name__}\")"},
         {RaiseEmpty, "        raise ValueError('Set of Tasks/Futures is empty.')"},
         {RaiseBadReturnWhen, "        raise ValueError(f'Invalid return_when value: {return_when}')"},
         {MakeSet, "    fs = set(fs)"},
         {RaiseCoroutines, "        raise TypeError(\"Passing coroutines is forbidden, use tasks explicitly.\")"},
         {GetRunningLoop, "    loop = events.get_running_loop()"},
         {AwaitWait, "    return await _wait(fs, timeout, return_when, loop)"}});
    return code;
}

// The argument checks of tasks.wait, in CPython's order; returns fs as a set.
Object check_wait_args(Frame& f, const Object& fs, const Object& return_when) {
    aio::at_line(f, Wait::RaiseNotAList);
    if (is_future(fs) || is_coroutine(fs))
        aio::raise_keeping(new_exception(TypeErrorType, fmt::format("expect a list of futures, not {}", type_name(fs))),
                           {fs});
    aio::at_line(f, Wait::RaiseEmpty);
    if (!truthy(fs)) raise(ValueErrorType, "Set of Tasks/Futures is empty.");
    aio::at_line(f, Wait::RaiseBadReturnWhen);
    if (return_when_kind(return_when) == ReturnWhen::Invalid)
        raise(ValueErrorType, fmt::format("Invalid return_when value: {}", str_utf8(return_when)));
    aio::at_line(f, Wait::MakeSet);
    Object set = call(builtin("set"), {fs});
    aio::at_line(f, Wait::RaiseCoroutines);
    for (const Object& x : items(set))
        if (is_coroutine(x))
            aio::raise_keeping(new_exception(TypeErrorType, "Passing coroutines is forbidden, use tasks explicitly."),
                               {fs, set});
    return set;
}

Coro wait_coro(const CodeInfo&, Object fs, Object timeout, Object return_when) {
    Frame& f = co_await enter();
    Object set = check_wait_args(f, fs, return_when);
    aio::at_line(f, Wait::GetRunningLoop);
    LoopObj* loop = get_running_loop();
    aio::at_line(f, Wait::AwaitWait);
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

// The lines of tasks.wait_for that its frame stands on: with no timeout, with one <= 0, then with a timer.
enum class WaitFor { GetRunningLoop = 449, AwaitFut = 452, ResultAtOnce = 458, CancelAtOnce = 460,
                     RaiseTimeoutAtOnce = 464, AwaitWaiter = 476, ResultWhenCancelled = 479,
                     CancelWhenCancelled = 485, ResultWhenDone = 489, CancelAfterTimeout = 495,
                     RaiseTimeoutAfterTimeout = 502 };

const CodeInfo& wait_for_code() {
    using enum WaitFor;
    static const CodeInfo& code = aio::asyncio_code(
        "wait_for", "wait_for", "tasks.py", 436,
        {{GetRunningLoop, "    loop = events.get_running_loop()"}, {AwaitFut, "        return await fut"},
         {ResultAtOnce, "            return fut.result()"},
         {CancelAtOnce, "        await _cancel_and_wait(fut, loop=loop)"},
         {RaiseTimeoutAtOnce, "            raise exceptions.TimeoutError() from exc"},
         {AwaitWaiter, "            await waiter"}, {ResultWhenCancelled, "                return fut.result()"},
         {CancelWhenCancelled, "                await _cancel_and_wait(fut, loop=loop)"},
         {ResultWhenDone, "            return fut.result()"},
         {CancelAfterTimeout, "            await _cancel_and_wait(fut, loop=loop)"},
         {RaiseTimeoutAfterTimeout, "                raise exceptions.TimeoutError() from exc"}});
    return code;
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
    aio::at_line(f, WaitFor::GetRunningLoop);
    LoopObj* loop = get_running_loop();
    if (is_none(timeout)) {
        aio::at_line(f, WaitFor::AwaitFut);
        co_return co_await fut;
    }
    bool at_once = compare_bool(CmpOp::Le, timeout, Object::small(0));
    // Declared before the timer, so that it outlives it: a future's death frees its emulated address, and the
    // order addresses are freed in is the order of later tasks' hashes.
    Object waiter;
    struct CancelTimer {  // finally: timeout_handle.cancel()
        Object h;
        ~CancelTimer() {
            if (!h.null()) timer_cancel(h);
        }
    } finally;
    bool cancelled = false;
    Object cancel_exc;
    if (at_once) {
        fut = ensure_future(fut, loop);
        if (future_done(fut)) {
            aio::at_line(f, WaitFor::ResultAtOnce);
            co_return future_result(fut);
        }
        aio::at_line(f, WaitFor::CancelAtOnce);
    } else {
        waiter = new_future(loop);
        finally.h = call_later(loop, float_value(timeout), release_waiter, waiter);
        fut = ensure_future(fut, loop);
        future_add_done_callback(fut, release_waiter, waiter);
        try {
            aio::at_line(f, WaitFor::AwaitWaiter);
            co_await waiter;
        } catch (const PyExc& e) {
            if (!isinstance(e.exc, CancelledErrorType)) throw;
            cancelled = true;
            cancel_exc = e.exc;
        }
        if (future_done(fut)) {
            aio::at_line(f, cancelled ? WaitFor::ResultWhenCancelled : WaitFor::ResultWhenDone);
            co_return future_result(fut);
        }
        future_remove_done_callback(fut, release_waiter, waiter);
        aio::at_line(f, cancelled ? WaitFor::CancelWhenCancelled : WaitFor::CancelAfterTimeout);
    }
    {
        // _cancel_and_wait(fut, loop), inline.
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
    aio::at_line(f, at_once ? WaitFor::RaiseTimeoutAtOnce : WaitFor::RaiseTimeoutAfterTimeout);
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

void setup_asyncio_wait() {
    register_callback_repr(release_waiter, "_release_waiter", "tasks.py:431");
    register_callback_repr(on_completion, "_wait.<locals>._on_completion", "tasks.py:519");
    register_callback_repr(shield_inner_done, "shield.<locals>._inner_done_callback", "tasks.py:891");
    register_callback_repr(shield_outer_done, "shield.<locals>._outer_done_callback", "tasks.py:908");
}

}  // namespace pyco
