// Calling C++ from Python (docs/embedding.md, "Python calls C++"): what the functions pyco writes for a C++
// header (`--cpp-module`) use besides pyco/convert.h: C++ exceptions as Python ones, and C++ awaitables that
// Python awaits on the pyco loop.
#pragma once

#include <coroutine>
#include <exception>
#include <initializer_list>
#include <memory>
#include <type_traits>
#include <utility>

#include "convert.h"
#include "object.h"

namespace pyco {

// Inside a catch block: raises the Python exception for the C++ exception being handled, by Cython's table
// (bad_alloc: MemoryError; invalid_argument, domain_error: ValueError; out_of_range: IndexError; overflow_error:
// OverflowError; range_error, underflow_error: ArithmeticError; bad_cast, bad_typeid: TypeError;
// ios_base::failure: OSError; any other std::exception: RuntimeError with what()). A Python exception passes
// as it is, and a PythonError raises its original exception again.
[[noreturn]] void raise_from_cpp_exception();

namespace interop {

// Binds a call's arguments to a C++ function's parameters `names`, the first `required` of them without a
// default: out[i] is the argument for names[i]. Returns how many leading parameters were given; C++ fills in
// the rest from its defaults, so an argument after a parameter left to its default is a TypeError. The other
// errors are CPython's ("scale() missing 1 required positional argument: 'x'", "... got an unexpected keyword
// argument 'y'", "... takes from 1 to 2 positional arguments but 3 were given").
// With `fills_defaults` the caller supplies the defaults itself (it can spell them), so a parameter may be
// left out before one given by keyword.
size_t bind_args(const char* fname, const Args& a, std::initializer_list<const char*> names, size_t required,
                 Object* out, bool fills_defaults = false);

// An opaque C++ object owned by Python: the `_pyco_handle` attribute of an instance of the class pyco made for
// a C++ class. `type_name` is the C++ qualified name, checked when the handle comes back.
Object make_handle(std::shared_ptr<void> object, const char* type_name);
// The C++ object behind `instance` (an instance of the class `python_name`); TypeError "expected Counter, got int".
void* handle_ptr(const Object& instance, const char* type_name, const char* python_name);

// A Future of the running loop (RuntimeError "no running event loop" outside one).
Object new_future();
void set_future_result(const Object& fut, const Object& value);
// Sets the exception for the C++ exception being handled (as raise_from_cpp_exception maps it).
void set_future_exception_current(const Object& fut);

// A coroutine that starts at once and frees itself at its end: it drives a C++ awaitable to the Future.
struct Detached {
    struct promise_type {
        Detached get_return_object() noexcept { return {}; }
        std::suspend_never initial_suspend() noexcept { return {}; }
        std::suspend_never final_suspend() noexcept { return {}; }
        void return_void() noexcept {}
        void unhandled_exception() noexcept { std::terminate(); }  // drive() catches everything itself
    };
};

template <class S, class A>
Detached drive(A awaitable, Object fut) {
    try {
        if constexpr (std::is_void_v<typename S::type>) {
            co_await std::move(awaitable);
            set_future_result(fut, pyco::None());
        } else {
            set_future_result(fut, S::to(co_await std::move(awaitable)));
        }
    } catch (...) {
        set_future_exception_current(fut);
    }
}

}  // namespace interop

// A C++ awaitable (a coroutine type with a promise_type, awaited in C++ with co_await) as a Future Python can
// await: the C++ side starts now and must resume on the loop's thread (from a loop callback), as pyco's own
// tasks do. Its result converts with the spec S.
template <class S, class A>
Object await_cpp(A awaitable) {
    Object fut = interop::new_future();
    interop::drive<S>(std::move(awaitable), fut);
    return fut;
}

}  // namespace pyco
