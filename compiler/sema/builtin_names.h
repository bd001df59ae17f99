// The names of Python's builtins module, for scope resolution (a name no scope binds is a builtin if it is one
// of these, else a global that may be bound at run time), read from runtime/include/pyco/builtins.def.
#pragma once

#include <string>

namespace pyco::sema {

bool is_builtin_name(const std::string& name);
// A builtin the pyco runtime provides (most do; eval, open and a few others do not).
bool is_provided_builtin(const std::string& name);

}  // namespace pyco::sema
