// A Python module over a C++ header (`--cpp-module host_api=include/host_api.hpp`, docs/embedding.md, "Python
// calls C++"): from the header's API (cxx_api.h) it writes two modules. `_pyco_cpp_host_api` is C++: one
// built-in function per C++ function, method and constructor, converting arguments and results with
// pyco/convert.h. `host_api` is Python: the classes for the header's enums (IntEnum), value structs
// (dataclasses) and other classes (a handle on the C++ object, with its methods), and the functions
// re-exported, so a C++ function called from Python adds no frame of its own to a traceback.
#pragma once

#include <string>

#include "cxx_api.h"

namespace pyco::cxx {

struct Binding {
    std::string native_module;  // "_pyco_cpp_host_api"
    std::string native_cpp;     // its translation unit
    std::string cpp_namespace;  // where the unit's ModuleDef is
    std::string python_source;  // the module `host_api`
};

// `header_path` is what the unit includes (absolute); `digest` names the header's content in the unit, so a
// changed header changes the unit and the object cache compiles it again.
Binding generate_binding(const Api& api, const std::string& module, const std::string& header_path,
                         const std::string& digest);

// Whether a declaration can be called from Python: "" or why not (the first unmappable parameter or result).
std::string unmappable_reason(const Function& f);

}  // namespace pyco::cxx
