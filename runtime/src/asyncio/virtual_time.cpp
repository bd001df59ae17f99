// Virtual time: with PYCO_VIRTUAL_TIME=1 in its environment, a built program's clocks are the real monotonic
// clock plus an offset, and the loop, instead of sleeping until its next timer, adds the wait to the offset.
// Everything that reads time (loop.time(), call_later, time.monotonic/perf_counter/time) sees the same jump, so
// a program prints what it prints in real time, without the waiting. asyncio has no such mode; people who test
// timeouts want it, and the conformance suite runs every program with it.
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "internal/asyncio.h"

namespace pyco {
namespace {

bool read_virtual_time_flag() noexcept {
    const char* v = std::getenv("PYCO_VIRTUAL_TIME");
    return v && *v && std::strcmp(v, "0") != 0;
}

// Read once, at the first question (the environment of a running program does not change its clocks), unless
// an embedder chose with set_virtual_time. Atomic, as the offset: every thread reads the clocks, and the
// scheduler moves them while holding its own mutex, not the global lock (threads/blocking.cpp).
enum class Mode : uint8_t { Unread, Off, On };
std::atomic<Mode> mode{Mode::Unread};

bool virtual_flag() noexcept {
    Mode m = mode.load(std::memory_order_relaxed);
    if (m == Mode::Unread) {
        m = read_virtual_time_flag() ? Mode::On : Mode::Off;
        mode.store(m, std::memory_order_relaxed);
    }
    return m == Mode::On;
}

std::atomic<int64_t> offset_ns{0};

int64_t clock_ns(clockid_t id) noexcept {
    timespec ts;
    clock_gettime(id, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

}  // namespace

bool virtual_time() noexcept { return virtual_flag(); }

void set_virtual_time(bool on) noexcept { mode.store(on ? Mode::On : Mode::Off, std::memory_order_relaxed); }

int64_t virtual_clock_offset_ns() noexcept { return offset_ns.load(std::memory_order_relaxed); }

void advance_virtual_clock(int64_t ns) noexcept {
    if (ns > 0) offset_ns.fetch_add(ns, std::memory_order_relaxed);
}

int64_t monotonic_ns() noexcept { return clock_ns(CLOCK_MONOTONIC) + virtual_clock_offset_ns(); }

int64_t realtime_ns() noexcept { return clock_ns(CLOCK_REALTIME) + virtual_clock_offset_ns(); }

}  // namespace pyco
