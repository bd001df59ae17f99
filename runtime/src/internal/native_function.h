// Private to the runtime: functions written in C++ that behave as compiled Python functions do (they bind as
// methods, accept attributes such as those functools.wraps copies) for the Python-level modules pyco provides
// (functools, dataclasses, contextlib).
#pragma once

#include <string>
#include <vector>

#include "pyco/call.h"

namespace pyco {

// A function object running `entry`; `state` is kept in its cells (entry reads self->cells).
Object native_function(const FuncInfo& info, Entry entry, std::vector<Object> state = {});
// A FuncInfo made at run time (a dataclass's __init__), kept for the rest of the program as compiled ones are.
const FuncInfo& intern_func_info(const std::string& name, const std::string& qualname,
                                 std::vector<std::string> params, std::vector<std::string> kwonly = {});
// Copies __module__, __name__, __qualname__, __doc__ and __dict__ from `wrapped` and sets __wrapped__
// (functools.update_wrapper with its default arguments).
void update_wrapper(const Object& wrapper, const Object& wrapped);

}  // namespace pyco
