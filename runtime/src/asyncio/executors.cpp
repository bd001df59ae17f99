// asyncio's hand-offs between the loop and other threads (docs/threads.md): loop.call_soon_threadsafe, and the
// loop methods and asyncio functions written in Python over concurrent.futures and threading
// (runtime/lib/_asyncio_threads.py: run_in_executor, set_default_executor, shutdown_default_executor,
// wrap_future, run_coroutine_threadsafe, to_thread), which the compiler builds into every program that
// imports asyncio (pyco/module_uses.def).
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>

#include "internal.h"
#include "internal/module_registry.h"
#include "internal/threads.h"
#include "internal/type_setup.h"
#include "pyco/call.h"
#include "pyco/module.h"
#include "pyco/ops.h"

namespace pyco {
namespace {

// The function `name` of runtime/lib/_asyncio_threads.py.
Object python_half(const char* name) { return getattr(import_module("_asyncio_threads"), name); }
Object forward(const char* name, const Args& a) { return call(python_half(name), a); }

// BaseEventLoop.shutdown_default_executor with no default executor: it returns at once, its frame standing on the
// test that finds none (a Runner's close always runs it as a task).
enum class ShutdownExecutor { IfNoExecutor = 567 };
const CodeInfo& shutdown_executor_code() {
    static const CodeInfo& code =
        aio::asyncio_code("shutdown_default_executor", "BaseEventLoop.shutdown_default_executor", "base_events.py", 564,
                          {{ShutdownExecutor::IfNoExecutor, "        if self._default_executor is None:"}});
    return code;
}

Coro return_none(const CodeInfo&, int line) {
    Frame& f = co_await enter();
    aio::at_line(f, line);
    co_return None();
}

// call_soon_threadsafe(callback, *args, context=None): call_soon, then the wake-up that ends the loop's wait
// (BaseEventLoop._write_to_self).
Object m_call_soon_threadsafe(const Args& a) {
    LoopObj* loop = as_loop(a[0]);
    if (loop->closed) raise(RuntimeErrorType, "Event loop is closed");
    if (a.npos < 2) raise(TypeErrorType, "missing callback argument");
    return call_soon_threadsafe(loop, call_python_args, a[1], tuple_from(std::vector<Object>(a.pos + 2, a.pos + a.npos)));
}

Object m_run_in_executor(const Args& a) { return forward("run_in_executor", a); }
Object m_set_default_executor(const Args& a) { return forward("set_default_executor", a); }
Object m_shutdown_default_executor(const Args& a) {
    check_nargs("shutdown_default_executor", a, 1, 1);
    return shutdown_default_executor(as_loop(a[0]));
}

Object f_to_thread(const Args& a) { return forward("to_thread", a); }
Object f_run_coroutine_threadsafe(const Args& a) { return forward("run_coroutine_threadsafe", a); }
Object f_wrap_future(const Args& a) { return forward("wrap_future", a); }

}  // namespace

Object call_soon_threadsafe(LoopObj* loop, HandleFn fn, Object a, Object b) {
    Object handle = call_soon_handle(loop, fn, std::move(a), std::move(b));
    threads::change_and_notify([loop] { loop->woken = true; });
    if (loop->wake_fd >= 0) {
        uint64_t one = 1;
        while (::write(loop->wake_fd, &one, sizeof one) < 0 && errno == EINTR) {
        }
    }
    return handle;
}

Object shutdown_default_executor(LoopObj* loop) {
    if (loop->default_executor.null()) {
        loop->executor_shutdown_called = true;
        return return_none(shutdown_executor_code(), int(ShutdownExecutor::IfNoExecutor)).obj;
    }
    return call(python_half("shutdown_default_executor"), {Object::borrow(loop)});
}

void add_executor_functions(ModuleObj& m) {
    module_add_function(m, "to_thread", f_to_thread);
    module_add_function(m, "run_coroutine_threadsafe", f_run_coroutine_threadsafe);
    module_add_function(m, "wrap_future", f_wrap_future);
}

void setup_asyncio_executors() {
    add_methods(BaseEventLoopType, {{"call_soon_threadsafe", m_call_soon_threadsafe},
                                    {"run_in_executor", m_run_in_executor},
                                    {"set_default_executor", m_set_default_executor},
                                    {"shutdown_default_executor", m_shutdown_default_executor}});
}

}  // namespace pyco
