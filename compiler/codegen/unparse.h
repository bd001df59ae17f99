// An expression as Python source text, the way CPython's compiler writes it back (used for the annotations
// `from __future__ import annotations` keeps as strings).
#pragma once

#include <functional>
#include <string>

#include "../ast.h"

namespace pyco::codegen {

// A constant as its repr() (strings quoted as CPython quotes them, floats in their shortest form). Sema uses it
// too, for the constants CPython's compile-time messages show.
std::string constant_repr(const ast::Constant& k);

// `fallback` gives the text of the kinds of expression that are not rewritten (comprehensions, lambdas,
// f-strings): their source as written.
std::string unparse(const ast::Expr& e, const std::function<std::string(const ast::Expr&)>& fallback);

}  // namespace pyco::codegen
