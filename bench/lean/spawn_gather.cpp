// Lower bound for bench/programs/spawn_gather.py: N trivial tasks gathered, same checksum line.
#include <cstdio>
#include <cstdlib>

#include "scheduler.h"

static lean::Task work(std::int64_t i) { co_return i; }

static lean::Task run(std::int64_t n) {
    std::vector<lean::Task> tasks;
    tasks.reserve(n);
    for (std::int64_t i = 0; i < n; ++i) tasks.push_back(work(i));
    co_await lean::Gather(tasks);
    std::int64_t sum = 0;
    for (lean::Task& t : tasks) sum += t.result();
    std::printf("tasks: %lld checksum: %lld\n", (long long)tasks.size(), (long long)sum);
    co_return 0;
}

int main(int argc, char** argv) {
    std::int64_t n = argc > 1 ? std::atoll(argv[1]) : 200000;
    lean::Task main_task = run(n);
    lean::call_soon(main_task.handle());
    lean::run_loop();
    return main_task.done() ? 0 : 1;
}
