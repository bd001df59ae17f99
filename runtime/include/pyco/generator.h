// Generator objects: the C++20 promise behind every compiled function that contains `yield`.
//
// Like coroutines, the promise is the Python object. next() resumes the frame until its next `co_yield`
// (a `yield` expression, whose value is what send() passed in, None for next()) or until it returns.
#pragma once

#include <coroutine>

#include "exceptions.h"
#include "frame.h"
#include "object.h"
#include "type.h"

namespace pyco {

extern Type GeneratorType;

struct GenPromise;
struct [[nodiscard]] Gen {
    Object obj;
    using promise_type = GenPromise;
};

struct GenPromise : Obj {
    Frame frame;
    Object yielded;  // the value of the last `yield`
    Object sent;     // what send() passed in (None for next())
    Object result;   // the return value, the StopIteration value once exhausted
    Object exc;      // the exception it finished with, rethrown to the caller of next()
    bool started = false, running = false, done = false;

    template <class... A>
    explicit GenPromise(const CodeInfo& code, A&&...) noexcept : Obj(&GeneratorType) { frame.code = &code; }
    std::coroutine_handle<GenPromise> handle() noexcept {
        return std::coroutine_handle<GenPromise>::from_promise(*this);
    }
    void destroy() override { handle().destroy(); }

    Gen get_return_object() noexcept { return Gen{Object::adopt(this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { done = true; return {}; }
    void return_value(Object v) noexcept { result = std::move(v); }
    void unhandled_exception() noexcept;

    struct YieldAwaiter {
        GenPromise* p;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<>) const noexcept {}
        Object await_resume() const noexcept;
    };
    YieldAwaiter yield_value(Object v) noexcept { yielded = std::move(v); return {this}; }

    struct FrameAwaiter {
        Frame* f;
        bool await_ready() const noexcept { return true; }
        void await_suspend(std::coroutine_handle<>) const noexcept {}
        Frame& await_resume() const noexcept { return *f; }
    };
    template <class T> FrameAwaiter await_transform(T) noexcept { return {&frame}; }  // only co_await enter()
};

// Advances the generator: the next yielded value, or null once it has returned (its return value is then in
// the promise's `result`). Exceptions raised inside propagate.
Object generator_send(const Object& gen, const Object& value);
// The return value of an exhausted generator (the value of `yield from`).
Object generator_return_value(const Object& gen);
// The value of `yield from it` once `it` is exhausted: a generator's return value, None for other iterators.
Object generator_return_value_or_none(const Object& it);

}  // namespace pyco
