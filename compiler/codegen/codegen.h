// AST + scopes -> one C++20 translation unit.
//
// The output is meant to be read by the person who embeds it: one C++ function per Python function (named after
// its qualified name), `#line` directives back to the .py file, a namespace per module with an entry point
// (`module_body`) and, unless PYCO_NO_MAIN is defined, a `main` that runs the module as `python3 app.py` would.
#pragma once

#include <string>

#include "../ast.h"
#include "../diagnostics.h"
#include "../sema/scopes.h"

namespace pyco::codegen {

struct Options {
    std::string module_name;  // C++ namespace is pyco_<module_name>
};

// Returns the C++ text, or adds diagnostics for constructs codegen cannot lower.
std::string generate(const ast::Module& m, const sema::ModuleScopes& scopes, const std::string& source,
                     const std::string& display_path, const Options& opts, Diagnostics& diags);

}  // namespace pyco::codegen
