// Timers and handles: cancellation (lazy removal from the heap), the handles' reprs, virtual time jumping the
// clock instead of sleeping, and the loop's lists of live loops and tasks.
#include "asyncio_test_support.h"

#include "pyco/call.h"

using namespace pyco;
using asyncio_test::log;
using asyncio_test::record;

namespace {
struct LoopFixture {
    Object holder = new_event_loop();
    LoopObj* loop = as_loop(holder);
    LoopFixture() { log().clear(); }
};

int64_t real_now() { return monotonic_ns() - virtual_clock_offset_ns(); }
}  // namespace

TEST_CASE_METHOD(LoopFixture, "a cancelled call_soon handle does not run and shows as cancelled") {
    Object h = call_soon_handle(loop, record, str_("dropped"));
    call_soon(loop, record, str_("kept"));
    CHECK(repr_utf8(h).rfind("<Handle ", 0) == 0);
    timer_cancel(h);
    CHECK(repr_utf8(h) == "<Handle cancelled>");
    run_once(loop);
    CHECK(log() == std::vector<std::string>{"kept"});
}

TEST_CASE_METHOD(LoopFixture, "cancelled timers leave the heap once they outnumber the live ones") {
    std::vector<Object> handles;
    for (int i = 0; i < 300; ++i) handles.push_back(call_later(loop, 100, record, str_("never")));
    for (int i = 0; i < 200; ++i) timer_cancel(handles[size_t(i)]);
    CHECK(loop->timers.size() == 300);
    call_soon(loop, record, str_("turn"));
    run_once(loop);
    CHECK(loop->timers.size() == 100);
    CHECK(loop->cancelled_timers == 0);
}

TEST_CASE_METHOD(LoopFixture, "the earliest cancelled timers are dropped at the next turn") {
    Object first = call_later(loop, 50, record, str_("x"));
    call_later(loop, 60, record, str_("y"));
    timer_cancel(first);
    call_soon(loop, record, str_("turn"));
    run_once(loop);
    CHECK(loop->timers.size() == 1);
}

TEST_CASE_METHOD(LoopFixture, "under virtual time the loop jumps to its next timer instead of sleeping") {
    set_virtual_time(true);
    int64_t real0 = real_now(), clock0 = monotonic_ns();
    call_later(loop, 30, record, str_("after 30 s"));
    call_later(loop, 3600, record, str_("after an hour"));
    run_once(loop);
    run_once(loop);
    set_virtual_time(false);
    CHECK(log() == std::vector<std::string>{"after 30 s", "after an hour"});
    CHECK(monotonic_ns() - clock0 >= int64_t(3600) * 1000000000);
    CHECK(real_now() - real0 < 1000000000);
}

// The jump ends where the selector's wait, rounded up to whole milliseconds, would have ended (less the real
// time that passed meanwhile), so the timer is due in the same turn.
TEST_CASE_METHOD(LoopFixture, "virtual jumps end where the selector's wait rounded up to milliseconds ends") {
    set_virtual_time(true);
    int64_t offset0 = virtual_clock_offset_ns();
    int64_t clock0 = monotonic_ns();
    call_later(loop, 0.0101, record, str_("t"));
    run_once(loop);
    set_virtual_time(false);
    int64_t jumped = virtual_clock_offset_ns() - offset0;
    CHECK(log() == std::vector<std::string>{"t"});
    CHECK(monotonic_ns() - clock0 >= 11000000);
    CHECK(jumped >= 10000000);
    CHECK(jumped <= 11000000);
}

TEST_CASE_METHOD(LoopFixture, "without virtual time the clock never jumps") {
    set_virtual_time(false);
    int64_t offset0 = virtual_clock_offset_ns();
    call_later(loop, 0.002, record, str_("t"));
    run_once(loop);
    CHECK(log() == std::vector<std::string>{"t"});
    CHECK(virtual_clock_offset_ns() == offset0);
}

TEST_CASE_METHOD(LoopFixture, "a TimerHandle's repr shows when and the callback, then only that it is cancelled") {
    Object t = call_later(loop, 1, record, str_("x"));
    std::string r = repr_utf8(t);
    CHECK(r.rfind("<TimerHandle when=", 0) == 0);
    timer_cancel(t);
    r = repr_utf8(t);
    CHECK(r.rfind("<TimerHandle cancelled when=", 0) == 0);
    CHECK(r.back() == '>');
}
