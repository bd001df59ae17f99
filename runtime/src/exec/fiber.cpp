// Stackful fibers over Boost.Context (internal/fiber.h): switching stacks together with the runtime's
// per-stack state, exceptions handed across switches, and AddressSanitizer's view of which stack is running.
#include "internal/fiber.h"

#include <utility>

#include "internal/fiber_stack.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#endif

namespace pyco {

namespace {

// Thrown into a suspended fiber that must be discarded: it unwinds the fiber's stack (only C++ destructors run:
// compiled code catches PyExc alone, and the runtime's catch-all blocks rethrow) up to Fiber::entry.
struct FiberUnwind {};

thread_local Fiber* tl_current = nullptr;
// The fiber that switched: the receiving side stores the context it left in it (Fiber::arrive).
thread_local Fiber* tl_switch_from = nullptr;
// What the switching fiber hands over to be thrown in the one it enters.
thread_local std::exception_ptr tl_delivered;

// AddressSanitizer must be told before each switch which stack comes next, and after it which one was left,
// or it takes the new stack for a huge frame of the old one (exceptions thrown there then report errors).
void asan_leave(void** fake_stack_save, const char* bottom, size_t size) noexcept {
#if defined(__SANITIZE_ADDRESS__)
    __sanitizer_start_switch_fiber(fake_stack_save, bottom, size);
#else
    (void)fake_stack_save, (void)bottom, (void)size;
#endif
}

void asan_arrive(void* fake_stack, const char** left_bottom, size_t* left_size) noexcept {
#if defined(__SANITIZE_ADDRESS__)
    const void* bottom = nullptr;
    __sanitizer_finish_switch_fiber(fake_stack, &bottom, left_size);
    *left_bottom = static_cast<const char*>(bottom);
#else
    (void)fake_stack, (void)left_bottom, (void)left_size;
#endif
}

}  // namespace

StackState StackState::capture() noexcept {
    return {current_frame(), detail::tl_depth, handling_top(), current_driver(), detail::tl_stack_limit};
}

void StackState::install() const noexcept {
    set_current_frame(frame);
    detail::tl_depth = depth;
    set_handling_top(handling);
    set_current_driver(driver);
    detail::tl_stack_limit = stack_limit;
}

Fiber::Fiber(MainTag) noexcept : started_(true) {}

Fiber::Fiber(std::function<void()> body, ExitTarget exit_target, size_t stack_size)
    : body_(std::move(body)), exit_target_(std::move(exit_target)), stack_size_(stack_size) {}

Fiber& Fiber::main() {
    // Never destroyed: the thread's own stack outlives every fiber.
    thread_local Fiber* main_fiber = new Fiber(MainTag{});
    return *main_fiber;
}

Fiber& Fiber::current() { return tl_current ? *tl_current : main(); }

Fiber::~Fiber() {
    if (started_ && !finished_ && this != tl_current) unwind();
}

void Fiber::unwind() noexcept {
    unwinding_ = true;
    unwinder_ = &current();
    try {
        switch_to(*this, std::make_exception_ptr(FiberUnwind{}));
    } catch (...) {
        // Nothing is delivered back by an unwinding fiber; the catch only keeps the destructor noexcept.
    }
}

void Fiber::switch_to(Fiber& target, std::exception_ptr raise_there) {
    target.ensure_context();  // first: it may fail (no memory for a stack) before anything changed
    Fiber& from = current();
    from.saved_ = StackState::capture();
    tl_switch_from = &from;
    tl_current = &target;
    tl_delivered = std::move(raise_there);
    asan_leave(&from.asan_fake_stack_, target.stack_bottom_, target.stack_size_);
    boost::context::fiber back = std::move(target.ctx_).resume();
    from.arrive(std::move(back));
}

void Fiber::ensure_context() {
    if (started_) return;
    GuardedStack stack{stack_size_, &stack_bottom_};
    ctx_ = boost::context::fiber(std::allocator_arg, std::move(stack), [this](boost::context::fiber&& caller) {
        return entry(*this, std::move(caller));
    });
    started_ = true;  // only once the stack exists: a failed mapping (std::bad_alloc) leaves it unstarted
    saved_.stack_limit = stack_bottom_ + fiber_stack_reserve(stack_size_);
}

void Fiber::arrive(boost::context::fiber&& from) {
    const char* left_bottom = nullptr;
    size_t left_size = 0;
    asan_arrive(asan_fake_stack_, &left_bottom, &left_size);
    Fiber* left = tl_switch_from;
    if (!left->stack_bottom_) {  // the thread's own stack: its bounds are known only once it is left
        left->stack_bottom_ = left_bottom;
        left->stack_size_ = left_size;
    }
    left->ctx_ = std::move(from);  // empty when `left` ended
    saved_.install();
    if (tl_delivered) std::rethrow_exception(std::exchange(tl_delivered, nullptr));
}

boost::context::fiber Fiber::entry(Fiber& self, boost::context::fiber&& caller) {
    std::exception_ptr escaped;
    try {
        self.arrive(std::move(caller));
        self.body_();
    } catch (const FiberUnwind&) {
        // Discarded (~Fiber): control goes back to the unwinder, with nothing to hand over.
    } catch (...) {
        escaped = std::current_exception();
    }
    Fiber& next = self.unwinding_ ? *self.unwinder_ : self.exit_target_(escaped != nullptr);
    next.ensure_context();
    self.finished_ = true;
    self.saved_ = {};
    self.body_ = nullptr;  // what the body captured dies here, on its own stack
    tl_switch_from = &self;
    tl_current = &next;
    tl_delivered = std::move(escaped);
    asan_leave(nullptr, next.stack_bottom_, next.stack_size_);  // null: this stack is gone for good
    return std::move(next.ctx_);
}

}  // namespace pyco
