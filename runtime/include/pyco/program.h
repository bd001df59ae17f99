// Running a compiled program: the C++ `main` the compiler emits calls run_main with the program's modules.
#pragma once

#include <cstddef>

namespace pyco {

struct ModuleDef;

// Sets up the built-in types, once; run_main does it first. An embedder that calls compiled code without run_main
// calls it before anything else.
void runtime_init();

// Runs the program as `python3 app.py` would. `modules` are every module compiled into it, the main file first
// (named "__main__"); the others run when first imported. An uncaught exception prints CPython's traceback to
// stderr and gives exit status 1; SystemExit gives its code; then the modules' globals are cleared with the
// runtime "finalizing" (objects dying then warn as "sys:1: ...") and stdout is flushed.
int run_main(int argc, char** argv, const ModuleDef* const* modules, size_t count);

// Runs after the globals are cleared, in registration order (once each): what CPython's last garbage collection
// reports or finalises, such as asyncio's "Task was destroyed but it is pending!" for tasks left in cycles.
using FinalizeHook = void (*)();
void at_finalize(FinalizeHook hook);

}  // namespace pyco
