// `pyco translate --embed` and `pyco library`: the typed C++ face of a Python module (docs/embedding.md, "C++
// calls compiled Python"). From the annotations of its module-level functions it writes a header declaring one
// C++ function each, and their definitions, which call the Python function through the import system.
#pragma once

#include <string>

#include "../ast.h"

namespace pyco::codegen {

struct EmbedOptions {
    std::string module;         // dotted name: "logic", "pkg.sub"
    std::string file;           // the .py file, for comments
    std::string cpp_namespace;  // the module unit's namespace (pyco_logic)
    std::string modules_array;  // the library's ModuleDef array, defined in its program unit
};

struct EmbedApi {
    std::string header;       // m.hpp
    std::string definitions;  // appended to the module's own unit
};

EmbedApi generate_embed(const ast::Module& m, const EmbedOptions& options);

// Where the header of module `dotted` goes under the header folder: "pkg/sub.hpp".
std::string embed_header_path(const std::string& dotted);

}  // namespace pyco::codegen
