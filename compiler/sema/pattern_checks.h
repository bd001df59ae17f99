// CPython's compile-time errors in a match statement's patterns ("multiple assignments to name 'x' in pattern",
// "name capture 'x' makes remaining patterns unreachable", ...), found as CPython's compiler finds them.
#pragma once

#include <optional>
#include <string>

#include "../ast.h"

namespace pyco::sema {

struct PatternError {
    ast::Span span;
    std::string message;  // with its class: "SyntaxError: ..."
};

// The first error in a case's pattern. `allow_irrefutable`: the case is the last one or has a guard, so the
// pattern may match anything.
std::optional<PatternError> check_pattern(const ast::Pattern& p, bool allow_irrefutable);

}  // namespace pyco::sema
