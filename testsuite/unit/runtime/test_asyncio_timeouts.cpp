// asyncio.timeout/Timeout, TaskGroup and as_completed driven from C++ coroutines through their Python protocol
// (__aenter__/__aexit__, create_task, the generator), under virtual time so that the deadlines cost nothing.
#include "asyncio_test_support.h"

#include "pyco/builtins.h"
#include "pyco/call.h"
#include "pyco/generator.h"
#include "pyco/module.h"

using namespace pyco;
using asyncio_test::log;
using asyncio_test::message_of;
using asyncio_test::raised_by;

namespace {

const SourceFile kFile{"/abs/timeouts_app.py", "async def worker():\n    pass\n"};
const Pos kPos[] = {{1, 0, 1, 18}, {2, 4, 2, 8}};
const CodeInfo kWorker{"worker", "worker", &kFile, 1, kPos};

Object asyncio_attr(const char* name) { return getattr(import_module("asyncio"), name); }

// `async with asyncio.timeout(delay): await asyncio.sleep(nap)`, logging what comes out.
Coro timed_sleep(const CodeInfo&, double delay, double nap) {
    co_await enter();
    Object cm = call(asyncio_attr("timeout"), {float_(delay)});
    co_await call_method(cm, "__aenter__");
    Object exc;
    try {
        co_await sleep(float_(nap));
    } catch (const PyExc& e) {
        exc = e.exc;
    }
    Object et = exc.null() ? None() : type_object(*exc.type());
    Object ev = exc.null() ? None() : exc;
    // Not inside co_await's operand: g++ 12 rejects braced lists there (docs/compiler.md).
    Object aexit = call_method(cm, "__aexit__", {et, ev, None()});
    try {
        co_await aexit;
        log().push_back(exc.null() ? "in time" : "passed " + format_exception_only(exc));
    } catch (const PyExc& e) {
        log().push_back("raised " + format_exception_only(e.exc));
    }
    log().push_back(repr_utf8(cm));
    co_return None();
}

Coro fail_after(const CodeInfo&, double delay, std::string msg) {
    co_await enter();
    co_await sleep(float_(delay));
    raise(ValueErrorType, msg);
}

Coro sleeper(const CodeInfo&, double delay, std::string name) {
    co_await enter();
    try {
        co_await sleep(float_(delay));
    } catch (const PyExc& e) {
        log().push_back(name + " " + format_exception_only(e.exc));
        throw;
    }
    log().push_back(name + " woke");
    co_return str_(name);
}

// A TaskGroup with the given children (each a coroutine object), its outcome logged.
Coro group_of(const CodeInfo&, std::vector<Object> children) {
    co_await enter();
    Object tg = call(asyncio_attr("TaskGroup"), {});
    co_await call_method(tg, "__aenter__");
    for (const Object& c : children) call_method(tg, "create_task", {c});
    Object aexit = call_method(tg, "__aexit__", {None(), None(), None()});
    try {
        co_await aexit;
        log().push_back("group done");
    } catch (const PyExc& e) {
        log().push_back("group raised " + format_exception_only(e.exc) + " " +
                        repr_utf8(getattr(e.exc, "exceptions")));
    }
    co_return None();
}

// for aw in as_completed(tasks): log(await aw)
Coro completed_in_order(const CodeInfo&, Object tasks, Object timeout) {
    co_await enter();
    Object gen = as_completed(tasks, timeout);
    for (Object aw; !(aw = generator_send(gen, None())).null();) {
        try {
            log().push_back(repr_utf8(co_await aw));
        } catch (const PyExc& e) {
            log().push_back(format_exception_only(e.exc));
        }
    }
    co_return None();
}

struct VirtualLoop {
    Object holder = new_event_loop();
    LoopObj* loop = as_loop(holder);
    int64_t real_start = 0, clock_start = 0;
    VirtualLoop() {
        log().clear();
        set_virtual_time(true);
        clock_start = monotonic_ns();
        real_start = clock_start - virtual_clock_offset_ns();
    }
    ~VirtualLoop() { set_virtual_time(false); }
    void run(Coro c) { run_until_complete(loop, c.obj); }
    double virtual_elapsed() const { return double(monotonic_ns() - clock_start) / 1e9; }
    double real_elapsed() const { return double(monotonic_ns() - virtual_clock_offset_ns() - real_start) / 1e9; }
};

}  // namespace

TEST_CASE_METHOD(VirtualLoop, "a timeout that expires turns the cancellation into TimeoutError") {
    run(timed_sleep(kWorker, 5, 60));
    CHECK(log() == std::vector<std::string>{"raised TimeoutError", "<Timeout [expired]>"});
    CHECK(virtual_elapsed() >= 5);
    CHECK(virtual_elapsed() < 6);
    CHECK(real_elapsed() < 1);
}

TEST_CASE_METHOD(VirtualLoop, "a block that finishes in time leaves the timeout finished") {
    run(timed_sleep(kWorker, 5, 1));
    CHECK(log() == std::vector<std::string>{"in time", "<Timeout [finished]>"});
}

TEST_CASE("a timeout refuses to be rescheduled before it is entered") {
    Object loop = new_event_loop();
    Object timeout_at = getattr(import_module("asyncio"), "timeout_at");
    Object cm = call(timeout_at, {None()});
    CHECK(repr_utf8(cm) == "<Timeout [created]>");
    CHECK(message_of(raised_by([&] { call_method(cm, "reschedule", {None()}); })) ==
          "RuntimeError: Timeout has not been entered");
}

TEST_CASE_METHOD(VirtualLoop, "a task group waits for all its tasks") {
    run(group_of(kWorker, {sleeper(kWorker, 2, "b").obj, sleeper(kWorker, 1, "a").obj}));
    CHECK(log() == std::vector<std::string>{"a woke", "b woke", "group done"});
}

TEST_CASE_METHOD(VirtualLoop, "a failing task cancels its siblings and the group raises an ExceptionGroup") {
    run(group_of(kWorker, {sleeper(kWorker, 10, "sibling").obj, fail_after(kWorker, 1, "bad").obj}));
    CHECK(log() == std::vector<std::string>{
                       "sibling asyncio.exceptions.CancelledError",
                       "group raised ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception) "
                       "(ValueError('bad'),)"});
    CHECK(virtual_elapsed() < 2);
}

TEST_CASE_METHOD(VirtualLoop, "as_completed gives results in completion order, then TimeoutError") {
    std::vector<Object> tasks;
    for (int d : {3, 1, 20, 2}) tasks.push_back(create_task(loop, sleeper(kWorker, d, std::to_string(d)).obj));
    run(completed_in_order(kWorker, list_from(tasks), float_(10)));
    CHECK(log() == std::vector<std::string>{"1 woke", "'1'", "2 woke", "'2'", "3 woke", "'3'", "TimeoutError"});
    task_cancel(tasks[2]);
    run_once(loop);
    CHECK(future_cancelled(tasks[2]));
}

TEST_CASE("as_completed refuses a single future when iteration starts") {
    Object loop = new_event_loop();
    Object gen = as_completed(new_future(as_loop(loop)));
    CHECK(message_of(raised_by([&] { generator_send(gen, None()); })) ==
          "TypeError: expect an iterable of futures, not Future");
}
