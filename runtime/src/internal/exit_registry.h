// Private to the runtime: the exit registry (docs/design.md, "The exit registry"). CPython's last garbage
// collection frees the reference cycles still alive at exit; pyco has no cycle collector, so an object that sits
// in a cycle the runtime made (a class and its MRO, an lru_cache wrapper and its bound cache_info) registers a
// function that breaks it. Entries do not own their object: it unregisters itself when it dies first.
#pragma once

#include "pyco/object.h"
#include "pyco/program.h"

namespace pyco {

using ExitRelease = void (*)(Obj* obj);
void exit_registry_add(Obj* obj, ExitRelease release);
void exit_registry_remove(Obj* obj);

// Called by run_main once the module's globals are cleared: the finalize hooks (at_finalize), then each live
// object's release, each in the order they registered. Hooks come first as CPython runs every finalizer
// (a pending task's "Task was destroyed", its coroutine's `finally`) before it clears any cycle: a `finally`
// block may still use its class's methods.
void run_exit_registry();

// Runs when the program ends, before anything is finalized: after the main module returned (or its uncaught
// exception was reported, or SystemExit), as Py_FinalizeEx calls the atexit callbacks first. Once each.
void at_program_end(FinalizeHook hook);
void run_program_end_hooks();

}  // namespace pyco
