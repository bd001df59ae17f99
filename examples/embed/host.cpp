// A C++ program that uses compiled Python through logic.hpp (docs/embedding.md): sync and async calls,
// asyncio.run, a loop it drives itself with poll(2), a C++ coroutine awaiting a pyco::Task, and a Python
// exception caught as pyco::PythonError.
#include <poll.h>

#include <coroutine>
#include <cstdio>
#include <exception>

#include "helpers.hpp"
#include "logic.hpp"

// The smallest C++20 coroutine type: starts at once, nothing to return. The pyco loop resumes it.
struct Detached {
    struct promise_type {
        Detached get_return_object() { return {}; }
        std::suspend_never initial_suspend() noexcept { return {}; }
        std::suspend_never final_suspend() noexcept { return {}; }
        void return_void() {}
        void unhandled_exception() { std::terminate(); }
    };
};

Detached host_coroutine(pyco::Loop& loop, bool& finished) {
    pyco::Task<std::vector<std::string>> ticks = loop.create_task(logic::ticker("t", 3));
    int64_t sum = co_await logic::add(20, 1);
    std::printf("awaited coroutine: %lld\n", (long long)sum);
    std::vector<std::string> seen = co_await ticks;
    std::printf("awaited task: %zu ticks, last %s\n", seen.size(), seen.back().c_str());
    finished = true;
}

// The host's own event loop: waits on the pyco loop's fd for as long as its next timer allows, then steps it.
void drive(pyco::Loop& loop, const bool& finished) {
    while (!finished) {
        int64_t timeout = loop.timeout_ns();
        pollfd p{loop.fd(), POLLIN, 0};
        poll(&p, 1, timeout < 0 ? -1 : int((timeout + 999999) / 1000000));
        loop.step();
    }
}

int main(int argc, char** argv) {
    pyco::Runtime runtime(argc, argv);
    std::printf("host started\n");
    std::printf("%s\n", logic::greet("host").c_str());
    std::printf("%s\n", logic::greet("host", "?").c_str());
    auto [lo, hi] = logic::stats({3.5, -1.0, 2.0});
    std::printf("stats: %g %g\n", lo, hi);
    std::printf("index of b: %lld\n", (long long)logic::index({"a", "b"}).at("b"));
    std::printf("maybe: %s %lld\n", logic::maybe() ? "value" : "None", (long long)*logic::maybe(4));
    std::printf("checksum: %lld\n", (long long)logic::checksum(std::string("\x01\xff\x02", 3)));
    std::printf("helpers.double: %lld\n", (long long)helpers::double_(21));
    std::printf("asyncio.run: %lld\n", (long long)pyco::run(logic::add(5)));
    try {
        logic::maybe(INT64_MAX);  // 2 * x does not fit int64_t on the way back
    } catch (const pyco::PythonError& e) {
        std::printf("caught %s\n", e.what());
    }
    try {
        logic::fail("bad value");
    } catch (const pyco::PythonError& e) {
        std::printf("caught %s (%s)\n%s", e.what(), e.type_name().c_str(), e.traceback().c_str());
    }

    pyco::Loop& loop = pyco::Loop::get();
    bool finished = false;
    host_coroutine(loop, finished);
    drive(loop, finished);

    bool called = false;
    loop.call_soon_threadsafe([&] { called = true; });
    drive(loop, called);
    std::printf("call_soon_threadsafe ran\n");
    std::printf("host done\n");
}
