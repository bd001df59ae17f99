// Finding the module an import names, as CPython's path-based finder does for the program's own modules: the
// main file's folder first, then each --module-path and $PYCO_PATH folder, then pyco's library of modules
// written in Python (runtime/lib), then the modules the runtime provides in C++ (pyco/modules.def).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cxx/binding_gen.h"

namespace pyco::program {

// A module backed by a C++ header (--cpp-module; cxx/binding_gen.h): found before any other by its name.
struct CppModule {
    std::string name;                 // host_api
    std::string header;               // absolute
    const cxx::Api* api = nullptr;    // what the header declares
    cxx::Binding binding;             // its two modules
    std::vector<std::string> flags;   // -I and -D for the C++ module's unit
};

struct SearchPath {
    std::vector<std::string> dirs;  // the main file's folder, --module-path folders, $PYCO_PATH folders
    std::string library;            // pyco's Python library (empty: none)
    std::vector<const CppModule*> cpp_modules;
};

enum class ModuleKind {
    Source,     // a .py file
    Package,    // a folder's __init__.py
    Namespace,  // a folder without __init__.py (PEP 420): a package with no code
    Provided,   // written in C++ in the runtime
    Missing,
};

struct FoundModule {
    ModuleKind kind = ModuleKind::Missing;
    std::string file;  // the .py file (Source, Package) or the folder (Namespace)
    bool library = false;  // found in pyco's own library
};

// Where `name` (dotted, absolute) is. A dotted name is looked for in its parent package's folder only, so
// `parent` must be what finding the parent gave.
FoundModule find_module(const SearchPath& path, std::string_view name, const FoundModule* parent);

// The modules written in C++ (pyco/modules.def).
bool is_provided_module(std::string_view name);
// The Python modules a module written in C++ imports when it runs (pyco/module_uses.def).
std::vector<std::string> provided_module_uses(std::string_view name);

}  // namespace pyco::program
