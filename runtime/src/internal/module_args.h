// Private to the runtime: argument parsing with the messages of CPython's Argument Clinic and
// _PyArg_CheckPositional, for the functions and constructors of the standard modules (itertools, collections,
// contextvars, os).
#pragma once

#include <initializer_list>
#include <string_view>
#include <vector>

#include "pyco/call.h"

namespace pyco {

// Binds `a` to the parameters `names` (positional-or-keyword; the first `required` of them required), as a
// Clinic function `fname` does: TypeError "f() takes at most 2 arguments (3 given)", "'x' is an invalid keyword
// argument for f()", "f() missing required argument 'r' (pos 2)". Absent optional parameters stay null.
std::vector<Object> clinic_args(const char* fname, const Args& a, std::initializer_list<const char*> names,
                                size_t required);
// Positional-only count check as _PyArg_CheckPositional: "f expected 2 arguments, got 1",
// "f expected at least 1 argument, got 0"; with keywords refused: "f() takes no keyword arguments".
void positional_args(const char* fname, const Args& a, size_t min, size_t max);

}  // namespace pyco
