// Private to the runtime: the stacks fibers run on (fiber.h). Each is its own mapping with an inaccessible guard
// page below it, so running off its end faults at once instead of writing over other memory; the recursion check
// (frame.h, StackState::stack_limit) raises RecursionError well before that.
#pragma once

#include <boost/context/stack_context.hpp>

#include <cstddef>

namespace pyco {

// The size of a new fiber's stack: $PYCO_GREENLET_STACK_SIZE (bytes, or with a K or M suffix) when set and at
// least 64K, else 2 MiB (4x that under AddressSanitizer, whose frames are several times larger). Read once.
size_t default_fiber_stack_size();

// Boost.Context's StackAllocator concept: allocate() maps size bytes plus the guard page, deallocate() unmaps.
struct GuardedStack {
    size_t size;
    const char** bottom_out = nullptr;  // receives the lowest usable byte of the stack allocate() makes
    boost::context::stack_context allocate();
    void deallocate(boost::context::stack_context& sctx) noexcept;
};

// How far above a stack's lowest byte calls stop with RecursionError: room for the runtime's own C++ below the
// last Python frame (raising the error, formatting a traceback while unwinding).
size_t fiber_stack_reserve(size_t stack_size) noexcept;

}  // namespace pyco
