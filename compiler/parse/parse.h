// Source text -> pyco AST. Runs the ANTLR lexer and parser (grammar/) and converts the parse tree once into
// compiler/ast.h; nothing after this stage sees ANTLR types.
#pragma once

#include <optional>
#include <string>

#include "../ast.h"
#include "../diagnostics.h"

namespace pyco {

// `display_path` is used in diagnostics (as the user named the file); `abs_path` is stored in the Module.
// Returns nullopt after adding at least one diagnostic when the text is not valid Python 3.11:
// non-UTF-8 bytes, null bytes, IndentationError, TabError, unterminated strings, invalid syntax, ...
// Constructs that are valid Python but that pyco cannot compile are NOT rejected here (sema does that).
std::optional<ast::Module> parse_module(const std::string& display_path, const std::string& abs_path,
                                        const std::string& source, Diagnostics& diags);

}  // namespace pyco
