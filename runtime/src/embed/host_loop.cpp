// Tasks, asyncio.run and the host-driven loop of pyco/embed.h, and the futures pyco/interop.h hands to Python
// for C++ awaitables. They go through the loop's and the task's Python methods, so a loop or task subclass a
// program installed (a task factory, a policy) behaves as it does for Python callers.
#include <cstdio>

#include "internal/asyncio.h"
#include "pyco/builtins.h"
#include "pyco/call.h"
#include "pyco/convert.h"
#include "pyco/embed.h"
#include "pyco/exceptions.h"
#include "pyco/interop.h"
#include "pyco/module.h"
#include "pyco/ops.h"

namespace pyco {

namespace embed {

Object create_task(const Object& loop, const Object& coro) {
    return guarded([&] { return call_method(loop, "create_task", {coro}); });
}

bool task_done(const Object& task) {
    return guarded([&] { return truthy(call_method(task, "done")); });
}

Object task_result(const Object& task) {
    return guarded([&] { return call_method(task, "result"); });
}

bool task_cancel(const Object& task) {
    return guarded([&] { return truthy(call_method(task, "cancel")); });
}

Object run(const Object& coro) {
    return guarded([&] { return call(getattr(pyco::import_module("asyncio"), "run"), {coro}); });
}

void resume_when_done(const Object& task, std::coroutine_handle<> h) {
    guarded([&] {
        Object resume = convert::native_callable("resume", [h](const Args&) {
            flush_stdout();  // the host's output after Python's, as in a call (embed::Call)
            try {
                h.resume();
                std::fflush(stdout);
            } catch (...) {
                raise_from_cpp_exception();
            }
            return pyco::None();
        });
        call_method(task, "add_done_callback", {resume});
    });
}

Object current_loop() {
    return guarded([] {
        if (LoopObj* running = running_loop()) return Object::borrow(running);
        return Loop::get().object();
    });
}

}  // namespace embed

Loop& Loop::get() {
    // The loop running in this thread (a C++ function Python called from a task), else the thread's own loop,
    // made and set as current the first time (a host that drives the loop itself). Never destroyed: the
    // policy keeps the loop until the thread's loop is replaced or the runtime ends.
    thread_local Loop* running = nullptr;
    thread_local Loop* own = nullptr;
    embed::Call c;
    if (LoopObj* r = running_loop()) {
        if (!running || running->loop_.get().ptr() != r) {
            delete running;
            running = new Loop(Object::borrow(r));
        }
        return *running;
    }
    if (!own) {
        Object made = embed::guarded([] {
            Object l = policy_new_event_loop();
            set_event_loop(l);
            return l;
        });
        own = new Loop(std::move(made));
    }
    return *own;
}

int Loop::fd() {
    embed::Call c;
    return loop_host_fd(as_loop(loop_.get()));
}

int64_t Loop::timeout_ns() {
    embed::Call c;
    return loop_timeout_ns(as_loop(loop_.get()));
}

void Loop::step() {
    embed::Call c;
    embed::guarded([&] { run_host_step(as_loop(loop_.get())); });
}

void Loop::call_soon_threadsafe(std::function<void()> fn) {
    embed::Call c;
    embed::guarded([&] {
        Object callback = convert::native_callable("callback", [fn = std::move(fn)](const Args&) {
            flush_stdout();
            try {
                fn();
                std::fflush(stdout);
            } catch (...) {
                raise_from_cpp_exception();
            }
            return pyco::None();
        });
        pyco::call_soon_threadsafe(as_loop(loop_.get()), call_python_args, callback, tuple_());
    });
}

namespace interop {

Object new_future() { return new_future(get_running_loop()); }

void set_future_result(const Object& fut, const Object& value) { pyco::future_set_result(fut, value); }

void set_future_exception_current(const Object& fut) {
    try {
        raise_from_cpp_exception();
    } catch (const PyExc& e) {
        pyco::future_set_exception(fut, e.exc);
    }
}

}  // namespace interop
}  // namespace pyco
