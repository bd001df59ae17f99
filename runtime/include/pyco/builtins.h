// The builtins module: print, len, range, repr, the built-in types and exception classes as values.
#pragma once

#include <string_view>

#include "object.h"

namespace pyco {

// The builtin named `name` (a function, a type or an exception class), or null when there is none.
Object builtin(std::string_view name);
bool is_builtin_name(std::string_view name);

struct Args;
// aiter(obj) and anext(it[, default]) (exec/async_iteration.cpp).
Object builtin_aiter(const Args& a);
Object builtin_anext(const Args& a);

// Writes out what print() has buffered: a C++ host printing between calls into compiled code flushes first, so
// the output keeps its order (run_main flushes at exit).
void flush_stdout();

}  // namespace pyco
