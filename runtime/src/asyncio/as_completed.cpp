// asyncio.as_completed(fs, *, timeout=None) (tasks.py): a generator, as in CPython, so its argument checks run
// at the first next(). It yields one `_wait_for_one()` coroutine per future; each awaits the next future to
// complete through an asyncio.Queue fed by the futures' done callbacks, or raises TimeoutError once the timeout
// has emptied the waiting set.
#include <fmt/format.h>

#include "internal.h"
#include "internal/type_setup.h"
#include "pyco/generator.h"
#include "pyco/ops.h"
#include "internal/values.h"

namespace pyco {
namespace {

Type AsCompletedStateType("_as_completed_state", "asyncio.tasks", &ObjectType);

// as_completed's closure: the futures not done yet, the queue of done ones, the timeout's handle.
struct AsCompletedState : Obj {
    std::vector<Object> todo;
    Object done;
    Object timeout_handle;
    AsCompletedState() : Obj(&AsCompletedStateType) {}
};

AsCompletedState* as_state(const Object& o) { return o.as<AsCompletedState>(); }

void on_completion(const Object& state, const Object& f);

// as_completed.<locals>._on_timeout: every future still waited for becomes a None in the queue.
void on_timeout(const Object& state, const Object&) {
    AsCompletedState* s = as_state(state);
    for (const Object& f : s->todo) {
        future_remove_done_callback(f, on_completion, state);
        queue_put_nowait_item(s->done, None());
    }
    s->todo.clear();
}

// as_completed.<locals>._on_completion(f).
void on_completion(const Object& state, const Object& f) {
    AsCompletedState* s = as_state(state);
    if (s->todo.empty()) return;  // _on_timeout() was here first
    for (auto it = s->todo.begin(); it != s->todo.end(); ++it)
        if (is_(*it, f)) {
            s->todo.erase(it);
            break;
        }
    queue_put_nowait_item(s->done, f);
    if (s->todo.empty() && !s->timeout_handle.null()) timer_cancel(s->timeout_handle);
}

// The lines of as_completed.<locals>._wait_for_one that its frame stands on.
enum class WaitForOne { AwaitGet = 611, RaiseTimeout = 614, ReturnResult = 615 };

const CodeInfo& wait_for_one_code() {
    using enum WaitForOne;
    static const CodeInfo& code = aio::asyncio_code(
        "_wait_for_one", "as_completed.<locals>._wait_for_one", "tasks.py", 610,
        {{AwaitGet, "        f = await done.get()"}, {RaiseTimeout, "            raise exceptions.TimeoutError"},
         {ReturnResult, "        return f.result()  # May raise f.exception()."}});
    return code;
}

Coro wait_for_one(const CodeInfo&, Object state) {
    Frame& frame = co_await enter();
    aio::at_line(frame, WaitForOne::AwaitGet);
    Object f = co_await queue_get(as_state(state)->done);
    if (is_none(f)) {
        aio::at_line(frame, WaitForOne::RaiseTimeout);
        raise_(type_object(TimeoutErrorType));  // a dummy value from _on_timeout()
    }
    aio::at_line(frame, WaitForOne::ReturnResult);
    co_return future_result(f);
}

// The lines of tasks.as_completed that its frame stands on.
enum class AsCompleted { RaiseNotIterable = 587, EnsureFutures = 593, YieldWaitForOne = 622 };

const CodeInfo& as_completed_code() {
    using enum AsCompleted;
    static const CodeInfo& code = aio::asyncio_code(
        "as_completed", "as_completed", "tasks.py", 568,
        {{RaiseNotIterable, "        raise TypeError(f\"expect an iterable of futures, not {type(fs).__name__}\")"},
         {EnsureFutures, "    todo = {ensure_future(f, loop=loop) for f in set(fs)}"},
         {YieldWaitForOne, "        yield _wait_for_one()"}});
    return code;
}

// set(fs) without the set: the distinct awaitables, in the order given (CPython's order is that of a set of
// objects hashed by address, which no program can rely on).
std::vector<Object> distinct(const Object& fs) {
    std::vector<Object> out;
    Object it = iter(fs);
    for (Object x; !(x = next(it)).null();) {
        bool seen = false;
        for (const Object& y : out) seen = seen || is_(x, y);
        if (!seen) out.push_back(x);
    }
    return out;
}

Gen as_completed_gen(const CodeInfo&, Object fs, Object timeout) {
    Frame& frame = co_await enter();
    if (is_future(fs) || is_coroutine(fs)) {
        aio::at_line(frame, AsCompleted::RaiseNotIterable);
        raise(TypeErrorType, fmt::format("expect an iterable of futures, not {}", type_name(fs)));
    }
    auto* s = new AsCompletedState();
    Object state = Object::adopt(s);
    s->done = new_queue(Object::small(0));
    Object loop = running_loop() ? Object::borrow(running_loop()) : get_event_loop();
    aio::at_line(frame, AsCompleted::EnsureFutures);
    for (const Object& f : distinct(fs)) s->todo.push_back(ensure_future(f, as_loop(loop)));
    for (const Object& f : s->todo) future_add_done_callback(f, on_completion, state);
    if (!s->todo.empty() && !is_none(timeout))
        s->timeout_handle = call_later(as_loop(loop), float_value(timeout), on_timeout, state);
    size_t n = s->todo.size();
    for (size_t i = 0; i < n; ++i) {
        aio::at_line(frame, AsCompleted::YieldWaitForOne);
        co_yield wait_for_one(wait_for_one_code(), state).obj;
    }
    co_return None();
}

}  // namespace

Object as_completed(const Object& fs, const Object& timeout) {
    return as_completed_gen(as_completed_code(), fs, timeout.null() ? None() : timeout).obj;
}

void setup_asyncio_as_completed() {
    register_callback_repr(on_timeout, "as_completed.<locals>._on_timeout", "tasks.py:596");
    register_callback_repr(on_completion, "as_completed.<locals>._on_completion", "tasks.py:602");
}

}  // namespace pyco
