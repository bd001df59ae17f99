// The imports a module makes, found before it is translated, so that the program's every module is known (and
// compiled) when it is built; and the absolute name a relative import stands for.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "../ast.h"

namespace pyco::sema {

// Who is importing: its dotted name and its package (__package__: itself for a package's __init__, its parent
// for a module, "" for a top-level module and for __main__).
struct ModuleIdentity {
    std::string name;
    std::string package;
    bool is_package = false;
};

// `from .x import y` at `level` dots: the absolute module name, or nullopt when CPython raises ImportError at
// run time ("attempted relative import with no known parent package" when `has_parent` is false, "... beyond
// top-level package" when true).
struct RelativeName {
    std::optional<std::string> name;
    bool has_parent = false;
};
RelativeName resolve_relative(const ModuleIdentity& self, int level, const std::string& module);

struct ImportRequest {
    std::string name;    // absolute, dotted
    ast::Span span;      // where "No module named ..." points
    bool guarded;  // inside `try:` catching ImportError, or `if TYPE_CHECKING:`: missing is no compile-time error
    bool submodule;      // `from pkg import x`: x may be an attribute of pkg rather than a module
    bool star = false;   // `from pkg import *`: any submodule may be named by pkg.__all__ when it runs
};
std::vector<ImportRequest> collect_imports(const ast::Module& m, const ModuleIdentity& self);

}  // namespace pyco::sema
