// Private to the runtime: stackful execution contexts (Boost.Context fibers) for the greenlet module.
//
// A Fiber runs a function on a stack of its own and can be left and re-entered at any depth of calls, which
// C++20 coroutines (stackless) cannot. The runtime keeps per-thread state that describes "the" C++ stack (the
// running Python frame, the recursion depth, the exceptions being handled, the Task driving the coroutine chain):
// each fiber owns its copy, saved when it is left and put back when it is re-entered (`StackState`).
//
// No C++ exception crosses a switch: an exception escaping a fiber's body is caught on the fiber's own stack and
// rethrown in the fiber that receives control when it ends (its exit target); `switch_to` can also deliver an
// exception to be raised in the fiber it enters (greenlet.throw). docs/runtime.md, "Greenlets", has the design.
#pragma once

#include <boost/context/fiber.hpp>

#include <cstddef>
#include <exception>
#include <functional>

#include "pyco/coroutine.h"
#include "pyco/exceptions.h"
#include "pyco/frame.h"

namespace pyco {

// The per-thread runtime state that belongs to one C++ stack.
struct StackState {
    Frame* frame = nullptr;              // current_frame(): tracebacks, warnings, sys._getframe
    int depth = 0;                       // the recursion count (frame.h)
    HandlingGuard* handling = nullptr;   // sys.exc_info() and bare `raise`
    Driver* driver = nullptr;            // the Task step running on this stack, if any
    const char* stack_limit = nullptr;   // below it a call raises RecursionError (frame.h); null: unchecked

    static StackState capture() noexcept;
    void install() const noexcept;
};

class Fiber {
public:
    // `body` runs on a new stack of `stack_size` bytes (fiber_stack.h) at the first switch_to. When it ends,
    // normally or by an exception (`failed`), control goes to `exit_target(failed)` (asked then, not now; it
    // must not throw, and may name a fiber that never ran: it starts) and the stack is freed.
    using ExitTarget = std::function<Fiber&(bool failed)>;
    Fiber(std::function<void()> body, ExitTarget exit_target, size_t stack_size);
    // A fiber still suspended inside its body is unwound first: C++ destructors run on its stack (references it
    // holds are dropped, frames unlinked), no Python code does (docs/runtime.md, "Greenlets").
    ~Fiber();
    Fiber(const Fiber&) = delete;
    Fiber& operator=(const Fiber&) = delete;

    // The fiber of the thread's own stack, and the running fiber.
    static Fiber& main();
    static Fiber& current();

    // Leaves the running fiber for `target` (started at its body when it never ran) and returns when another
    // fiber switches back. `raise_there` is thrown in `target` where it resumes; an exception another fiber
    // delivers here (its body's, or one it passes) is thrown by this call. `target` must not have finished.
    static void switch_to(Fiber& target, std::exception_ptr raise_there = nullptr);

    bool started() const noexcept { return started_; }
    bool finished() const noexcept { return finished_; }
    // Being discarded: what runs on its stack now is only the unwinding of its C++ frames.
    bool unwinding() const noexcept { return unwinding_; }
    // The state it resumes with: what it ran with when it was last left.
    const StackState& saved_state() const noexcept { return saved_; }
    // The recursion depth the body starts at (greenlet: the switching caller's depth plus one C-level call).
    void set_initial_depth(int depth) noexcept { saved_.depth = depth; }

private:
    struct MainTag {};
    explicit Fiber(MainTag) noexcept;
    static boost::context::fiber entry(Fiber& self, boost::context::fiber&& caller);
    // Finishes the switch on the side that receives control: records where it came from, restores this
    // fiber's state, throws what was delivered.
    void arrive(boost::context::fiber&& from);
    void unwind() noexcept;
    void ensure_context();  // maps the stack and makes the context that starts at entry(), once

    boost::context::fiber ctx_;  // this fiber's suspended context; empty while it runs or once it finished
    std::function<void()> body_;
    ExitTarget exit_target_;
    StackState saved_;
    const char* stack_bottom_ = nullptr;  // the lowest usable byte (the guard page is below)
    size_t stack_size_ = 0;
    void* asan_fake_stack_ = nullptr;  // AddressSanitizer's bookkeeping of this stack while it is left
    bool started_ = false, finished_ = false, unwinding_ = false;
    Fiber* unwinder_ = nullptr;  // who unwinds it: where control goes back when the unwinding ends
};

}  // namespace pyco
