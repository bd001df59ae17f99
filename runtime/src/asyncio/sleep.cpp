// asyncio.sleep(delay, result=None) (tasks.sleep): a real coroutine object, as in CPython, so that it can be
// passed to create_task/gather, shows as "<coroutine object sleep at 0x...>" and warns "coroutine 'sleep' was
// never awaited". Awaiting it enters it inline like any coroutine: sleep(0) is a bare yield to the loop,
// a positive delay awaits a future that a timer resolves.
#include "internal.h"
#include "internal/type_setup.h"
#include "pyco/ops.h"
#include "internal/values.h"

namespace pyco {
namespace {

// The lines of tasks.sleep that its frame stands on.
enum class Sleep { IfDelayNotPositive = 639, AwaitSleep0 = 640, GetRunningLoop = 643, CreateFuture = 644,
                   AwaitFuture = 649 };

const CodeInfo& sleep_code() {
    using enum Sleep;
    static const CodeInfo& code =
        aio::asyncio_code("sleep", "sleep", "tasks.py", 637,
                          {{IfDelayNotPositive, "    if delay <= 0:"}, {AwaitSleep0, "        await __sleep0()"},
                           {GetRunningLoop, "    loop = events.get_running_loop()"},
                           {CreateFuture, "    future = loop.create_future()"},
                           {AwaitFuture, "        return await future"}});
    return code;
}

// futures._set_result_unless_cancelled(fut, result).
void set_result_unless_cancelled(const Object& fut, const Object& result) {
    if (future_cancelled(fut)) return;
    future_set_result(fut, result);
}

Coro sleep_coro(const CodeInfo&, Object delay, Object result) {
    Frame& f = co_await enter();
    aio::at_line(f, Sleep::IfDelayNotPositive);
    if (compare_bool(CmpOp::Le, delay, Object::small(0))) {
        aio::at_line(f, Sleep::AwaitSleep0);
        co_await yield_now();
        co_return result;
    }
    aio::at_line(f, Sleep::GetRunningLoop);
    LoopObj* loop = get_running_loop();
    aio::at_line(f, Sleep::CreateFuture);
    Object future = new_future(loop);
    Object h = call_later(loop, float_value(delay), set_result_unless_cancelled, future, result);
    aio::at_line(f, Sleep::AwaitFuture);
    try {
        Object r = co_await future;
        timer_cancel(h);
        co_return r;
    } catch (...) {
        timer_cancel(h);
        throw;
    }
}

const Obj* sleep_builtin = nullptr;

}  // namespace

void aio::set_sleep_builtin(const Object& fn) { sleep_builtin = fn.ptr(); }

bool is_asyncio_sleep_zero(const Object& fn, const Object& delay) noexcept {
    if (!fn.is_ptr() || fn.ptr() != sleep_builtin) return false;
    if (delay.is_small()) return delay.small_value() <= 0;
    return delay.is_ptr() && is_float(delay) && float_value(delay) <= 0;
}

void add_sleep_frame(const PyExc& e) {
    const CodeInfo& code = sleep_code();
    e.exc.as<ExceptionObj>()->tb.push_back(TracebackEntry{&code, aio::position_of(code, Sleep::AwaitSleep0), nullptr});
}

Object sleep(const Object& delay, const Object& result) { return sleep_coro(sleep_code(), delay, result).obj; }

void setup_asyncio_sleep() {
    register_callback_repr(set_result_unless_cancelled, "_set_result_unless_cancelled", "futures.py:311");
}

}  // namespace pyco
