// pyco::Loop (pyco/embed.h) inside a running loop: Loop::get() is that loop, the one a C++ awaitable that Python
// awaits must come back to through call_soon_threadsafe (pyco/interop.h's await_cpp).
#include "asyncio_test_support.h"
#include "pyco/embed.h"

using namespace pyco;
using asyncio_test::log;

namespace {

Loop* inside_loop = nullptr;

void inside(const Object& loop, const Object&) {
    Loop& l = Loop::get();
    inside_loop = &l;
    log().push_back(as_loop(l.object()) == as_loop(loop) ? "the running loop" : "another loop");
    log().push_back(&Loop::get() == &l ? "the same Loop" : "another Loop");
    l.call_soon_threadsafe([loop] {
        log().push_back("callback");
        loop_stop(as_loop(loop));
    });
}

}  // namespace

TEST_CASE("Loop::get in a running loop is that loop and call_soon_threadsafe reaches it") {
    Runtime runtime;  // what Loop's methods need; the test then holds the lock as compiled code would
    embed::Call call;
    Object holder = new_event_loop();
    log().clear();
    call_soon(as_loop(holder), inside, holder);
    // Were the callback sent to another loop, this one would wait for it forever: stop it after 2 s anyway.
    call_later(as_loop(holder), 2.0, [](const Object& loop, const Object&) { loop_stop(as_loop(loop)); }, holder);
    run_forever(as_loop(holder));
    CHECK(log() == std::vector<std::string>{"the running loop", "the same Loop", "callback"});
    // Outside any running loop: the thread's own, made the first time, then always the same.
    Loop& own = Loop::get();
    CHECK(as_loop(own.object()) != as_loop(holder));
    CHECK(&own != inside_loop);
    CHECK(&Loop::get() == &own);
    loop_close(as_loop(holder));
}
