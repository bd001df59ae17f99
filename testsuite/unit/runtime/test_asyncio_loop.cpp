// The event loop: ready-queue order, loop turns, timers, running and closing.
#include "asyncio_test_support.h"

using namespace pyco;
using asyncio_test::log;
using asyncio_test::record;

namespace {
LoopObj* fresh(Object& holder) {
    holder = new_event_loop();
    log().clear();
    return as_loop(holder);
}
}  // namespace

TEST_CASE("call_soon runs callbacks in the order they were scheduled") {
    Object holder;
    LoopObj* loop = fresh(holder);
    for (const char* n : {"a", "b", "c"}) call_soon(loop, record, str_(n));
    run_once(loop);
    CHECK(log() == std::vector<std::string>{"a", "b", "c"});
}

namespace {
void reschedule(const Object& loop, const Object& name) {
    log().emplace_back(str_view(name));
    call_soon(as_loop(loop), record, str_(std::string(str_view(name)) + "-next"));
}
}  // namespace

TEST_CASE("a loop turn runs only the callbacks that were ready when it began") {
    Object holder;
    LoopObj* loop = fresh(holder);
    call_soon(loop, reschedule, holder, str_("a"));
    call_soon(loop, record, str_("b"));
    run_once(loop);
    CHECK(log() == std::vector<std::string>{"a", "b"});
    run_once(loop);
    CHECK(log() == std::vector<std::string>{"a", "b", "a-next"});
}

TEST_CASE("the ready ring grows past its first capacity and keeps FIFO order") {
    Object holder;
    LoopObj* loop = fresh(holder);
    for (int i = 0; i < 300; ++i) call_soon(loop, record, str_(std::to_string(i)));
    run_once(loop);
    REQUIRE(log().size() == 300);
    CHECK(log().front() == "0");
    CHECK(log()[150] == "150");
    CHECK(log().back() == "299");
}

TEST_CASE("timers run by time, then in the order they were scheduled") {
    Object holder;
    LoopObj* loop = fresh(holder);
    int64_t now = monotonic_ns();
    call_at(loop, now + 2000000, record, str_("late"));
    call_at(loop, now, record, str_("first-at-now"));
    call_at(loop, now, record, str_("second-at-now"));
    call_at(loop, now - 5, record, str_("earliest"));
    run_once(loop);
    CHECK(log() == std::vector<std::string>{"earliest", "first-at-now", "second-at-now"});
    run_once(loop);  // sleeps until the late timer
    CHECK(log().back() == "late");
    CHECK(monotonic_ns() >= now + 2000000);
}

TEST_CASE("a cancelled timer does not run") {
    Object holder;
    LoopObj* loop = fresh(holder);
    Object t = call_later(loop, 0, record, str_("cancelled"));
    call_later(loop, 0, record, str_("kept"));
    timer_cancel(t);
    run_once(loop);
    CHECK(log() == std::vector<std::string>{"kept"});
}

TEST_CASE("expired timers run after the callbacks already ready") {
    Object holder;
    LoopObj* loop = fresh(holder);
    call_later(loop, 0, record, str_("timer"));
    call_soon(loop, record, str_("soon"));
    run_once(loop);
    CHECK(log() == std::vector<std::string>{"soon", "timer"});
}

TEST_CASE("get_running_loop outside a loop raises no running event loop") {
    Object e = asyncio_test::raised_by([] { get_running_loop(); });
    CHECK(asyncio_test::message_of(e) == "RuntimeError: no running event loop");
    CHECK(running_loop() == nullptr);
}

namespace {
void stop_loop(const Object& loop, const Object&) { loop_stop(as_loop(loop)); }
void check_running(const Object& loop, const Object&) {
    log().push_back(running_loop() == as_loop(loop) ? "running" : "not running");
}
}  // namespace

TEST_CASE("run_forever runs until stop and makes the loop the running loop") {
    Object holder;
    LoopObj* loop = fresh(holder);
    call_soon(loop, check_running, holder);
    call_soon(loop, stop_loop, holder);
    run_forever(loop);
    CHECK(log() == std::vector<std::string>{"running"});
    CHECK_FALSE(loop->running);
    CHECK(running_loop() == nullptr);
}

TEST_CASE("run_until_complete returns the future's result") {
    Object holder;
    LoopObj* loop = fresh(holder);
    Object fut = new_future(loop);
    call_later(loop, 0.001, [](const Object& f, const Object&) { future_set_result(f, int_(42)); }, fut);
    Object r = run_until_complete(loop, fut);
    CHECK(repr_utf8(r) == "42");
}

TEST_CASE("a closed loop refuses new callbacks") {
    Object holder;
    LoopObj* loop = fresh(holder);
    loop_close(loop);
    CHECK(loop->closed);
    Object e = asyncio_test::raised_by([&] { call_soon(loop, record, str_("x")); });
    CHECK(asyncio_test::message_of(e) == "RuntimeError: Event loop is closed");
}

TEST_CASE("the loop's repr matches CPython's") {
    Object holder;
    fresh(holder);
    CHECK(repr_utf8(holder) == "<_UnixSelectorEventLoop running=False closed=False debug=False>");
}
