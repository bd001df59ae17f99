// The names of Python's builtins module, for scope resolution (a name no scope binds is a builtin if it is one
// of these, else a global that may be bound at run time).
#pragma once

#include <string>

namespace pyco::sema {

bool is_builtin_name(const std::string& name);

}  // namespace pyco::sema
