// The `asyncio` module object: its attributes, constants, CPython's other names, the sleep fast path.
#include "asyncio_test_support.h"
#include <algorithm>

#include "pyco/call.h"
#include "pyco/module.h"

using namespace pyco;

TEST_CASE("import asyncio gives the functions, classes and constants") {
    Object m = import_module("asyncio");
    for (const char* name : {"run", "sleep", "create_task", "gather", "wait", "wait_for", "shield", "get_running_loop",
                             "get_event_loop", "new_event_loop", "set_event_loop", "ensure_future", "current_task",
                             "all_tasks", "Future", "Task", "CancelledError", "InvalidStateError", "TimeoutError"})
        CHECK_FALSE(getattr_or_null(m, name).null());
    CHECK(str_view(getattr(m, "FIRST_COMPLETED")) == "FIRST_COMPLETED");
    CHECK(str_view(getattr(m, "ALL_COMPLETED")) == "ALL_COMPLETED");
    auto& extra = m.as<ModuleObj>()->extra_names;
    CHECK(std::find(extra.begin(), extra.end(), "coroutines") != extra.end());
    CHECK(getattr_or_null(m, "coroutine").null());
}

TEST_CASE("asyncio.sleep returns a coroutine object named sleep") {
    Object m = import_module("asyncio");
    Object c = call(getattr(m, "sleep"), {int_(0)});
    REQUIRE(is_coroutine(c));
    CHECK(repr_utf8(c).rfind("<coroutine object sleep at 0x", 0) == 0);
    close_coroutine(c);
}

TEST_CASE("the sleep fast path is taken only for asyncio.sleep with a delay <= 0") {
    Object m = import_module("asyncio");
    Object s = getattr(m, "sleep");
    CHECK(is_asyncio_sleep_zero(s, int_(0)));
    CHECK(is_asyncio_sleep_zero(s, float_(-1.5)));
    CHECK_FALSE(is_asyncio_sleep_zero(s, float_(0.1)));
    CHECK_FALSE(is_asyncio_sleep_zero(s, str_("0")));
    CHECK_FALSE(is_asyncio_sleep_zero(getattr(m, "wait"), int_(0)));
}
