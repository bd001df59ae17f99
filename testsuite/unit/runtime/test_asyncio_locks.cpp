// asyncio.locks driven from C++ coroutines: who gets a Lock and when, Event, Condition, Semaphore and Barrier
// wake-up order, cancellation of waiters, and the errors and reprs.
#include "asyncio_test_support.h"

#include "pyco/call.h"

using namespace pyco;
using asyncio_test::log;
using asyncio_test::message_of;
using asyncio_test::raised_by;

namespace {

const SourceFile kFile{"/abs/locks_app.py", "async def worker():\n    pass\n"};
const Pos kPos[] = {{1, 0, 1, 18}, {2, 4, 2, 8}};
const CodeInfo kWorker{"worker", "worker", &kFile, 1, kPos};

Object make(const Type& t, std::initializer_list<Object> args = {}) { return call(type_object(t), args); }

// Acquires `prim`, logs "<name> in", yields once, logs "<name> out", releases.
Coro hold(const CodeInfo&, Object prim, std::string name) {
    co_await enter();
    co_await call_method(prim, "acquire");
    log().push_back(name + " in");
    co_await yield_now();
    log().push_back(name + " out");
    call_method(prim, "release");
    co_return None();
}

// Awaits `method` of `obj` (a coroutine method such as Event.wait) and logs "<name> <result>".
Coro await_method(const CodeInfo&, Object obj, const char* method, std::string name) {
    co_await enter();
    Object r = co_await call_method(obj, method);
    log().push_back(name + " " + repr_utf8(r));
    co_return r;
}

// Under `async with cond`: waits for a notification and logs it.
Coro cond_waiter(const CodeInfo&, Object cond, std::string name) {
    co_await enter();
    co_await call_method(cond, "acquire");
    log().push_back(name + " waits");
    co_await call_method(cond, "wait");
    log().push_back(name + " notified");
    call_method(cond, "release");
    co_return None();
}

struct LoopFixture {
    Object holder = new_event_loop();
    LoopObj* loop = as_loop(holder);
    LoopFixture() { log().clear(); }
    Object task(Coro c) { return create_task(loop, c.obj); }
    Object run(Coro c) { return run_until_complete(loop, c.obj); }
    void turn(int n = 1) { asyncio_test::run_turns(loop, n); }
};

std::string bracket(const Object& o) {
    std::string r = repr_utf8(o);
    return r.substr(r.find('['));
}

}  // namespace

TEST_CASE_METHOD(LoopFixture, "a lock is granted to its waiters in the order they asked") {
    Object lock = new_lock();
    for (const char* n : {"a", "b", "c"}) task(hold(kWorker, lock, n));
    turn(10);
    CHECK(log() == std::vector<std::string>{"a in", "a out", "b in", "b out", "c in", "c out"});
    CHECK_FALSE(truthy(call_method(lock, "locked")));
}

TEST_CASE_METHOD(LoopFixture, "releasing a lock nobody holds raises RuntimeError") {
    Object lock = new_lock();
    Object e = raised_by([&] { call_method(lock, "release"); });
    CHECK(message_of(e) == "RuntimeError: Lock is not acquired.");
}

TEST_CASE_METHOD(LoopFixture, "a lock waiter cancelled after its wake-up hands the lock to the next waiter") {
    Object lock = new_lock();
    run(await_method(kWorker, lock, "acquire", "main"));
    Object a = task(await_method(kWorker, lock, "acquire", "a"));
    Object b = task(await_method(kWorker, lock, "acquire", "b"));
    turn();
    CHECK(bracket(lock) == "[locked, waiters:2]>");
    call_method(lock, "release");
    task_cancel(a);
    turn(3);
    CHECK(future_cancelled(a));
    CHECK(log() == std::vector<std::string>{"main True", "b True"});
    CHECK(truthy(call_method(lock, "locked")));
}

TEST_CASE_METHOD(LoopFixture, "Event.set wakes every waiter in order and later waits return at once") {
    Object event = new_event();
    for (const char* n : {"x", "y"}) task(await_method(kWorker, event, "wait", n));
    turn();
    CHECK(bracket(event) == "[unset, waiters:2]>");
    event_set_flag(event);
    turn(2);
    CHECK(log() == std::vector<std::string>{"x True", "y True"});
    run(await_method(kWorker, event, "wait", "late"));
    CHECK(log().back() == "late True");
    CHECK(event_is_set(event));
}

TEST_CASE_METHOD(LoopFixture, "Condition.notify(n) wakes n waiters, each holding the lock again") {
    Object cond = make(ConditionType);
    for (const char* n : {"a", "b", "c"}) task(cond_waiter(kWorker, cond, n));
    turn();
    run(await_method(kWorker, cond, "acquire", "main"));
    call_method(cond, "notify", {Object::small(2)});
    call_method(cond, "release");
    turn(6);
    CHECK(log() == std::vector<std::string>{"a waits", "b waits", "c waits", "main True", "a notified", "b notified"});
    Object e = raised_by([&] { call_method(cond, "notify"); });
    CHECK(message_of(e) == "RuntimeError: cannot notify on un-acquired lock");
}

TEST_CASE_METHOD(LoopFixture, "a semaphore admits as many holders as its value") {
    Object sem = make(SemaphoreType, {Object::small(2)});
    for (const char* n : {"a", "b", "c"}) task(hold(kWorker, sem, n));
    turn();
    CHECK(log() == std::vector<std::string>{"a in", "b in"});
    CHECK(bracket(sem) == "[locked, waiters:1]>");
    turn(5);
    CHECK(log().back() == "c out");
    CHECK(bracket(sem) == "[unlocked, value:2]>");
}

TEST_CASE_METHOD(LoopFixture, "a bounded semaphore refuses a release above its initial value") {
    Object sem = make(BoundedSemaphoreType, {Object::small(1)});
    Object e = raised_by([&] { call_method(sem, "release"); });
    CHECK(message_of(e) == "ValueError: BoundedSemaphore released too many times");
    Object neg = raised_by([&] { make(SemaphoreType, {Object::small(-1)}); });
    CHECK(message_of(neg) == "ValueError: Semaphore initial value must be >= 0");
}

TEST_CASE_METHOD(LoopFixture, "a barrier lets its parties through together, with distinct indexes") {
    Object barrier = make(BarrierType, {Object::small(3)});
    std::vector<Object> tasks;
    for (const char* n : {"a", "b"}) tasks.push_back(task(await_method(kWorker, barrier, "wait", n)));
    turn(3);
    CHECK(log().empty());
    CHECK(bracket(barrier) == "[filling, waiters:2/3]>");
    tasks.push_back(task(await_method(kWorker, barrier, "wait", "c")));
    turn(10);
    CHECK(log() == std::vector<std::string>{"c 2", "a 0", "b 1"});
    CHECK(bracket(barrier) == "[filling, waiters:0/3]>");
}

TEST_CASE("a primitive that waited on one loop refuses to wait on another") {
    log().clear();
    Object event = new_event();
    Object first = new_event_loop(), second = new_event_loop();
    Object t = create_task(as_loop(first), await_method(kWorker, event, "wait", "one").obj);
    asyncio_test::run_turns(as_loop(first), 1);  // the waiter binds the event to the first loop
    event_set_flag(event);
    run_until_complete(as_loop(first), t);
    event_clear_flag(event);
    Object e = raised_by([&] { run_until_complete(as_loop(second), await_method(kWorker, event, "wait", "two").obj); });
    std::string m = message_of(e);
    CHECK(m.rfind("RuntimeError: <asyncio.locks.Event object at 0x", 0) == 0);
    CHECK(m.find("[unset]> is bound to a different event loop") != std::string::npos);
}

TEST_CASE("method calls are checked against the Python signatures") {
    Object lock = new_lock();
    Object e = raised_by([&] { call_method(lock, "acquire", {Object::small(1)}); });
    CHECK(message_of(e) == "TypeError: Lock.acquire() takes 1 positional argument but 2 were given");
}
