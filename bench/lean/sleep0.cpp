// Lower bound for bench/programs/sleep0.py: one task yielding to the ready queue N times, same checksum line.
#include <cstdio>
#include <cstdlib>

#include "scheduler.h"

static lean::Task run(std::int64_t n) {
    std::int64_t total = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        co_await lean::Yield{};
        total += i & 7;
    }
    std::printf("switches: %lld checksum: %lld\n", (long long)n, (long long)total);
    co_return 0;
}

int main(int argc, char** argv) {
    std::int64_t n = argc > 1 ? std::atoll(argv[1]) : 1000000;
    lean::Task main_task = run(n);
    lean::call_soon(main_task.handle());
    lean::run_loop();
    return main_task.done() ? 0 : 1;
}
