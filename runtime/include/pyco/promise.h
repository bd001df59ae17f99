// The promise base of compiled coroutines, generators and async generators.
//
// Each of the three is a C++20 coroutine whose promise is the Python object itself (it derives from Obj), so that
// creating one costs one allocation: its coroutine frame. What they share lives here; CoroPromise
// (coroutine.h), GenPromise (generator.h) and AsyncGenPromise (coroutine.h) add only their own protocol.
#pragma once

#include <coroutine>
#include <cstdint>

#include "exceptions.h"
#include "frame.h"
#include "object.h"

namespace pyco {

// Created: never resumed. Running: its frame is executing (or, for a coroutine chain, suspended below a
// Future the task waits for). Suspended: stopped at a `yield` (generators and async generators; a coroutine
// never is). Done: returned, raised or closed; it never runs again.
enum class PromiseState : uint8_t { Created, Running, Suspended, Done };

// What every compiled coroutine-like object owns: its Python Frame (code and current position, for tracebacks),
// the value it returned, the exception it finished with, and the exception to raise where it is suspended when
// it next resumes (gen.throw/close, athrow/aclose). The object *is* the promise, so it lives inside the
// coroutine frame: it is destroyed with the frame, by destroy() when its reference count drops to zero, and
// never by `delete`. destroy() is its only virtual function, called once: nothing on the resume path (the hot
// path of every await and every next()) goes through the vtable.
struct PromiseBase : Obj {
    Frame frame;
    Object result;    // the return value, until the awaiter or the StopIteration takes it
    Object exc;       // the exception it finished with, until the awaiter or the caller takes it
    // Raised at the suspended `yield` on the next resume. A coroutine leaves it empty: what is thrown into a
    // coroutine chain (cancellation) goes to the chain's leaf, through the Task's Driver.
    Object throw_in;
    PromiseState state = PromiseState::Created;

    PromiseBase(const Type* t, const CodeInfo& code) noexcept : Obj(t) { frame.code = &code; }

    // The handle of the coroutine whose promise this is. The derived promises add no alignment of their own
    // (asserted beside each), and a promise's place in its frame depends only on its alignment, so the base's
    // view of the frame is the derived one's.
    std::coroutine_handle<> handle() noexcept { return std::coroutine_handle<PromiseBase>::from_promise(*this); }
    // Frees the coroutine frame, and with it this object.
    void destroy() override { handle().destroy(); }

    void return_value(Object v) noexcept { result = std::move(v); }
    // The exception escaping the body is kept in `exc` (with this frame's traceback entry) rather than thrown
    // out of resume(): whoever resumed it (the awaiter, the Task, next()) rethrows it where Python would.
    void unhandled_exception() noexcept;

    // Raises `throw_in` (and clears it) if throw()/athrow()/aclose() left one: what a resumed `yield` does first.
    void raise_throw_in() {
        if (!throw_in.null()) [[unlikely]]
            raise_pending();
    }

    // `co_await pyco::enter()` at the top of every compiled body: gives it its Frame without suspending.
    struct FrameAccess {};
    struct FrameAwaiter {
        Frame* f;
        bool await_ready() const noexcept { return true; }
        void await_suspend(std::coroutine_handle<>) const noexcept {}
        Frame& await_resume() const noexcept { return *f; }
    };
    FrameAwaiter await_transform(FrameAccess) noexcept { return {&frame}; }

private:
    [[noreturn]] void raise_pending();
};

inline PromiseBase::FrameAccess enter() noexcept { return {}; }

// PEP 479 and PEP 525: `stop`, a StopIteration (StopAsyncIteration) that escaped a generator (an async generator),
// reaches the caller as RuntimeError(message) caused by it, so that it cannot end the caller's loop unseen.
[[noreturn]] void raise_stop_escaped(const Object& stop, const char* message);

}  // namespace pyco
