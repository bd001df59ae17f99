// The time module: the clocks and sleep. The clocks come from the asyncio port (asyncio/virtual_time.cpp): under
// PYCO_VIRTUAL_TIME they include the loop's jumps, and sleep advances them instead of blocking.
#include <fmt/format.h>
#include <time.h>

#include <cmath>

#include "internal/threads.h"
#include "internal/asyncio.h"
#include "internal/module_registry.h"
#include "internal/values.h"
#include "pyco/builtins.h"

namespace pyco {
namespace {

double clock_seconds(int64_t ns) { return double(ns / 1000000000) + double(ns % 1000000000) * 1e-9; }

Object time_time(const Args& a) {
    check_nargs("time", a, 0, 0);
    return float_(clock_seconds(realtime_ns()));
}
Object time_monotonic(const Args& a) {
    check_nargs("monotonic", a, 0, 0);
    return float_(clock_seconds(monotonic_ns()));
}
Object time_perf_counter(const Args& a) {
    check_nargs("perf_counter", a, 0, 0);
    return float_(clock_seconds(monotonic_ns()));
}
Object time_time_ns(const Args& a) {
    check_nargs("time_ns", a, 0, 0);
    return int_(realtime_ns());
}
Object time_monotonic_ns(const Args& a) {
    check_nargs("monotonic_ns", a, 0, 0);
    return int_(monotonic_ns());
}
Object time_sleep(const Args& a) {
    check_nargs("sleep", a, 1, 1);
    if (!is_float(a[0]) && !is_intlike(a[0]))
        type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(a[0])));
    double secs = float_value(a[0]);
    if (secs < 0) value_error("sleep length must be non-negative");
    flush_stdout();  // output printed before a pause appears before it, as on a terminal
    // Other threads run meanwhile; under virtual time the clocks jump once every thread waits (docs/threads.md).
    threads::wait_until([] { return false; }, monotonic_ns() + seconds_to_ns(secs));
    return None();
}

}  // namespace

void init_time_module(ModuleObj& m) {
    module_add_functions(m, {{"time", time_time}, {"monotonic", time_monotonic}, {"perf_counter", time_perf_counter},
                             {"time_ns", time_time_ns}, {"monotonic_ns", time_monotonic_ns}, {"sleep", time_sleep}});
}

}  // namespace pyco
