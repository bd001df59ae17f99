// asyncio.Future: states, messages, done callbacks through call_soon, and CPython's reprs.
#include "asyncio_test_support.h"

using namespace pyco;
using asyncio_test::log;
using asyncio_test::message_of;
using asyncio_test::raised_by;
using asyncio_test::record_done;

namespace {
struct LoopFixture {
    Object holder = new_event_loop();
    LoopObj* loop = as_loop(holder);
    LoopFixture() { log().clear(); }
};
}  // namespace

TEST_CASE_METHOD(LoopFixture, "a new future is pending and says its result is not set") {
    Object f = new_future(loop);
    CHECK_FALSE(future_done(f));
    CHECK_FALSE(future_cancelled(f));
    CHECK(future_repr(f) == "<Future pending>");
    CHECK(message_of(raised_by([&] { future_result(f); })) == "asyncio.exceptions.InvalidStateError: Result is not set.");
    CHECK(message_of(raised_by([&] { future_exception(f); })) ==
          "asyncio.exceptions.InvalidStateError: Exception is not set.");
}

TEST_CASE_METHOD(LoopFixture, "set_result finishes the future once") {
    Object f = new_future(loop);
    future_set_result(f, int_(3));
    CHECK(future_done(f));
    CHECK(repr_utf8(future_result(f)) == "3");
    CHECK(is_none(future_exception(f)));
    CHECK(future_repr(f) == "<Future finished result=3>");
    CHECK(message_of(raised_by([&] { future_set_result(f, int_(4)); })) ==
          "asyncio.exceptions.InvalidStateError: invalid state");
    CHECK(message_of(raised_by([&] { future_set_exception(f, new_exception(ValueErrorType, "x")); })) ==
          "asyncio.exceptions.InvalidStateError: invalid state");
}

TEST_CASE_METHOD(LoopFixture, "set_exception stores the exception and result() raises it") {
    Object f = new_future(loop);
    future_set_exception(f, new_exception(ValueErrorType, "x"));
    CHECK(future_repr(f) == "<Future finished exception=ValueError('x')>");
    CHECK(message_of(raised_by([&] { future_result(f); })) == "ValueError: x");
    CHECK(message_of(future_exception(f)) == "ValueError: x");
}

TEST_CASE_METHOD(LoopFixture, "set_exception refuses StopIteration and non-exceptions") {
    Object f = new_future(loop);
    CHECK(message_of(raised_by([&] { future_set_exception(f, new_exception(StopIterationType)); })) ==
          "TypeError: StopIteration interacts badly with generators and cannot be raised into a Future");
    CHECK(message_of(raised_by([&] { future_set_exception(f, int_(5)); })) == "TypeError: invalid exception object");
    CHECK_FALSE(future_done(f));
}

TEST_CASE_METHOD(LoopFixture, "cancel makes result() raise CancelledError with the message") {
    Object f = new_future(loop);
    CHECK(future_cancel(f, str_("msg")));
    CHECK_FALSE(future_cancel(f));
    CHECK(future_cancelled(f));
    CHECK(future_repr(f) == "<Future cancelled>");
    Object e = raised_by([&] { future_result(f); });
    CHECK(repr_utf8(e) == "CancelledError('msg')");
}

TEST_CASE_METHOD(LoopFixture, "done callbacks run through call_soon in the order they were added") {
    Object f = new_future(loop);
    future_add_done_callback(f, record_done, str_("a"));
    future_add_done_callback(f, record_done, str_("b"));
    future_add_done_callback(f, record_done, str_("c"));
    future_set_result(f, int_(1));
    CHECK(log().empty());  // scheduled, not run
    CHECK(future_repr(f) == "<Future finished result=1>");
    run_once(loop);
    CHECK(log() == std::vector<std::string>{"a:<Future finished result=1>", "b:<Future finished result=1>",
                                            "c:<Future finished result=1>"});
}

TEST_CASE_METHOD(LoopFixture, "a callback added to a done future is scheduled at once") {
    Object f = new_future(loop);
    future_set_result(f, None());
    future_add_done_callback(f, record_done, str_("late"));
    run_once(loop);
    CHECK(log() == std::vector<std::string>{"late:<Future finished result=None>"});
}

TEST_CASE_METHOD(LoopFixture, "remove_done_callback removes every matching callback and counts them") {
    Object f = new_future(loop);
    Object a = str_("a"), b = str_("b");
    future_add_done_callback(f, record_done, a);
    future_add_done_callback(f, record_done, b);
    future_add_done_callback(f, record_done, a);
    CHECK(future_remove_done_callback(f, record_done, a) == 2);
    CHECK(future_remove_done_callback(f, record_done, a) == 0);
    future_set_result(f, int_(1));
    run_once(loop);
    CHECK(log() == std::vector<std::string>{"b:<Future finished result=1>"});
}

namespace {
void native_cb(const Object&, const Object&) {}
struct Names {
    Names() { register_callback_repr(native_cb, "native_cb", "tasks.py:1"); }
} names;
}  // namespace

TEST_CASE_METHOD(LoopFixture, "the repr lists callbacks as CPython does") {
    Object f = new_future(loop);
    future_add_done_callback(f, native_cb, Object());
    std::string one = std::string("native_cb() at ") + cpython_asyncio_dir() + "/tasks.py:1";
    CHECK(future_repr(f) == "<Future pending cb=[" + one + "]>");
    future_add_done_callback(f, native_cb, Object());
    CHECK(future_repr(f) == "<Future pending cb=[" + one + ", " + one + "]>");
    future_add_done_callback(f, native_cb, Object());
    future_add_done_callback(f, native_cb, Object());
    CHECK(future_repr(f) == "<Future pending cb=[" + one + ", <2 more>, " + one + "]>");
}

TEST_CASE_METHOD(LoopFixture, "results are shown through reprlib") {
    Object f = new_future(loop);
    future_set_result(f, str_(std::string(100, 'a')));
    CHECK(future_repr(f) == "<Future finished result='aaaaaaaaaaaa...aaaaaaaaaaaaa'>");
    Object g = new_future(loop);
    std::vector<Object> items;
    for (int i = 0; i < 100; ++i) items.push_back(int_(i));
    future_set_result(g, list_from(items));
    CHECK(future_repr(g) == "<Future finished result=[0, 1, 2, 3, 4, 5, ...]>");
}
