// Context rules CPython's compiler enforces ('await' outside async function, 'return' outside function,
// 'break' outside loop, invalid assignment targets, ...) in CPython's words, and the constructs pyco cannot
// compile yet, each rejected with a diagnostic naming the construct.
#pragma once

#include <string>
#include <vector>

#include "../ast.h"
#include "../diagnostics.h"

namespace pyco::sema {

// `library`: one of pyco's own modules (runtime/lib), which may name what a program may not (ProcessPoolExecutor).
void check_module(const ast::Module& m, const std::string& file, Diagnostics& diags, bool library = false);

}  // namespace pyco::sema
