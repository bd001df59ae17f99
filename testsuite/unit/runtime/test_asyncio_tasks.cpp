// Tasks driving hand-written coroutines: start order, interleaving at sleep(0), waiting on futures,
// cancellation, gather, wait, asyncio.run and the reprs.
#include "asyncio_test_support.h"

using namespace pyco;
using asyncio_test::log;
using asyncio_test::message_of;
using asyncio_test::raised_by;

namespace {

const SourceFile kFile{"/abs/app.py", "import asyncio\n\nasync def func():\n    await asyncio.sleep(0)\n    return 'x'\n"};
const Pos kPos[] = {{3, 0, 3, 16}, {4, 4, 4, 26}, {5, 4, 5, 14}};
const CodeInfo kFunc{"func", "func", &kFile, 3, kPos};
const CodeInfo kMain{"main", "main", &kFile, 3, kPos};

// Logs "<name>1", yields once (sleep(0)), logs "<name>2", returns the name.
Coro two_steps(const CodeInfo&, std::string name) {
    Frame& f = co_await enter();
    log().push_back(name + "1");
    f.pos = 1;
    co_await sleep(Object::small(0));
    log().push_back(name + "2");
    f.pos = 2;
    co_return str_(name);
}

Coro wait_on(const CodeInfo&, Object fut) {
    co_await enter();
    Object r = co_await fut;
    log().push_back("got " + repr_utf8(r));
    co_return r;
}

Coro raises(const CodeInfo&) {
    co_await enter();
    co_await yield_now();
    raise(ValueErrorType, "boom");
}

Coro catches_cancel(const CodeInfo&, Object fut) {
    co_await enter();
    try {
        co_await fut;
    } catch (const PyExc& e) {
        log().push_back("caught " + repr_utf8(e.exc));
        throw;
    }
    co_return None();
}

struct LoopFixture {
    Object holder = new_event_loop();
    LoopObj* loop = as_loop(holder);
    LoopFixture() {
        log().clear();
        set_event_loop(holder);  // gather() outside a running loop uses the thread's loop
    }
    ~LoopFixture() { set_event_loop(None()); }
    void run_all() {
        for (int i = 0; i < 100 && (!loop->ready.empty() || !loop->timers.empty()); ++i) run_once(loop);
    }
};

}  // namespace

TEST_CASE_METHOD(LoopFixture, "a task does not start until the loop runs it") {
    Object t = create_task(loop, two_steps(kFunc, "a").obj);
    CHECK(log().empty());
    run_once(loop);
    CHECK(log() == std::vector<std::string>{"a1"});
}

TEST_CASE_METHOD(LoopFixture, "two tasks interleave at sleep(0)") {
    Object a = create_task(loop, two_steps(kFunc, "a").obj);
    Object b = create_task(loop, two_steps(kFunc, "b").obj);
    run_all();
    CHECK(log() == std::vector<std::string>{"a1", "b1", "a2", "b2"});
    CHECK(repr_utf8(future_result(a)) == "'a'");
}

TEST_CASE_METHOD(LoopFixture, "task names count up and a given name is kept") {
    Object a = create_task(loop, two_steps(kFunc, "a").obj);
    Object b = create_task(loop, two_steps(kFunc, "b").obj, str_("custom"));
    Object c = create_task(loop, two_steps(kFunc, "c").obj);
    std::string na(str_view(task_get_name(a))), nc(str_view(task_get_name(c)));
    CHECK(na.rfind("Task-", 0) == 0);
    CHECK(std::stoi(nc.substr(5)) == std::stoi(na.substr(5)) + 1);
    CHECK(str_view(task_get_name(b)) == "custom");
    run_all();
}

TEST_CASE_METHOD(LoopFixture, "a task waits for a future and gets its result") {
    Object fut = new_future(loop);
    Object t = create_task(loop, wait_on(kFunc, fut).obj);
    run_once(loop);
    CHECK(log().empty());
    CHECK(as_task(t)->driver.blocked_on.ptr() == fut.ptr());
    future_set_result(fut, int_(7));
    run_all();
    CHECK(log() == std::vector<std::string>{"got 7"});
    CHECK(repr_utf8(future_result(t)) == "7");
}

TEST_CASE_METHOD(LoopFixture, "a coroutine's exception becomes the task's") {
    Object t = create_task(loop, raises(kFunc).obj);
    run_all();
    CHECK(message_of(future_exception(t)) == "ValueError: boom");
}

TEST_CASE_METHOD(LoopFixture, "cancelling a waiting task throws CancelledError into it") {
    Object fut = new_future(loop);
    Object t = create_task(loop, catches_cancel(kFunc, fut).obj);
    run_once(loop);
    CHECK(task_cancel(t, str_("stop")));
    CHECK(future_cancelled(fut));
    run_all();
    CHECK(log() == std::vector<std::string>{"caught CancelledError('stop')"});
    CHECK(future_cancelled(t));
}

TEST_CASE_METHOD(LoopFixture, "cancelling a task before it starts cancels it without running it") {
    Object t = create_task(loop, two_steps(kFunc, "a").obj);
    task_cancel(t);
    run_all();
    CHECK(log().empty());
    CHECK(future_cancelled(t));
}

TEST_CASE_METHOD(LoopFixture, "task reprs follow base_tasks") {
    Object fut = new_future(loop);
    Object t = create_task(loop, wait_on(kFunc, fut).obj, str_("T"));
    CHECK(task_repr(t) == "<Task pending name='T' coro=<func() running at /abs/app.py:3>>");
    run_once(loop);
    CHECK(task_repr(t) ==
          "<Task pending name='T' coro=<func() running at /abs/app.py:3> wait_for=<Future pending "
          "cb=[Task.task_wakeup()]>>");
    future_set_result(fut, str_("return"));
    run_all();
    CHECK(task_repr(t) == "<Task finished name='T' coro=<func() done, defined at /abs/app.py:3> result='return'>");
}

TEST_CASE_METHOD(LoopFixture, "gather returns results in argument order") {
    Object g = gather({two_steps(kFunc, "a").obj, two_steps(kFunc, "b").obj});
    CHECK(future_repr(g) == "<_GatheringFuture pending>");
    run_all();
    CHECK(repr_utf8(future_result(g)) == "['a', 'b']");
    CHECK(log() == std::vector<std::string>{"a1", "b1", "a2", "b2"});
}

TEST_CASE_METHOD(LoopFixture, "gather propagates the first exception unless return_exceptions") {
    Object g = gather({raises(kFunc).obj, two_steps(kFunc, "b").obj});
    run_all();
    CHECK(message_of(future_exception(g)) == "ValueError: boom");
    Object h = gather({raises(kFunc).obj, two_steps(kFunc, "c").obj}, true);
    run_all();
    CHECK(repr_utf8(future_result(h)) == "[ValueError('boom'), 'c']");
}

namespace {
Coro main_returning(const CodeInfo&) {
    co_await enter();
    Object t = create_task_running(two_steps(kFunc, "x").obj);
    Object r = co_await t;
    log().push_back(std::string(str_view(task_get_name(current_task(get_running_loop())))));
    co_return r;
}
}  // namespace

TEST_CASE("asyncio.run runs the main coroutine and returns its result") {
    log().clear();
    Object r = asyncio_run(main_returning(kMain).obj, None());
    CHECK(repr_utf8(r) == "'x'");
    REQUIRE(log().size() == 3);
    CHECK(log()[2].rfind("Task-", 0) == 0);
    CHECK(running_loop() == nullptr);
    CHECK(message_of(raised_by([] { get_event_loop(); })) ==
          "RuntimeError: There is no current event loop in thread 'MainThread'.");
}

TEST_CASE("asyncio.run rejects what is not a coroutine") {
    CHECK(message_of(raised_by([] { asyncio_run(int_(5), None()); })) == "ValueError: a coroutine was expected, got 5");
}

TEST_CASE("create_task outside a running loop raises no running event loop") {
    Object e = raised_by([] { create_task_running(two_steps(kFunc, "z").obj); });
    CHECK(message_of(e) == "RuntimeError: no running event loop");
    CHECK(e.as<ExceptionObj>()->frame_refs.size() == 1);
    close_coroutine(e.as<ExceptionObj>()->frame_refs[0]);
}

namespace {
Coro waits_on_coroutines(const CodeInfo&) {
    co_await enter();
    Object c = two_steps(kFunc, "never").obj;
    close_coroutine(c);
    // g++ 12 rejects a braced list inside a co_await's operand ("array used as initializer"): hoist it.
    Object fs = list_({c});
    co_await wait(fs, None(), str_("ALL_COMPLETED"));
    co_return None();
}
Coro waits_first_completed(const CodeInfo&) {
    co_await enter();
    Object fast = create_task_running(two_steps(kFunc, "fast").obj);
    Object slow = create_task_running(sleep(float_(0.05)));
    Object fs = list_({fast, slow});
    Object r = co_await wait(fs, None(), str_("FIRST_COMPLETED"));
    log().push_back("done=" + std::to_string(len(getitem(r, int_(0)))) +
                    " pending=" + std::to_string(len(getitem(r, int_(1)))));
    task_cancel(slow);
    co_return None();
}
}  // namespace

TEST_CASE("asyncio.wait given coroutines raises when it runs") {
    Object e = raised_by([] { asyncio_run(waits_on_coroutines(kMain).obj, None()); });
    CHECK(message_of(e) == "TypeError: Passing coroutines is forbidden, use tasks explicitly.");
}

TEST_CASE("asyncio.wait with FIRST_COMPLETED returns when one is done") {
    log().clear();
    asyncio_run(waits_first_completed(kMain).obj, None());
    CHECK(log().back() == "done=1 pending=1");
}

namespace {
Coro times_out(const CodeInfo&) {
    co_await enter();
    co_await wait_for(sleep(float_(1.0)), float_(0.01));
    co_return None();
}
}  // namespace

TEST_CASE("wait_for raises TimeoutError when the time is up") {
    int64_t start = monotonic_ns();
    Object e = raised_by([] { asyncio_run(times_out(kMain).obj, None()); });
    CHECK(message_of(e) == "TimeoutError");
    CHECK(monotonic_ns() - start < 500000000);
}
