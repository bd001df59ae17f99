// The global lock and the scheduler (internal/threads.h, docs/threads.md): a thread that computes hands the lock
// over after a switch interval, waits end on notification or at their deadline, and virtual time jumps only when
// every thread waits.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>

#include "internal/asyncio.h"
#include "internal/threads.h"
#include "pyco/frame.h"

using namespace pyco;

namespace {

int64_t real_now() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Waits (lock released) until `flag` is set under the scheduler's mutex.
void wait_for_flag(const bool& flag) {
    threads::wait_until([&flag] { return flag; }, -1);
}

}  // namespace

TEST_CASE("a thread that waits a switch interval gets the lock from one that computes without waiting") {
    std::atomic<bool> ran{false};
    bool finished = false;
    threads::start_thread(
        [&] {
            ran = true;
            threads::change_and_notify([&] { finished = true; });
        },
        0);
    // The main thread keeps the lock and only passes loop iterations, as a `while` loop of Python would.
    int64_t give_up = real_now() + 10'000'000'000;
    while (!ran && real_now() < give_up) loop_tick();
    CHECK(ran);
    wait_for_flag(finished);
}

TEST_CASE("sys.setswitchinterval's value is what the lock's waiters use") {
    double before = threads::switch_interval();
    threads::set_switch_interval(0.001);
    CHECK(threads::switch_interval() == Approx(0.001));
    threads::set_switch_interval(before);
    CHECK(threads::switch_interval() == Approx(0.005));
}

TEST_CASE("a waiter claims what it waits for in the step that frees it, one waiter at a time") {
    bool locked = true;  // a lock the main thread holds, changed only under the scheduler's mutex
    int order = 0, first = 0, second = 0, started = 0;
    bool done1 = false, done2 = false;
    auto claim = [&locked] { return locked ? false : (locked = true); };
    threads::start_thread(
        [&] {
            threads::change_and_notify([&] { ++started; });
            threads::wait_until(claim, -1);
            threads::change_and_notify([&] {
                first = ++order;
                locked = false;
                done1 = true;
            });
        },
        0);
    threads::wait_until([&] { return started == 1; }, -1);
    threads::start_thread(
        [&] {
            threads::change_and_notify([&] { ++started; });
            threads::wait_until(claim, -1);
            threads::change_and_notify([&] {
                second = ++order;
                locked = false;
                done2 = true;
            });
        },
        0);
    threads::wait_until([&] { return started == 2; }, -1);
    threads::change_and_notify([&] { locked = false; });
    wait_for_flag(done1);
    wait_for_flag(done2);
    CHECK(first >= 1);
    CHECK(second >= 1);
    CHECK(first != second);
}

TEST_CASE("under virtual time the clocks jump to the earliest deadline once every thread waits") {
    set_virtual_time(true);
    int64_t clock0 = monotonic_ns(), real0 = real_now();
    bool done = false;
    int64_t woke_at = 0;
    threads::start_thread(
        [&] {
            threads::wait_until([] { return false; }, monotonic_ns() + 30'000'000'000);  // time.sleep(30)
            woke_at = monotonic_ns();
            threads::change_and_notify([&] { done = true; });
        },
        0);
    // A shorter wait of the main thread ends first, then the sleeper's.
    bool in_time = threads::wait_until([] { return false; }, clock0 + 10'000'000'000);
    int64_t main_woke = monotonic_ns();
    wait_for_flag(done);
    set_virtual_time(false);
    CHECK_FALSE(in_time);
    CHECK(main_woke - clock0 >= 10'000'000'000);
    CHECK(main_woke - clock0 < 30'000'000'000);
    CHECK(woke_at - clock0 >= 30'000'000'000);
    CHECK(real_now() - real0 < 5'000'000'000);
}

TEST_CASE("without virtual time a deadline is real: a wait ends when it passes, not before") {
    set_virtual_time(false);
    int64_t real0 = real_now();
    CHECK_FALSE(threads::wait_until([] { return false; }, monotonic_ns() + 20'000'000));
    CHECK(real_now() - real0 >= 20'000'000);
}
