// The names of Python's builtins module, for scope resolution (a name no scope binds is a builtin if it is one
// of these, else a global that may be bound at run time), read from runtime/include/pyco/builtins.def.
#pragma once

#include <string>

namespace pyco::sema {

bool is_builtin_name(const std::string& name);
// A builtin the pyco runtime provides (most do; eval, open and a few others do not).
bool is_provided_builtin(const std::string& name);
// A name every module has in its namespace (__doc__, __package__, __spec__, __loader__; builtins.def marks them
// module_attr), plus a package's __path__.
bool is_module_attribute(const std::string& name);

}  // namespace pyco::sema
