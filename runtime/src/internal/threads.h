// Private to the runtime: threads (docs/threads.md). Objects have plain reference counts, so compiled Python
// code runs one thread at a time, holding the global lock (the GIL, threads/gil.cpp); a thread that waits
// releases it through the scheduler (threads/blocking.cpp), which also runs virtual time across threads.
#pragma once

#include <cstdint>
#include <functional>

namespace pyco::threads {

// Blocks the calling thread, with the global lock released, until `ready()` returns true or the monotonic
// clock (monotonic_ns(), virtual time included) reaches `deadline_ns` (negative: no deadline). `ready` runs
// with the scheduler's mutex held, by this thread or by the one whose state change woke it: it may read and
// claim plain state that is changed only under that mutex (a lock's flag), never touch an object. Returns
// whether ready() held: false only at the deadline.
bool wait_until(const std::function<bool()>& ready, int64_t deadline_ns);

// Runs `change` under the scheduler's mutex, then wakes the waiters whose ready() now holds (in the order
// they began to wait).
void change_and_notify(const std::function<void()>& change);

// Runs `read` under the scheduler's mutex (state that waiters' ready() claims).
void with_scheduler(const std::function<void()>& read);

// The life of a thread as the scheduler counts it: a new thread counts from the moment it is requested (so
// virtual time does not jump before it runs) until its last step, after it dropped the global lock.
void thread_requested();
void thread_finished();

// Starts an OS thread (`stack_size` bytes of stack, 0: the system's default) that runs `body` holding the
// global lock, then the thread-exit hooks; returns its identifier (CPython's get_ident). RuntimeError "can't
// start new thread" when the system refuses.
uint64_t start_thread(std::function<void()> body, size_t stack_size);
// This thread's identifier (pthread_self, as CPython's) and the kernel's id for it.
uint64_t current_ident() noexcept;
uint64_t native_id() noexcept;
// Whether the calling thread is the program's main thread.
bool is_main_thread() noexcept;
// Called by every thread but the main one as it ends, holding the global lock: drops what the runtime keeps
// per thread (its context, its loop, its greenlets), which must not be released without the lock.
void at_thread_exit(void (*hook)());

// The global lock, for a new thread's first step and its last.
void take_gil();
void drop_gil();
// Whether the calling thread holds the global lock (embedding: a host's call may come from a thread that does,
// docs/embedding.md); runtime_init marks the main thread, which holds it from the start.
bool holds_gil() noexcept;
void mark_main_thread_holds_gil() noexcept;

// Around a wait the scheduler does not see (a blocking system call): the global lock released, the thread
// still counted as running, so virtual time waits for it.
struct GilRelease {
    GilRelease();
    ~GilRelease();
    GilRelease(const GilRelease&) = delete;
    GilRelease& operator=(const GilRelease&) = delete;
};

// sys.getswitchinterval() / sys.setswitchinterval(): how long a thread waits for the lock before it asks
// the holder to hand it over (CPython's 5 ms).
double switch_interval() noexcept;
void set_switch_interval(double seconds) noexcept;

// At the end of the program: other threads that still run (daemon threads) never get the lock again, as
// CPython's daemon threads stop at finalisation.
void stop_other_threads() noexcept;

}  // namespace pyco::threads
