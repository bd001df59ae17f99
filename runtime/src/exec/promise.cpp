// What compiled coroutines, generators and async generators share (pyco/promise.h).
#include "pyco/promise.h"

#include <fmt/format.h>

#include <new>

#include "pyco/type.h"

namespace pyco {

void PromiseBase::unhandled_exception() noexcept {
    try {
        throw;
    } catch (const PyExc& e) {
        e.add_frame(frame);
        exc = e.exc;
    } catch (const std::bad_alloc&) {
        exc = new_exception(MemoryErrorType);
    } catch (...) {
        // Not a Python exception: a bug in pyco. Turned into a Python one so that the program can report it.
        const char* article = type->name[0] == 'a' ? "an" : "a";  // an async_generator
        exc = new_exception(RuntimeErrorType,
                            fmt::format("internal error: a C++ exception escaped {} {}", article, type->name));
    }
}

void PromiseBase::raise_pending() {
    Object e = std::move(throw_in);
    throw_in = Object();
    raise_(e);
}

void raise_stop_escaped(const Object& stop, const char* message) {
    try {
        HandlingGuard handling(stop);  // the RuntimeError's __context__
        raise(RuntimeErrorType, message);
    } catch (const PyExc& converted) {
        converted.exc.as<ExceptionObj>()->cause = stop;
        throw;
    }
}

}  // namespace pyco
