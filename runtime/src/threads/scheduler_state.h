// Private to runtime/src/threads/: the one mutex behind the global lock, the threads' count and the waiters,
// shared by gil.cpp and blocking.cpp (docs/threads.md).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <list>
#include <mutex>
#include <thread>

namespace pyco::threads {

// A thread blocked in wait_until.
struct Waiter {
    const std::function<bool()>* ready;
    int64_t deadline;  // monotonic_ns; negative: none
    bool done = false, result = false;
    std::condition_variable cv;
};

struct Scheduler {
    std::mutex m;
    // The global lock. The main thread holds it from the start: a program that never starts a thread never
    // waits for it.
    bool gil_locked = true;
    int gil_waiters = 0;
    uint64_t switch_number = 0;  // how many times the lock changed hands
    std::condition_variable gil_cv, switch_cv;
    int64_t interval_ns = 5'000'000;
    bool stopping = false;  // the program is ending: no thread but stop_owner takes the lock again
    std::thread::id stop_owner;
    // Threads alive (counting the main one) and how many of them are blocked in wait_until: when all are,
    // nothing can happen before the earliest deadline, and virtual time jumps there.
    int threads = 1, blocked = 0;
    std::list<Waiter*> waiters;  // in the order they began to wait
};

// Never destroyed: daemon threads may still wait on its condition variables while the program exits.
Scheduler& scheduler();

// With s.m held by `lk`.
void take_gil_locked(std::unique_lock<std::mutex>& lk);
void drop_gil_locked();
// Wakes the waiters whose ready() holds, or whose deadline passed (result false, after a last look at ready()).
void wake_waiters_locked();
// When every thread is blocked: advances virtual time to the earliest deadline and wakes who it reaches.
void advance_if_all_blocked_locked();

}  // namespace pyco::threads
