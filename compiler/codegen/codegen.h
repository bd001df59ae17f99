// AST + scopes -> one C++20 translation unit.
//
// The output is meant to be read by the person who embeds it: one C++ function per Python function (named after
// its qualified name), `#line` directives back to the .py file, a namespace per module with an entry point
// (`module_body`) and a `module_def` that the program's import system finds it by (program/program.h writes `main`).
#pragma once

#include <string>

#include "../ast.h"
#include "../diagnostics.h"
#include "../sema/imports.h"
#include "../sema/scopes.h"

namespace pyco::codegen {

struct Options {
    sema::ModuleIdentity id;    // the module's name (its __name__) and package, for relative imports
    std::string cpp_namespace;  // where its definitions go: pyco_<name>
    // Its functions add no traceback entry: the Python side of a C++ module (cxx/binding_gen.h), whose methods
    // only forward to the C++ call, so a traceback ends at the caller's line as for a C++ function.
    bool hide_frames = false;
};

// Returns the C++ text, or adds diagnostics for constructs codegen cannot lower.
std::string generate(const ast::Module& m, const sema::ModuleScopes& scopes, const std::string& source,
                     const std::string& display_path, const Options& opts, Diagnostics& diags);

}  // namespace pyco::codegen
