// asyncio.queues: the three orders, blocking put/get, join/task_done, the errors and the reprs.
#include "asyncio_test_support.h"

#include "pyco/call.h"

using namespace pyco;
using asyncio_test::log;
using asyncio_test::message_of;
using asyncio_test::raised_by;

namespace {

const SourceFile kFile{"/abs/queues_app.py", "async def worker():\n    pass\n"};
const Pos kPos[] = {{1, 0, 1, 18}, {2, 4, 2, 8}};
const CodeInfo kWorker{"worker", "worker", &kFile, 1, kPos};

Object make(const Type& t, std::initializer_list<Object> args = {}) { return call(type_object(t), args); }

std::vector<std::string> drain(const Object& q) {
    std::vector<std::string> out;
    while (queue_size(q)) out.push_back(repr_utf8(queue_get_nowait_item(q)));
    return out;
}

// Puts each item with `await q.put(item)`, logging after each.
Coro producer(const CodeInfo&, Object q, std::vector<int> items) {
    co_await enter();
    for (int i : items) {
        co_await queue_put(q, int_(i));
        log().push_back("put " + std::to_string(i));
    }
    co_return None();
}

// Gets `n` items with `await q.get()`, logging each, calling task_done() after each.
Coro consumer(const CodeInfo&, Object q, std::string name, int n) {
    co_await enter();
    for (int i = 0; i < n; ++i) {
        Object item = co_await queue_get(q);
        log().push_back(name + " got " + repr_utf8(item));
        call_method(q, "task_done");
    }
    co_return None();
}

Coro joiner(const CodeInfo&, Object q) {
    co_await enter();
    co_await call_method(q, "join");
    log().push_back("joined");
    co_return None();
}

struct LoopFixture {
    Object holder = new_event_loop();
    LoopObj* loop = as_loop(holder);
    LoopFixture() { log().clear(); }
    Object task(Coro c) { return create_task(loop, c.obj); }
    void turn(int n = 1) { asyncio_test::run_turns(loop, n); }
};

}  // namespace

TEST_CASE("Queue is first in first out, LifoQueue last in first out") {
    Object fifo = make(QueueType), lifo = make(LifoQueueType);
    for (int i = 1; i <= 3; ++i) {
        queue_put_nowait_item(fifo, int_(i));
        queue_put_nowait_item(lifo, int_(i));
    }
    CHECK(drain(fifo) == std::vector<std::string>{"1", "2", "3"});
    CHECK(drain(lifo) == std::vector<std::string>{"3", "2", "1"});
}

TEST_CASE("PriorityQueue keeps heapq's order, equal keys included") {
    Object q = make(PriorityQueueType);
    for (int k : {5, 1, 3, 1, 4, 2}) queue_put_nowait_item(q, tuple_({int_(k), int_(int64_t(queue_size(q)))}));
    // heapq's array after these pushes, as CPython shows it in the repr's _queue=.
    CHECK(repr_utf8(getattr(q, "_queue")) == "[(1, 1), (1, 3), (2, 5), (5, 0), (4, 4), (3, 2)]");
    CHECK(drain(q) == std::vector<std::string>{"(1, 1)", "(1, 3)", "(2, 5)", "(3, 2)", "(4, 4)", "(5, 0)"});
}

TEST_CASE("the nowait forms raise QueueEmpty and QueueFull") {
    Object q = make(QueueType, {Object::small(1)});
    CHECK(message_of(raised_by([&] { queue_get_nowait_item(q); })) == "asyncio.queues.QueueEmpty");
    queue_put_nowait_item(q, None());
    CHECK(message_of(raised_by([&] { queue_put_nowait_item(q, None()); })) == "asyncio.queues.QueueFull");
    CHECK(truthy(call_method(q, "full")));
}

TEST_CASE_METHOD(LoopFixture, "put waits for room in a bounded queue and get lets one putter in") {
    Object q = make(QueueType, {Object::small(2)});
    task(producer(kWorker, q, {1, 2, 3, 4}));
    turn();
    CHECK(log() == std::vector<std::string>{"put 1", "put 2"});
    CHECK(str_utf8(q) == "<Queue maxsize=2 _queue=[1, 2] _putters[1] tasks=2>");
    queue_get_nowait_item(q);
    turn(2);
    CHECK(log().back() == "put 3");
    CHECK(str_utf8(q) == "<Queue maxsize=2 _queue=[2, 3] _putters[1] tasks=3>");
}

TEST_CASE_METHOD(LoopFixture, "getters are served in the order they started waiting") {
    Object q = make(QueueType);
    task(consumer(kWorker, q, "a", 1));
    task(consumer(kWorker, q, "b", 1));
    turn();
    queue_put_nowait_item(q, str_("x"));
    queue_put_nowait_item(q, str_("y"));
    turn(2);
    CHECK(log() == std::vector<std::string>{"a got 'x'", "b got 'y'"});
}

TEST_CASE_METHOD(LoopFixture, "join waits until every item is marked done") {
    Object q = make(QueueType);
    for (int i = 0; i < 3; ++i) queue_put_nowait_item(q, int_(i));
    task(joiner(kWorker, q));
    turn();
    CHECK(log().empty());
    task(consumer(kWorker, q, "c", 3));
    turn(3);
    CHECK(log().back() == "joined");
    CHECK(message_of(raised_by([&] { call_method(q, "task_done"); })) ==
          "ValueError: task_done() called too many times");
}

TEST_CASE_METHOD(LoopFixture, "a waiting get or put stands on its line of CPython's queues.py") {
    std::string dir = cpython_asyncio_dir();
    Object empty = make(QueueType);
    Object getter = create_task(loop, queue_get(empty));
    Object full = make(QueueType, {Object::small(1)});
    queue_put_nowait_item(full, int_(1));
    Object putter = create_task(loop, queue_put(full, int_(2)));
    turn();
    CHECK(task_repr(getter).find("coro=<Queue.get() running at " + dir + "/queues.py:158>") != std::string::npos);
    CHECK(task_repr(putter).find("coro=<Queue.put() running at " + dir + "/queues.py:120>") != std::string::npos);
    task_cancel(getter);
    task_cancel(putter);
    turn();
}

TEST_CASE("queue methods check their arguments like the Python methods") {
    Object q = make(QueueType);
    CHECK(message_of(raised_by([&] { call_method(q, "put_nowait"); })) ==
          "TypeError: Queue.put_nowait() missing 1 required positional argument: 'item'");
    CHECK(message_of(raised_by([&] { call_method(q, "qsize", {int_(1)}); })) ==
          "TypeError: Queue.qsize() takes 1 positional argument but 2 were given");
}
