// asyncio.sleep(delay, result=None) (tasks.sleep): a real coroutine object, as in CPython, so that it can be
// passed to create_task/gather, shows as "<coroutine object sleep at 0x...>" and warns "coroutine 'sleep' was
// never awaited". Awaiting it enters it inline like any coroutine: sleep(0) is a bare yield to the loop,
// a positive delay awaits a future that a timer resolves.
#include "internal.h"
#include "pyco/ops.h"

namespace pyco {
namespace {

const CodeInfo& sleep_code() {
    static const CodeInfo* code = aio::asyncio_code(
        "sleep", "sleep", "tasks.py", 637,
        {{639, "    if delay <= 0:"},
         {640, "        await __sleep0()"},
         {643, "    loop = events.get_running_loop()"},
         {644, "    future = loop.create_future()"},
         {649, "        return await future"}});
    return *code;
}

// futures._set_result_unless_cancelled(fut, result).
void set_result_unless_cancelled(const Object& fut, const Object& result) {
    if (future_cancelled(fut)) return;
    future_set_result(fut, result);
}

struct RegisterReprs {
    RegisterReprs() {
        register_callback_repr(set_result_unless_cancelled, "_set_result_unless_cancelled", "futures.py:311");
    }
} register_reprs;

Coro sleep_coro(const CodeInfo&, Object delay, Object result) {
    Frame& f = co_await enter();
    f.pos = 1;
    if (compare_bool(CmpOp::Le, delay, Object::small(0))) {
        f.pos = 2;
        co_await yield_now();
        co_return result;
    }
    f.pos = 3;
    LoopObj* loop = get_running_loop();
    f.pos = 4;
    Object future = new_future(loop);
    Object h = call_later(loop, float_value(delay), set_result_unless_cancelled, future, result);
    f.pos = 5;
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
    e.exc.as<ExceptionObj>()->tb.push_back(TracebackEntry{&sleep_code(), 2, nullptr});
}

Object sleep(const Object& delay, const Object& result) { return sleep_coro(sleep_code(), delay, result).obj; }

}  // namespace pyco
