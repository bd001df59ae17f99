// Coroutine objects: the C++20 promise behind every compiled `async def`.
//
// Calling an `async def` returns a coroutine object and runs nothing (initial_suspend is suspend_always), as in
// Python. The promise *is* the Python object (it derives from Obj), so a coroutine costs one allocation: its
// frame. `await coro` enters the child by symmetric transfer and the child transfers back when it finishes;
// no Future and no trip through the loop (docs/design.md, "Runtime rules": two coroutine kinds). Only awaiting a Future (or a bare
// yield, as sleep(0)) suspends the whole chain back to the Task that drives it, through `Driver`.
#pragma once

#include <coroutine>
#include <memory>

#include "promise.h"
#include "type.h"

namespace pyco {

extern Type CoroutineType, AsyncGeneratorType;

// What a Task (asyncio/tasks) knows of the chain it drives. `step` resumes `leaf` (or the top coroutine at the
// first step); when control comes back, either the top coroutine is done, or `leaf` waits for `blocked_on`, or
// `blocked_on` is null: a bare yield, and the task schedules its next step at once.
struct Driver {
    std::coroutine_handle<> leaf;
    Object blocked_on;
    Object throw_in;  // raised at the leaf's await point on the next resume (cancellation)
    // `blocked_on` is what an `__await__` iterator yielded (await_iterator.cpp), any object, which the driver
    // judges as CPython's Task.__step judges a yield; false: a Future awaited directly, or a bare yield (null).
    bool raw = false;
    Object sent;  // what a raw yield evaluates to on the next resume: coroutine.send(value)'s value, else None
};
namespace detail {
inline thread_local Driver* tl_driver = nullptr;
}
inline Driver* current_driver() noexcept { return detail::tl_driver; }
inline void set_current_driver(Driver* d) noexcept { detail::tl_driver = d; }

struct CoroPromise;
// The return type of a compiled `async def`: a handle to the new coroutine object.
struct [[nodiscard]] Coro {
    Object obj;
    using promise_type = CoroPromise;
};

// Interface of Future-like objects (asyncio.Future and Task) to the awaiting machinery, implemented in
// runtime/src/asyncio/futures.cpp.
bool is_future(const Object& o) noexcept;
bool future_done(const Object& fut);
// _asyncio_future_blocking: set by Future.__await__ as it yields the Future, read and reset by its driver.
void set_future_blocking(const Object& fut, bool blocking);
Object future_result(const Object& fut);  // the result, or raises the exception / CancelledError

// A coroutine object: PromiseBase plus what inline awaiting needs. `continuation` does not own the awaiting
// coroutine: that one holds a reference to this one for the whole await, so it outlives it. Destroyed when its
// last reference goes (its Task, the awaiting expression, a variable); one that dies without having started
// prints CPython's never-awaited warning first. Its frame comes from the free lists of coroutine.cpp (operator
// new below), so that a warm gather of many small tasks allocates nothing.
struct CoroPromise : PromiseBase {
    bool warned_or_closed = false;
    int depth = 0;  // its place in the recursion count (frame.h): the driver's depth + 1, or its awaiter's + 1
    bool hand_running = false;  // inside coroutine.send()/throw() (cr_running; "coroutine already executing")
    std::coroutine_handle<> continuation;  // the coroutine awaiting this one inline, if any
    // A coroutine driven by hand (send/throw, coroutine_protocol.cpp): its chain's state between the calls.
    std::unique_ptr<Driver> hand;

    // Compiled coroutines take their CodeInfo as first parameter; the promise reads it before the body runs so
    // that repr, Task repr and the never-awaited warning know the function.
    template <class... A>
    explicit CoroPromise(const CodeInfo& code, A&&...) noexcept : PromiseBase(&CoroutineType, code) {}
    void destroy() override;

    Coro get_return_object() noexcept { return Coro{Object::adopt(this)}; }
    struct InitialAwaiter {
        CoroPromise* p;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<>) const noexcept {}
        void await_resume() const noexcept {
            set_current_frame(&p->frame);
            detail::tl_depth = p->depth;
        }
    };
    InitialAwaiter initial_suspend() noexcept { return {this}; }
    struct FinalAwaiter {
        bool await_ready() const noexcept { return false; }
        template <class P>
        std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) const noexcept {
            return finish(h.promise());
        }
        void await_resume() const noexcept {}
        static std::coroutine_handle<> finish(CoroPromise& p) noexcept;
    };
    FinalAwaiter final_suspend() noexcept { return {}; }

    // `co_await` of a Python value: a coroutine is entered inline, a Future suspends the task.
    struct Awaiter {
        CoroPromise* self;  // the awaiting coroutine
        Object target;
        bool inline_coro = false;
        bool agen_step = false;  // target is an async generator's __anext__/asend/athrow/aclose awaitable
        bool await_ready();
        std::coroutine_handle<> await_suspend(std::coroutine_handle<> h);
        Object await_resume();
    };
    using PromiseBase::await_transform;  // co_await enter()
    Awaiter await_transform(Object o) { return Awaiter{this, std::move(o)}; }
    Awaiter await_transform(Coro c) { return Awaiter{this, std::move(c.obj)}; }

    // A bare yield to the loop (what `asyncio.sleep(0)` does): the task runs again on the next loop turn.
    struct YieldNow {};
    struct YieldAwaiter {
        CoroPromise* self;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> h);
        void await_resume();
    };
    YieldAwaiter await_transform(YieldNow) noexcept { return {this}; }

    // Yields `value` out of the whole chain to its driver, as a `yield` inside an `__await__` generator does
    // (await_iterator.cpp); evaluates to what the driver sends back, or raises what it throws in.
    struct RawYield {
        Object value;
    };
    struct RawYieldAwaiter {
        CoroPromise* self;
        Object value;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> h);
        Object await_resume();
    };
    RawYieldAwaiter await_transform(RawYield y) noexcept { return {this, std::move(y.value)}; }

    static void* operator new(size_t n);
    static void operator delete(void* p, size_t n) noexcept;

protected:
    CoroPromise(const Type* t, const CodeInfo& code) noexcept : PromiseBase(t, code) {}
};
static_assert(alignof(CoroPromise) == alignof(PromiseBase), "PromiseBase::handle() relies on it");

// An `async def` that contains `yield`: an async generator. The frame runs inline in the coroutine awaiting its
// __anext__() (so it may await Futures in between), and each `yield` transfers back to that awaiter. Hence it is
// a CoroPromise (the same awaiting, continuation and frame allocator) that adds only the two values a `yield`
// exchanges. Owned and destroyed as a coroutine is, without the never-awaited warning (CPython gives none).
struct AsyncGenPromise;
struct [[nodiscard]] AsyncGen {
    Object obj;
    using promise_type = AsyncGenPromise;
};
struct AsyncGenPromise : CoroPromise {
    Object yielded;  // the value of the last `yield`, for the awaiter of __anext__/asend
    Object sent;     // what asend() passes in (None for __anext__)
    // The loop whose asyncgen hooks saw its first iteration (asyncio/asyncgens.cpp): it closes the generator when
    // the generator dies unfinished, and at shutdown_asyncgens().
    Object finalizer_loop;
    bool hooks_called = false;

    template <class... A>
    explicit AsyncGenPromise(const CodeInfo& code, A&&...) noexcept : CoroPromise(&AsyncGeneratorType, code) {}
    AsyncGen get_return_object() noexcept { return AsyncGen{Object::adopt(this)}; }
    struct YieldAwaiter {
        AsyncGenPromise* p;
        bool await_ready() const noexcept { return false; }
        std::coroutine_handle<> await_suspend(std::coroutine_handle<>) const noexcept;
        Object await_resume() const;
    };
    YieldAwaiter yield_value(Object v) noexcept {
        yielded = std::move(v);
        return {this};
    }
};
static_assert(alignof(AsyncGenPromise) == alignof(PromiseBase), "PromiseBase::handle() relies on it");

inline CoroPromise::YieldNow yield_now() noexcept { return {}; }
// `co_await raw_yield(v)`: written as a call because g++ 12 destroys a braced temporary in a co_await operand
// twice (the same miscompilation generator.h's delegated() avoids).
inline CoroPromise::RawYield raw_yield(Object value) noexcept { return CoroPromise::RawYield{std::move(value)}; }

// The compiler's fast path for `await asyncio.sleep(d)`: true when `fn` is asyncio.sleep itself and `delay` is
// an int or float <= 0, i.e. when the await is exactly a bare yield returning None. Generated code may then
// `co_await pyco::yield_now()` instead of creating the coroutine (sleep(0) as a coroutine costs about 2x).
bool is_asyncio_sleep_zero(const Object& fn, const Object& delay) noexcept;
// The traceback entry of sleep()'s own frame (`await __sleep0()`), for an exception thrown in at that fast path.
void add_sleep_frame(const PyExc& e);

inline bool is_coroutine(const Object& o) noexcept { return o.is_ptr() && o.ptr()->type == &CoroutineType; }
inline bool is_async_generator(const Object& o) noexcept {
    return o.is_ptr() && o.ptr()->type == &AsyncGeneratorType;
}
inline CoroPromise* as_coroutine(const Object& o) noexcept { return static_cast<CoroPromise*>(o.ptr()); }

// The awaitables that __anext__(), asend(), athrow() and aclose() of an async generator return; awaiting one runs
// the generator inline up to its next yield (runtime/src/exec/async_generator.cpp).
bool is_async_gen_step(const Object& o) noexcept;
bool async_gen_step_ready(const Object& step);  // true: the result is known without running the generator
std::coroutine_handle<> async_gen_step_suspend(const Object& step, std::coroutine_handle<> awaiting);
Object async_gen_step_resume(const Object& step);

// Starts or resumes a coroutine chain from plain code (used by Task.step); returns when it finishes or
// suspends. Raises "cannot reuse already awaited coroutine" for a finished one.
void resume_coroutine(CoroPromise* top, Driver& driver);
// `await x` where x is neither a coroutine nor a Future: the coroutine that runs x.__await__()'s iterator
// (await_iterator.cpp), to be awaited inline; CPython's TypeErrors for objects that are not awaitable.
Object await_via_iterator(const Object& awaitable);
// inspect.isawaitable: a coroutine, a Future, or an object whose type has __await__.
bool is_awaitable(const Object& x);
// ensure_future(x) for any other awaitable: a coroutine awaiting it (CPython's tasks._wrap_awaitable).
Object wrap_awaitable(const Object& awaitable);
// Closes a coroutine suspended under coroutine.send() (GeneratorExit where it waits): close(), and what
// CPython's finalizer does for one that dies suspended.
void close_suspended_coroutine(const Object& coro);
// coroutine.send(value) / throw(exc) (coroutine_protocol.cpp): the value the chain yields next, or null once
// the coroutine returned (its value is then in `result`). Exceptions it raises propagate.
Object coroutine_send(const Object& coro, const Object& value);
Object coroutine_throw(const Object& coro, const Object& exc);
// Closes a coroutine that will never run: no never-awaited warning (coroutine.close()).
void close_coroutine(const Object& coro);
// "<coroutine object func at 0x7f...>"
std::string coroutine_repr(const Object& coro);

}  // namespace pyco
