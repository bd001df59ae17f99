// The builtins module: print, len, range, repr, the built-in types and exception classes as values.
#pragma once

#include <string_view>

#include "object.h"

namespace pyco {

// The builtin named `name` (a function, a type or an exception class), or null when there is none.
Object builtin(std::string_view name);
bool is_builtin_name(std::string_view name);

// print(*args, sep=' ', end='\n', file=None, flush=False) for the runtime's own use.
void print_line(const std::string& text);
void flush_stdout();

}  // namespace pyco
