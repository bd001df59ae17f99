// A program of many modules: the main file and every module it imports, found (module_finder.h), translated one
// by one (pipeline.h), each into its own translation unit, plus the small unit that lists them for the import
// system and holds `main`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "../diagnostics.h"
#include "module_finder.h"

namespace pyco::program {

struct CompiledModule {
    std::string name;           // dotted, "__main__" for the main file
    std::string file;           // the .py file as found (display path)
    std::string cpp_namespace;  // pyco_<name>: its definitions
    std::string cpp;            // its translation unit; empty for a namespace package (in the program unit)
    std::string header;         // a library's user module: its C++ header (codegen/embed_gen.h); else empty
    std::vector<std::string> flags = {};  // a C++ module's unit: the header's -I and -D
};

struct Program {
    std::vector<CompiledModule> modules;  // the main module first, then in the order they were found
    std::string main_cpp;                 // the program unit: every module's ModuleDef and `main`
};

// Translates `main_path` and, transitively, every module it imports that is found on `path`. A module that is
// not found is a compile-time error at its import ("ModuleNotFoundError: No module named 'x'"), unless the
// import is inside a `try` that catches ImportError: then it is left to fail when it runs, as in CPython.
std::optional<Program> translate_program(const std::string& main_path, const SearchPath& path, Diagnostics& diags);

// A library for embedding (`pyco translate --embed`, `pyco library`): each of `roots` is a module named after
// its file (none is __main__), and with every user module they import gets a C++ header; the program unit
// holds the ModuleDef array `modules_array` instead of `main`.
std::optional<Program> translate_library(const std::vector<std::string>& roots, const std::string& modules_array,
                                         const SearchPath& path, Diagnostics& diags);

// The whole program as one C++ file (`pyco translate`): every module's unit, then the program unit.
std::string single_file(const Program& p);

}  // namespace pyco::program
