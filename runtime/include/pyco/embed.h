// Calling compiled Python from C++ (docs/embedding.md): the runtime's life, asyncio.run, tasks, a loop the
// host drives from its own event loop, and Python's exceptions as C++ ones. The typed functions of a module
// (`pyco translate --embed m.py` writes m.hpp) are built on this header.
#pragma once

#include <coroutine>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

#include "object.h"

namespace pyco {

struct ModuleDef;

// The runtime's life in a host program: one per process. Constructing it starts the runtime (the thread that
// does is the main thread, as in CPython); destroying it ends it as a program ends: threads joined, atexit
// callbacks, pending-task reports, module globals cleared.
class Runtime {
public:
    Runtime();
    Runtime(int argc, char** argv);  // sys.argv
    ~Runtime();
    Runtime(const Runtime&) = delete;
    Runtime& operator=(const Runtime&) = delete;
};

namespace embed {

// Around every call from C++ into compiled code: takes the global lock for the calling thread unless it holds
// it already (a call made from Python code, or from a callback the loop runs), and gives it back after. The
// lock is free while the host's own code runs, so Python threads (executors) go on meanwhile.
class Call {
public:
    Call();
    ~Call();
    Call(const Call&) = delete;
    Call& operator=(const Call&) = delete;

private:
    bool took_;
};

// An Object the host's code holds (in a Coroutine, a Task, a PythonError): reference counts change only under
// the global lock, so copying and destroying it take the lock as a call does.
class Ref {
public:
    Ref() = default;
    explicit Ref(Object o) noexcept : o_(std::move(o)) {}
    Ref(const Ref& r) : o_(copy(r.o_)) {}
    Ref(Ref&& r) noexcept = default;
    Ref& operator=(Ref r) noexcept {
        std::swap(o_, r.o_);
        return *this;
    }
    ~Ref() {
        if (!o_.null()) release();
    }
    const Object& get() const noexcept { return o_; }
    Object take() noexcept { return std::move(o_); }

private:
    static Object copy(const Object& o);
    void release() noexcept;
    Object o_;
};

// The module `name` of an embedded library, imported on first use (its body runs once, as `import name`).
// `modules` are the library's compiled modules, registered with the import system the first time.
Object import_module(const ModuleDef* const* modules, size_t count, const char* name);
// Runs `body` translating a Python exception into PythonError.
template <class F>
decltype(auto) guarded(F&& body);
[[noreturn]] void throw_python_error(const Object& exc);
// Python exceptions cross into C++ as PythonError; everything else passes unchanged.
[[noreturn]] void rethrow_as_python_error();

// The pieces of Coroutine/Task/Loop that need the runtime (runtime/src/embed/).
Object create_task(const Object& loop, const Object& coro);
bool task_done(const Object& task);
Object task_result(const Object& task);  // the result, or throws PythonError
bool task_cancel(const Object& task);
Object run(const Object& coro);          // asyncio.run
// Resumes `h` from the loop once `task` is done (a done callback).
void resume_when_done(const Object& task, std::coroutine_handle<> h);
Object current_loop();  // the thread's loop (made and set when it has none)

}  // namespace embed

// A Python exception that reached C++. what() is the last line of CPython's traceback ("ValueError: bad
// value"); traceback() is the whole text CPython would print. Thrown back into Python (from a C++ function
// a Python module calls), it raises the original exception again.
class PythonError : public std::runtime_error {
public:
    explicit PythonError(Object exception);
    const std::string& type_name() const noexcept { return type_name_; }
    std::string traceback() const;
    const Object& exception() const noexcept { return exception_.get(); }

private:
    embed::Ref exception_;
    std::string type_name_;
};

template <class T>
using FromPython = T (*)(const Object&);

template <class T>
class Task;

// What calling an `async def` gives: a coroutine object, not yet running. Run it with pyco::run, make it a task
// with Loop::create_task, or co_await it from a C++ coroutine the loop resumes. Destroyed unstarted, it warns
// "coroutine 'f' was never awaited", as in Python.
template <class T>
class Coroutine {
public:
    Coroutine(Object coro, FromPython<T> convert) : coro_(std::move(coro)), convert_(convert) {}
    const Object& object() const noexcept { return coro_.get(); }
    FromPython<T> converter() const noexcept { return convert_; }
    Object release() noexcept { return coro_.take(); }
    // co_await from a C++ coroutine running on the loop's thread: the coroutine becomes a task of the thread's
    // loop; the loop resumes the awaiting C++ coroutine when it is done.
    auto operator co_await() &&;

private:
    embed::Ref coro_;
    FromPython<T> convert_;
};

template <class T>
class Task {
public:
    Task(Object task, FromPython<T> convert) : task_(std::move(task)), convert_(convert) {}
    bool done() const {
        embed::Call c;
        return embed::task_done(task_.get());
    }
    T result() const {
        embed::Call c;
        return convert(embed::task_result(task_.get()));
    }
    bool cancel() {
        embed::Call c;
        return embed::task_cancel(task_.get());
    }
    const Object& object() const noexcept { return task_.get(); }

    struct Awaiter {
        Task task;
        bool await_ready() const { return task.done(); }
        void await_suspend(std::coroutine_handle<> h) {
            embed::Call c;
            embed::resume_when_done(task.task_.get(), h);
        }
        T await_resume() { return task.result(); }
    };
    Awaiter operator co_await() const& { return Awaiter{*this}; }
    Awaiter operator co_await() && { return Awaiter{std::move(*this)}; }

private:
    T convert(const Object& o) const {
        if constexpr (std::is_void_v<T>) (void)o;
        else return embed::guarded([&] { return convert_(o); });
    }
    embed::Ref task_;
    FromPython<T> convert_;
};

template <class T>
auto Coroutine<T>::operator co_await() && {
    embed::Call c;
    Object loop = embed::current_loop();
    return typename Task<T>::Awaiter{Task<T>(embed::create_task(loop, release()), convert_)};
}

// asyncio.run(coro): a new loop runs it to completion, then cancels what is left, shuts the default executor
// down and closes the loop. Returns the result or throws PythonError.
template <class T>
T run(Coroutine<T> coro) {
    embed::Call c;
    FromPython<T> convert = coro.converter();
    Object r = embed::run(coro.release());
    if constexpr (std::is_void_v<T>) (void)r, (void)convert;
    else return embed::guarded([&] { return convert(r); });
}

// The thread's event loop, for a host with an event loop of its own (libuv's shape): it waits on fd() with
// timeout_ns(), then calls step().
class Loop {
public:
    // The calling thread's loop, made and set as current the first time.
    static Loop& get();
    template <class T>
    Task<T> create_task(Coroutine<T> coro) {
        embed::Call c;
        FromPython<T> convert = coro.converter();
        return Task<T>(embed::create_task(loop_.get(), coro.release()), convert);
    }
    // An epoll file descriptor that becomes readable when the loop has I/O to handle or another thread called
    // call_soon_threadsafe; it nests in poll, epoll, GLib or Qt.
    int fd();
    // 0: callbacks are ready; -1: nothing is scheduled; else nanoseconds until the next timer.
    int64_t timeout_ns();
    // One turn of the loop (base_events._run_once) without blocking: the loop counts as running only inside it.
    void step();
    // From any thread: `fn` runs in the loop's thread at its next step.
    void call_soon_threadsafe(std::function<void()> fn);
    const Object& object() const noexcept { return loop_.get(); }

private:
    explicit Loop(Object loop) : loop_(std::move(loop)) {}
    embed::Ref loop_;
};

template <class F>
decltype(auto) embed::guarded(F&& body) {
    try {
        return body();
    } catch (...) {
        rethrow_as_python_error();
    }
}

}  // namespace pyco
