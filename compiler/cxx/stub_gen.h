// The .pyi stub of a C++-backed module: what `from host_api import ...` offers, written as Python so that editors
// and type checkers (mypy, pyright) know the module pyco builds from the header.
#pragma once

#include <string>

#include "cxx_api.h"

namespace pyco::cxx {

// The stub's text for the module `module_name` read from `api.header`: functions (overloads marked @overload),
// enums as IntEnum classes, value structs as dataclasses, other records as classes with __init__, methods and
// staticmethods. A declaration Python cannot use (py_mapping.h's `unmappable`) is left out, with a comment that
// says why.
std::string pyi_stub(const Api& api, const std::string& module_name);

}  // namespace pyco::cxx
