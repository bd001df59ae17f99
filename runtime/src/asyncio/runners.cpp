// asyncio.Runner and asyncio.run (runners.py), which is a Runner's life in one call. A Runner makes a new loop
// on first use (set as the thread's loop unless a loop_factory made it), runs each coroutine as a task with
// run_until_complete, and its close() cancels what is left (_cancel_all_tasks), runs shutdown_asyncgens and
// shutdown_default_executor as tasks (they take task numbers, so a second asyncio.run's main task is Task-4;
// the default executor is shut down in a thread, asyncio/executors.cpp),
// unsets the thread's loop and closes it. Not ported: the SIGINT handler Runner.run installs.
#include <fmt/format.h>

#include "internal.h"
#include "internal/contextvars.h"
#include "internal/type_setup.h"
#include "pyco/ops.h"
#include "pyco/call.h"

namespace pyco {
namespace {

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

enum class RunnerState : uint8_t { Created, Initialized, Closed };

struct RunnerObj : Obj {
    RunnerState state = RunnerState::Created;
    bool set_loop = false;  // the Runner set its loop as the thread's: close() unsets it
    Object debug, loop_factory, loop, context;
    RunnerObj() : Obj(&RunnerType) {}
};

RunnerObj* as_runner(const Object& o) { return o.as<RunnerObj>(); }

// Runner._lazy_init.
void lazy_init(RunnerObj* r) {
    if (r->state == RunnerState::Closed) raise(RuntimeErrorType, "Runner is closed");
    if (r->state == RunnerState::Initialized) return;
    if (r->loop_factory.null() || is_none(r->loop_factory)) {
        r->loop = policy_new_event_loop();
        loop_of(r->loop, "new_event_loop()");
        if (!r->set_loop) {
            set_event_loop(r->loop);
            r->set_loop = true;
        }
    } else {
        r->loop = call(r->loop_factory, {});
        loop_of(r->loop, "Runner(loop_factory=)");
    }
    if (!r->debug.null() && !is_none(r->debug)) call_method(r->loop, "set_debug", {r->debug});
    r->context = copy_current_context();
    r->state = RunnerState::Initialized;
}

// Runner.close().
void close_runner(RunnerObj* r) {
    if (r->state != RunnerState::Initialized) return;
    LoopObj* loop = as_loop(r->loop);
    struct Finally {
        RunnerObj* r;
        ~Finally() {
            try {
                if (r->set_loop) {
                    set_event_loop(None());
                    r->set_loop = false;
                }
                loop_close(as_loop(r->loop));
            } catch (...) {
            }
            r->loop = Object();
            r->state = RunnerState::Closed;
        }
    } finally{r};
    cancel_all_tasks(loop);
    // loop.shutdown_asyncgens() and loop.shutdown_default_executor(), by name as CPython calls them: a
    // subclass's overrides run.
    run_until_complete(loop, loop_overrides(loop, "shutdown_asyncgens")
                                 ? call_method(Object::borrow(loop), "shutdown_asyncgens")
                                 : shutdown_asyncgens(loop));
    run_until_complete(loop, loop_overrides(loop, "shutdown_default_executor")
                                 ? call_method(Object::borrow(loop), "shutdown_default_executor")
                                 : shutdown_default_executor(loop));
}

// Runner.run(coro, *, context=None).
Object run_in_runner(RunnerObj* r, const Object& coro, const Object& context) {
    DepthGuard run_frame(1);  // Runner.run (recursion count, frame.h)
    if (!is_coroutine(coro)) raise(ValueErrorType, fmt::format("a coroutine was expected, got {}", repr_utf8(coro)));
    // A failure here keeps the coroutine alive in the exception, as Runner.run's frame holds it in CPython: its
    // never-awaited warning comes when the exception dies.
    if (running_loop())
        aio::raise_keeping(new_exception(RuntimeErrorType, "Runner.run() cannot be called from a running event loop"),
                           {coro});
    try {
        lazy_init(r);
    } catch (const PyExc& e) {
        e.exc.as<ExceptionObj>()->frame_refs.push_back(coro);
        throw;
    }
    // self._loop.create_task(coro, context=context): a loop's override or task factory gets the context.
    Object task = create_task(as_loop(r->loop), coro, {}, context.null() || is_none(context) ? r->context : context);
    return run_until_complete(as_loop(r->loop), task);
}

Object runner_ctor(const Type&, const Args& a) {
    if (a.npos)
        raise(TypeErrorType,
              fmt::format("Runner.__init__() takes 1 positional argument but {} were given", a.npos + 1));
    Object self = Object::adopt(new RunnerObj());
    as_runner(self)->debug = kwarg(a, "debug");
    as_runner(self)->loop_factory = kwarg(a, "loop_factory");
    return self;
}

Object m_enter(const Args& a) {
    lazy_init(as_runner(a[0]));
    return a[0];
}
Object m_exit(const Args& a) {
    close_runner(as_runner(a[0]));
    return None();
}
Object m_close(const Args& a) {
    check_nargs("close", a, 1, 1);
    close_runner(as_runner(a[0]));
    return None();
}
Object m_get_loop(const Args& a) {
    check_nargs("get_loop", a, 1, 1);
    lazy_init(as_runner(a[0]));
    return as_runner(a[0])->loop;
}
Object m_run(const Args& a) {
    check_nargs("run", a, 2, 2);
    return run_in_runner(as_runner(a[0]), a[1], kwarg(a, "context"));
}

}  // namespace

Type RunnerType("Runner", "asyncio.runners", &ObjectType);

Object asyncio_run(const Object& coro, const Object& debug) {
    if (running_loop())
        aio::raise_keeping(new_exception(RuntimeErrorType, "asyncio.run() cannot be called from a running event loop"),
                           {coro});
    DepthGuard run_frame(1);  // runners.run (recursion count, frame.h)
    Object runner = Object::adopt(new RunnerObj());
    RunnerObj* r = as_runner(runner);
    r->debug = debug;
    lazy_init(r);
    Object result;
    try {
        result = run_in_runner(r, coro, Object());
    } catch (const PyExc&) {
        close_runner(r);
        throw;
    }
    close_runner(r);
    return result;
}

void setup_asyncio_runners() {
    set_type_constructor(RunnerType, runner_ctor);
    add_methods(RunnerType, {{"__enter__", m_enter}, {"__exit__", m_exit}, {"close", m_close},
                             {"get_loop", m_get_loop}, {"run", m_run}});
}

}  // namespace pyco
