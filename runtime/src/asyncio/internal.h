// Shared between the asyncio sources only: the Python-facing method tables and argument helpers.
#pragma once

#include <initializer_list>
#include <string_view>
#include <utility>

#include "pyco/asyncio.h"
#include "pyco/call.h"

namespace pyco::aio {

// Method tables of the Python-visible types, filled once by init_asyncio_types().
void init_future_methods();
void init_task_methods();
void init_loop_methods();

// _GatheringFuture.cancel (gather.cpp).
bool gathering_future_cancel(const Object& fut, const Object& msg);

// Task stepping (tasks.cpp): the handle that runs Task.__step(exc) with a = task, b = exc or null.
void task_step_handle(const Object& task, const Object& exc);

// Remembers the module's `sleep` function for is_asyncio_sleep_zero (sleep.cpp).
void set_sleep_builtin(const Object& fn);

// A positional argument, or the keyword `kw`, or null when absent.
Object arg_or_kw(const Args& a, size_t index, std::string_view kw);
void add_method(Type& t, const char* name, BuiltinFn fn);

}  // namespace pyco::aio

namespace pyco::aio {
// Runs a TimerObj's callback unless it was cancelled (the ready-queue entry of timers and Python handles).
void run_timer(const Object& timer, const Object& unused);
// A CodeInfo for a coroutine of CPython's asyncio sources, built once and never freed: `lines` are
// (line number, source text) pairs, each becoming a position (index 1, 2, ...); position 0 is the def line.
const CodeInfo* asyncio_code(const char* name, const char* qualname, const char* file, int firstlineno,
                             std::initializer_list<std::pair<int, const char*>> lines);
// Raises `exc`, keeping `keep` alive for as long as the exception lives (as CPython's traceback frames keep
// their locals), so that e.g. a coroutine passed in is reported "never awaited" only when the exception dies.
[[noreturn]] void raise_keeping(Object exc, std::initializer_list<Object> keep);
}  // namespace pyco::aio
