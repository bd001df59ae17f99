// asyncio.run (runners.py): a Runner's life in one call. A new loop set as the thread's loop, the main task,
// run_until_complete, then Runner.close(): cancel what is left (_cancel_all_tasks), run shutdown_asyncgens and
// shutdown_default_executor as tasks (they take task numbers, so a second asyncio.run's main task is Task-4),
// unset the thread's loop and close it.
#include <fmt/format.h>

#include "internal.h"
#include "pyco/ops.h"
#include "pyco/call.h"

namespace pyco {
namespace {

// BaseEventLoop.shutdown_default_executor: pyco has no default executor yet, so it returns at once, as CPython's
// does when there is nothing to shut down: its frame stands on the test that finds nothing.
enum class ShutdownExecutor { IfNoExecutor = 567 };
const CodeInfo& shutdown_executor_code() {
    static const CodeInfo& code =
        aio::asyncio_code("shutdown_default_executor", "BaseEventLoop.shutdown_default_executor", "base_events.py", 564,
                          {{ShutdownExecutor::IfNoExecutor, "        if self._default_executor is None:"}});
    return code;
}

// Stands on `line`, then returns.
Coro return_none(const CodeInfo&, int line) {
    Frame& f = co_await enter();
    aio::at_line(f, line);
    co_return None();
}

// runners._cancel_all_tasks.
void cancel_all_tasks(LoopObj* loop) {
    std::vector<Object> to_cancel;
    for (TaskObj* t = loop->tasks_head; t; t = t->next)
        if (t->state == FutState::Pending) to_cancel.push_back(Object::borrow(t));
    if (to_cancel.empty()) return;
    for (const Object& t : to_cancel) task_cancel(t);
    run_until_complete(loop, gather(to_cancel, true));
    for (const Object& t : to_cancel) {
        if (future_cancelled(t)) continue;
        Object exc = future_exception(t);
        if (!is_none(exc))
            call_exception_handler(loop, {{"message", str_("unhandled exception during asyncio.run() shutdown")},
                                          {"exception", exc},
                                          {"task", t}});
    }
}

// Runner.close().
void close_runner(const Object& loop_obj) {
    LoopObj* loop = as_loop(loop_obj);
    struct Finally {
        Object loop;
        ~Finally() {
            try {
                set_event_loop(None());
                loop_close(as_loop(loop));
            } catch (...) {
            }
        }
    } finally{loop_obj};
    cancel_all_tasks(loop);
    run_until_complete(loop, shutdown_asyncgens(loop));
    run_until_complete(loop, return_none(shutdown_executor_code(), int(ShutdownExecutor::IfNoExecutor)).obj);
}

}  // namespace

Object asyncio_run(const Object& coro, const Object& debug) {
    if (running_loop())
        aio::raise_keeping(new_exception(RuntimeErrorType, "asyncio.run() cannot be called from a running event loop"),
                           {coro});
    DepthGuard runner_frames(2);  // runners.run and Runner.run (recursion count, frame.h)
    Object loop = new_event_loop();
    set_event_loop(loop);
    if (!is_none(debug)) call_method(loop, "set_debug", {debug});
    Object result;
    try {
        if (!is_coroutine(coro))
            raise(ValueErrorType, fmt::format("a coroutine was expected, got {}", repr_utf8(coro)));
        Object task = create_task(as_loop(loop), coro);
        result = run_until_complete(as_loop(loop), task);
    } catch (const PyExc&) {
        close_runner(loop);
        throw;
    }
    close_runner(loop);
    return result;
}

}  // namespace pyco
