// Waiting without the global lock, and virtual time across threads (docs/threads.md, "Waiting"). Every wait of
// the runtime that another thread can end (a lock, an event, a join, time.sleep, the loop waiting for
// call_soon_threadsafe) goes through wait_until, so the scheduler knows when every thread is blocked: then, under
// virtual time, nothing can happen before the earliest deadline, and the clocks jump there, as the
// single-threaded loop jumps to its next timer.
#include <algorithm>
#include <chrono>

#include "internal/asyncio.h"
#include "internal/threads.h"
#include "scheduler_state.h"

namespace pyco::threads {

namespace {

void finish(Waiter* w, bool result) {
    Scheduler& s = scheduler();
    w->done = true;
    w->result = result;
    --s.blocked;
    s.waiters.remove(w);
    w->cv.notify_one();
}

// The real steady-clock time at which the monotonic clock (virtual offset included) reads `deadline`.
std::chrono::steady_clock::time_point real_time_of(int64_t deadline) {
    int64_t real = deadline - virtual_clock_offset_ns();
    return std::chrono::steady_clock::time_point(std::chrono::nanoseconds(real));
}

}  // namespace

void wake_waiters_locked() {
    Scheduler& s = scheduler();
    int64_t now = monotonic_ns();
    for (auto it = s.waiters.begin(); it != s.waiters.end();) {
        Waiter* w = *it++;  // finish() removes it
        if ((*w->ready)()) finish(w, true);
        else if (w->deadline >= 0 && w->deadline <= now) finish(w, false);
    }
}

void advance_if_all_blocked_locked() {
    Scheduler& s = scheduler();
    if (!virtual_time() || s.blocked < s.threads || s.waiters.empty()) return;
    int64_t earliest = -1;
    for (Waiter* w : s.waiters)
        if (w->deadline >= 0 && (earliest < 0 || w->deadline < earliest)) earliest = w->deadline;
    if (earliest < 0) return;  // all wait for each other: a deadlock, which CPython also sits in
    advance_virtual_clock(earliest - monotonic_ns());
    wake_waiters_locked();
}

bool wait_until(const std::function<bool()>& ready, int64_t deadline_ns) {
    Scheduler& s = scheduler();
    std::unique_lock lk(s.m);
    if (ready()) return true;
    Waiter w{&ready, deadline_ns, false, false, {}};
    s.waiters.push_back(&w);
    ++s.blocked;
    drop_gil_locked();
    advance_if_all_blocked_locked();
    while (!w.done) {
        if (w.deadline < 0) {
            w.cv.wait(lk);
        } else if (w.cv.wait_until(lk, real_time_of(w.deadline)) == std::cv_status::timeout && !w.done &&
                   monotonic_ns() >= w.deadline) {
            finish(&w, ready());
        }
    }
    take_gil_locked(lk);
    return w.result;
}

void change_and_notify(const std::function<void()>& change) {
    std::lock_guard lk(scheduler().m);
    change();
    wake_waiters_locked();
}

void with_scheduler(const std::function<void()>& read) {
    std::lock_guard lk(scheduler().m);
    read();
}

void thread_requested() {
    std::lock_guard lk(scheduler().m);
    ++scheduler().threads;
}

void thread_finished() {
    std::lock_guard lk(scheduler().m);
    --scheduler().threads;
    advance_if_all_blocked_locked();
}

}  // namespace pyco::threads
