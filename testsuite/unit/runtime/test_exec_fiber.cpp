// Stackful fibers (internal/fiber.h): switching stacks, the per-stack runtime state that goes with each, and
// exceptions handed across switches instead of unwinding across them.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "internal/fiber.h"
#include "pyco/call.h"
#include "pyco/exceptions.h"
#include "pyco/ops.h"

using namespace pyco;

namespace {

constexpr size_t kStack = 256 << 10;

// A fiber whose body runs `body` and which then returns to the fiber that was running when it was made.
std::unique_ptr<Fiber> fiber_returning_here(std::function<void()> body, size_t stack = kStack) {
    Fiber* home = &Fiber::current();
    return std::make_unique<Fiber>(std::move(body), [home](bool) -> Fiber& { return *home; }, stack);
}

std::string message_of(const PyExc& e) { return format_exception_only(e.exc); }

const CodeInfo kCode{"recurse", "recurse", nullptr, 1, nullptr};

// A Python-like call: one frame per level, as compiled functions push them.
int recurse(int n) {
    FrameGuard guard(kCode);
    volatile char pad[512] = {};  // a frame of a realistic size
    return n == 0 ? pad[0] : 1 + recurse(n - 1);
}

}  // namespace

TEST_CASE("a fiber runs its body on a stack of its own, then goes to its exit target") {
    char here;
    const char* seen = nullptr;
    auto f = fiber_returning_here([&] {
        char there;
        seen = &there;
    });
    CHECK_FALSE(f->started());
    Fiber::switch_to(*f);
    CHECK(f->finished());
    REQUIRE(seen != nullptr);
    ptrdiff_t distance = seen - &here;
    CHECK((distance > ptrdiff_t(kStack) || -distance > ptrdiff_t(kStack)));
    CHECK(&Fiber::current() == &Fiber::main());
}

TEST_CASE("switching back and forth resumes each side where it left off") {
    std::vector<std::string> log;
    Fiber& main = Fiber::current();
    auto f = fiber_returning_here([&] {
        for (int i = 0; i < 3; ++i) {
            log.push_back("fiber " + std::to_string(i));
            Fiber::switch_to(main);
        }
    });
    for (int i = 0; i < 3; ++i) {
        Fiber::switch_to(*f);
        log.push_back("main " + std::to_string(i));
    }
    CHECK_FALSE(f->finished());
    Fiber::switch_to(*f);
    CHECK(f->finished());
    CHECK(log == std::vector<std::string>{"fiber 0", "main 0", "fiber 1", "main 1", "fiber 2", "main 2"});
}

TEST_CASE("an exception escaping a fiber's body is raised in its exit target, not unwound across the switch") {
    auto f = fiber_returning_here([] { raise(ValueErrorType, "from the fiber"); });
    try {
        Fiber::switch_to(*f);
        FAIL("nothing was raised");
    } catch (const PyExc& e) {
        CHECK(message_of(e) == "ValueError: from the fiber");
    }
    CHECK(f->finished());
}

TEST_CASE("an exception delivered by switch_to is raised where the fiber waits") {
    Fiber& main = Fiber::current();
    std::string caught;
    auto f = fiber_returning_here([&] {
        try {
            Fiber::switch_to(main);
        } catch (const PyExc& e) {
            caught = message_of(e);
        }
    });
    Fiber::switch_to(*f);
    Fiber::switch_to(*f, std::make_exception_ptr(PyExc{new_exception(KeyErrorType, {str_("k")})}));
    CHECK(caught == "KeyError: 'k'");
    CHECK(f->finished());
}

TEST_CASE("each fiber keeps its own frame chain, recursion depth and handled exception") {
    Fiber& main = Fiber::current();
    Frame* main_frame = current_frame();
    int main_depth = detail::tl_depth;
    Object main_exc = new_exception(RuntimeErrorType, "main's");
    HandlingGuard main_handling(main_exc);
    Frame fiber_frame;
    auto f = fiber_returning_here([&] {
        CHECK(current_frame() == nullptr);
        CHECK(current_handled_exception().null());
        set_current_frame(&fiber_frame);
        detail::tl_depth = 500;
        HandlingGuard handling(new_exception(KeyErrorType, "fiber's"));
        Fiber::switch_to(main);
        CHECK(current_frame() == &fiber_frame);
        CHECK(detail::tl_depth == 500);
        CHECK(format_exception_only(current_handled_exception()) == "KeyError: \"fiber's\"");
    });
    Fiber::switch_to(*f);
    CHECK(current_frame() == main_frame);
    CHECK(detail::tl_depth == main_depth);
    CHECK(is_(current_handled_exception(), main_exc));
    Fiber::switch_to(*f);
    CHECK(f->finished());
    CHECK(is_(current_handled_exception(), main_exc));
}

TEST_CASE("a suspended fiber that is destroyed is unwound: destructors on its stack run, its body does not go on") {
    Fiber& main = Fiber::current();
    auto counted = std::make_shared<int>(0);
    bool went_on = false;
    auto f = fiber_returning_here([&, counted] {
        std::shared_ptr<int> held = counted;
        Fiber::switch_to(main);
        went_on = true;
    });
    Fiber::switch_to(*f);
    CHECK(counted.use_count() == 3);  // here, the body's captures, its local
    f.reset();
    CHECK(counted.use_count() == 1);
    CHECK_FALSE(went_on);
    CHECK(&Fiber::current() == &main);
}

TEST_CASE("deep recursion on a fiber's stack raises RecursionError before the guard page") {
    int saved_limit = detail::recursion_limit;
    detail::recursion_limit = 1 << 30;  // only the stack check can stop it
    std::string caught;
    auto f = fiber_returning_here(
        [&] {
            try {
                recurse(1 << 20);
            } catch (const PyExc& e) {
                caught = message_of(e);
            }
        },
        64 << 10);
    Fiber::switch_to(*f);
    detail::recursion_limit = saved_limit;
    CHECK(caught == "RecursionError: maximum recursion depth exceeded");
}

TEST_CASE("a fiber's body may end in a fiber that never ran, which then starts") {
    std::vector<std::string> log;
    auto second = fiber_returning_here([&] { log.push_back("second"); });
    Fiber* next = second.get();
    auto first = std::make_unique<Fiber>([&] { log.push_back("first"); }, [next](bool) -> Fiber& { return *next; },
                                         kStack);
    Fiber::switch_to(*first);
    CHECK(log == std::vector<std::string>{"first", "second"});
    CHECK(first->finished());
    CHECK(second->finished());
}
