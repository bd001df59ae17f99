// Running a compiled program: the C++ `main` the compiler emits calls run_main with the module's entry points.
#pragma once

namespace pyco {

struct ModuleEntry {
    void (*body)();           // runs the module's top-level code
    void (*clear_globals)();  // drops the module's globals at exit, as CPython's finalisation does
};

// Sets up the built-in types, once; run_main does it first. An embedder that calls compiled code without run_main
// calls it before anything else.
void runtime_init();

// Runs the module as `python3 app.py` would: an uncaught exception prints CPython's traceback to stderr and
// gives exit status 1; SystemExit gives its code; then globals are cleared with the runtime "finalizing"
// (objects dying then warn as "sys:1: ...") and stdout is flushed.
int run_main(int argc, char** argv, const ModuleEntry& module);

// Runs after the globals are cleared, in registration order (once each): what CPython's last garbage collection
// reports or finalises, such as asyncio's "Task was destroyed but it is pending!" for tasks left in cycles.
using FinalizeHook = void (*)();
void at_finalize(FinalizeHook hook);

}  // namespace pyco
