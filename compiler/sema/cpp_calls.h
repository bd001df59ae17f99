// Checks a module's uses of C++-backed modules (`--cpp-module host_api=include/host_api.hpp`) against what their
// headers declare, before anything is generated: the C++ compiler would otherwise report a wrong call as a template
// error deep in generated code, or the program would raise TypeError only when the call runs.
#pragma once

#include <map>
#include <string>

#include "../ast.h"
#include "../cxx/cxx_api.h"
#include "../diagnostics.h"

namespace pyco::sema {

// `cpp_modules`: each C++-backed module's Python name and the API read from its header. Finds how the module binds
// them (`from host_api import scale, Point as P`, `import host_api as h`, at any depth) and reports, in `path`:
// - a name the header does not declare, at its import (CPython's ImportError) or at `h.name` (AttributeError);
// - a declaration that cannot be mapped to Python, where it is imported or used;
// - a call whose arguments match no overload, in CPython's TypeError words, with the C++ declaration.
// Names the module binds in any other way anywhere are not checked: they may not be the C++ declaration.
void check_cpp_calls(const ast::Module& m, const std::string& path,
                     const std::map<std::string, const cxx::Api*>& cpp_modules, Diagnostics& diags);

}  // namespace pyco::sema
