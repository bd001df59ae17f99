// Generator objects: the C++20 promise behind every compiled function that contains `yield`.
//
// Like coroutines, the promise is the Python object. next() resumes the frame until its next `co_yield`
// (a `yield` expression, whose value is what send() passed in, None for next()) or until it returns.
// throw() and close() resume it with an exception pending, which the `yield` raises where it stands
// (CPython's gen.throw); a generator dying while suspended is closed first, so its finally blocks run.
#pragma once

#include <coroutine>

#include "promise.h"
#include "type.h"

namespace pyco {

extern Type GeneratorType;

struct GenPromise;
struct [[nodiscard]] Gen {
    Object obj;
    using promise_type = GenPromise;
};

// A generator object: PromiseBase plus the values a `yield` exchanges, the delegate of a suspended `yield from`
// (owned, so that throw()/close() can reach it) and the `except` blocks it is suspended in. Resumed by plain
// calls (generator_send and friends), never by symmetric transfer, so it has no continuation. Destroyed when
// its last reference goes; one suspended at a yield is closed first, so that its finally blocks run.
struct GenPromise : PromiseBase {
    bool delegate_finished = false;  // throw() finished the delegate: the `yield from` loop ends
    Object yielded;   // the value of the last `yield`
    Object sent;      // what send() passed in (None for next())
    Object delegate;  // the iterator a suspended `yield from` delegates to (throw()/close() go there first)
    // The `except` blocks the frame is suspended in (see handling_top): detached from the stack meanwhile.
    HandlingGuard* guards_bottom = nullptr;
    HandlingGuard* guards_top = nullptr;

    template <class... A>
    explicit GenPromise(const CodeInfo& code, A&&...) noexcept : PromiseBase(&GeneratorType, code) {}
    void destroy() override;

    Gen get_return_object() noexcept { return Gen{Object::adopt(this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept {
        state = PromiseState::Done;
        return {};
    }

    struct YieldAwaiter {
        GenPromise* p;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<>) const noexcept {}
        Object await_resume() const;
    };
    YieldAwaiter yield_value(Object v) noexcept { yielded = std::move(v); return {this}; }

    // `co_yield Delegated{it, v}`: one value of a `yield from it` (see yield_from_send). The result is what
    // was sent, or null when throw() finished the delegate.
    struct Delegated {
        const Object& it;
        const Object& value;
    };
    struct DelegateAwaiter {
        GenPromise* p;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<>) const noexcept {}
        Object await_resume() const;
    };
    DelegateAwaiter yield_value(Delegated d) noexcept {
        yielded = d.value;
        delegate = d.it;
        return {this};
    }
};
static_assert(alignof(GenPromise) == alignof(PromiseBase), "PromiseBase::handle() relies on it");

inline bool is_generator(const Object& o) noexcept { return o.is_ptr() && o.ptr()->type == &GeneratorType; }

// Advances the generator: the next yielded value, or null once it has returned (its return value is then in
// the promise's `result`). Exceptions raised inside propagate.
Object generator_send(const Object& gen, const Object& value);
// gen.throw(exc): raises `exc` at the suspended yield; returns the next value yielded, or null once the
// generator returned. The exception propagates when the generator does not handle it.
Object generator_throw(const Object& gen, const Object& exc);
// gen.close(): GeneratorExit at the suspended yield; RuntimeError "generator ignored GeneratorExit" when it
// yields again.
void generator_close(const Object& gen);
// The return value of an exhausted generator (the value of `yield from`).
Object generator_return_value(const Object& gen);
// StopIteration as next(it) raises it once `it` is exhausted: carrying a generator's return value.
[[noreturn]] void raise_stop_iteration(const Object& it);
// StopIteration carrying `value` (a bare StopIteration() for null or None), as send() raises it at the end.
[[noreturn]] void raise_stop_with(const Object& value);
// The exception gen.throw()/coro.throw() raise, from their arguments after self: throw(type),
// throw(instance), throw(type, value[, traceback]), with CPython's TypeErrors.
Object exception_from_throw_args(const Args& a);
// The value of `yield from it` once `it` is exhausted: a generator's return value, or the value of the
// StopIteration another iterator ended with (None if it had none).
Object generator_return_value_or_none(const Object& it);
// An iterator's next slot that ends with StopIteration(value) (a class's __next__, coroutine_wrapper,
// FutureIter) keeps the value here for the `yield from` that called it: the slot itself returns null.
void set_stop_value(Object value);

// `yield from x` with send/throw/close passed on to the delegate (PEP 380). Generated code:
//     Object it = pyco::iter(x);
//     Object v = pyco::yield_from_send(it, pyco::None());
//     while (!v.null()) {
//         Object s = co_yield pyco::delegated(it, v);
//         if (s.null()) break;
//         v = pyco::yield_from_send(it, s);
//     }
//     Object result = pyco::generator_return_value_or_none(it);
// yield_from_send gives the delegate's next value (next(it) for None, it.send(s) otherwise), null once it is
// exhausted. `co_yield pyco::delegated(it, v)` is the same as the braced form (which g++ 12 may miscompile
// inside a co_yield operand).
Object yield_from_send(const Object& it, const Object& sent);
inline GenPromise::Delegated delegated(const Object& it, const Object& value) noexcept { return {it, value}; }

}  // namespace pyco
