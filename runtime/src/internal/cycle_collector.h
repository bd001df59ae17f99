// Private to the runtime: the collector of reference cycles that run_main runs once at exit, after the exit
// registry (docs/design.md, "The exit registry"). CPython's last garbage collection frees the cycles a
// program's own objects make (a logger and its manager, a parent and its children); pyco counts references
// and has no collector while the program runs, so it frees them there.
#pragma once

#include "pyco/object.h"

namespace pyco {

// Finds the objects reachable from tracked objects (CycleLink) that nothing outside their cycles holds, and breaks
// every reference among them so they die. Objects whose contents it cannot see (coroutine frames, modules,
// classes) count as holders from outside: it never frees anything a live object can still reach.
void collect_cycles();

}  // namespace pyco
