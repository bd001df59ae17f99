// Helpers shared by the asyncio unit tests: a log that callbacks append to, and running code inside a loop.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "internal/asyncio.h"
#include "pyco/ops.h"
#include "internal/values.h"

namespace asyncio_test {

inline std::vector<std::string>& log() {
    static std::vector<std::string> entries;
    return entries;
}

// A HandleFn that records its first argument (a str).
inline void record(const pyco::Object& a, const pyco::Object&) { log().emplace_back(pyco::str_view(a)); }

// A done callback that records "<name>:<future repr>".
inline void record_done(const pyco::Object& name, const pyco::Object& fut) {
    log().push_back(std::string(pyco::str_view(name)) + ":" + pyco::future_repr(fut));
}

template <class F>
pyco::Object raised_by(F&& f) {
    try {
        f();
    } catch (const pyco::PyExc& e) {
        return e.exc;
    }
    FAIL("nothing was raised");
    return {};
}

inline std::string message_of(const pyco::Object& exc) { return pyco::format_exception_only(exc); }

// Runs `n` turns of `loop` as the running loop (what asyncio's primitives need to create their waiters): a
// callback that re-queues itself counts the turns and stops the loop after the last.
inline void countdown(const pyco::Object& loop, const pyco::Object& left) {
    int64_t n = pyco::int_as_int64(left);
    if (n <= 1) {
        pyco::loop_stop(pyco::as_loop(loop));
        return;
    }
    pyco::call_soon(pyco::as_loop(loop), countdown, loop, pyco::int_(n - 1));
}

inline void run_turns(pyco::LoopObj* loop, int n) {
    if (n <= 0) return;
    pyco::Object holder = pyco::Object::borrow(loop);
    pyco::call_soon(loop, countdown, holder, pyco::int_(n));
    pyco::run_forever(loop);
}

}  // namespace asyncio_test
