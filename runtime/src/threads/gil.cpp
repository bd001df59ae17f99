// The global lock (docs/threads.md, "The global lock"), with CPython 3.11's hand-over rules (Python/ceval_gil.c):
// a thread that waits for it a whole switch interval without the holder letting go sets the eval breaker;
// the holder sees it at its next function call or loop iteration, drops the lock, and waits until another
// thread has taken it before it asks again, so a thread that computes cannot starve the others.
#include <chrono>
#include <thread>

#include "internal/threads.h"
#include "pyco/frame.h"
#include "scheduler_state.h"

namespace pyco {
namespace threads {

Scheduler& scheduler() {
    static auto* s = new Scheduler;
    return *s;
}

void take_gil_locked(std::unique_lock<std::mutex>& lk) {
    Scheduler& s = scheduler();
    bool stopped = s.stopping && std::this_thread::get_id() != s.stop_owner;
    if (!s.gil_locked && !stopped) {
        s.gil_locked = true;
        return;
    }
    ++s.gil_waiters;
    for (;;) {
        // A thread that comes back while the program ends waits here for good (CPython's daemon threads).
        while (s.stopping && std::this_thread::get_id() != s.stop_owner) s.gil_cv.wait(lk);
        if (!s.gil_locked) break;
        uint64_t before = s.switch_number;
        auto status = s.gil_cv.wait_for(lk, std::chrono::nanoseconds(s.interval_ns));
        if (status == std::cv_status::timeout && s.gil_locked && s.switch_number == before)
            detail::eval_breaker.store(true, std::memory_order_relaxed);
    }
    --s.gil_waiters;
    s.gil_locked = true;
    ++s.switch_number;
    detail::eval_breaker.store(false, std::memory_order_relaxed);
    s.switch_cv.notify_all();
}

void drop_gil_locked() {
    Scheduler& s = scheduler();
    s.gil_locked = false;
    s.gil_cv.notify_one();
}

// Whether this thread holds the lock, for callers that may or may not (an embedder's call into compiled code).
// The main thread holds it from the start; other threads take it with take_gil.
static thread_local bool tl_holds_gil = false;

void take_gil() {
    std::unique_lock lk(scheduler().m);
    take_gil_locked(lk);
    tl_holds_gil = true;
}

void drop_gil() {
    tl_holds_gil = false;
    std::lock_guard lk(scheduler().m);
    drop_gil_locked();
}

bool holds_gil() noexcept { return tl_holds_gil; }
void mark_main_thread_holds_gil() noexcept { tl_holds_gil = true; }

GilRelease::GilRelease() { drop_gil(); }
GilRelease::~GilRelease() { take_gil(); }

double switch_interval() noexcept {
    std::lock_guard lk(scheduler().m);
    return double(scheduler().interval_ns) / 1e9;
}

void set_switch_interval(double seconds) noexcept {
    std::lock_guard lk(scheduler().m);
    scheduler().interval_ns = seconds * 1e9 < 1 ? 1 : int64_t(seconds * 1e9);
}

void stop_other_threads() noexcept {
    std::lock_guard lk(scheduler().m);
    scheduler().stopping = true;
    scheduler().stop_owner = std::this_thread::get_id();
}

}  // namespace threads

// The holder's side of a hand-over: let a waiting thread have the lock, then wait for it again.
void handle_eval_breaker() {
    using namespace threads;
    Scheduler& s = scheduler();
    std::unique_lock lk(s.m);
    if (!detail::eval_breaker.load(std::memory_order_relaxed) || s.gil_waiters == 0 || s.stopping) {
        detail::eval_breaker.store(false, std::memory_order_relaxed);
        return;
    }
    drop_gil_locked();
    uint64_t before = s.switch_number;
    while (s.switch_number == before && s.gil_waiters > 0) s.switch_cv.wait(lk);
    take_gil_locked(lk);
}

}  // namespace pyco
