// Compiling a program's translation units: each unit's object file is cached by content (its C++ text, pyco's
// version and the toolchain's key), so rebuilding after a change to one module recompiles that module only;
// the units that need compiling are compiled in parallel, one compiler per core.
#pragma once

#include <string>
#include <vector>

#include "toolchain.h"

namespace pyco::driver {

struct Unit {
    std::string name;  // what messages call it: the module's name, or "program"
    std::string cpp;
    std::vector<std::string> flags = {};  // more compile flags (a C++ header's -I and -D), part of its cache key
};

struct CompiledUnits {
    std::vector<std::string> objects;  // one per unit, in order: paths inside the cache
    int compiled = 0;                  // how many were not in the cache
    // When a unit failed: its name, its C++ written to `failed_cpp`, and the compiler's output.
    std::string failed_unit, failed_cpp, output;
};

// Compiles the units that the cache does not hold; `scratch` is a folder for the generated .cpp files.
// `version` is pyco's, part of every key.
bool compile_units(const Toolchain& tc, const std::vector<Unit>& units, const std::string& scratch,
                   const std::string& version, CompiledUnits& out);

}  // namespace pyco::driver
