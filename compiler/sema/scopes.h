// Name resolution: which names are locals, cells, free variables, globals or builtins in each scope,
// following CPython's symtable rules (assignment makes a name local unless declared global/nonlocal; a free
// name resolves to the nearest enclosing function that binds it; class scopes are skipped).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "../ast.h"
#include "../diagnostics.h"

namespace pyco::sema {

// Class: a name bound in a class body, which lives in the class namespace dict.
enum class VarKind { Local, Cell, Free, Global, Builtin, Class };

struct Scope {
    enum class Kind { Module, Function, Lambda, Class } kind = Kind::Module;
    std::string name;       // co_name
    std::string qualname;   // co_qualname
    const void* node = nullptr;  // the FunctionDef, Lambda or ClassDef (or Module)
    Scope* parent = nullptr;
    std::vector<std::unique_ptr<Scope>> children;
    bool is_async = false, is_generator = false;
    bool is_comprehension = false;  // <listcomp>, <setcomp>, <dictcomp>: assignment expressions bind outside
    std::set<std::string> bound, globals, nonlocals, used;
    std::map<std::string, ast::Span> nonlocal_spans;  // where each nonlocal was declared
    std::vector<std::string> params;  // in signature order
    std::vector<std::string> bind_order;  // every bound name, in order of its first binding in the source
    std::map<std::string, VarKind> kinds;
    std::vector<std::string> cellvars, freevars;  // in first-seen order

    VarKind kind_of(const std::string& name) const;
};

struct ModuleScopes {
    std::unique_ptr<Scope> module;
    std::map<const void*, Scope*> by_node;  // FunctionDef*/Lambda*/ClassDef* -> scope
    std::set<std::string> module_globals;   // every name bound at module level or declared global anywhere
    std::vector<std::string> global_order;  // module_globals in order of first binding or declaration in the source
    bool lazy_annotations = false;          // `from __future__ import annotations`: annotations are not evaluated
    Scope* scope_of(const void* node) const;
};

// Builds the scopes and reports CPython's symtable errors (nonlocal at module level, no binding for nonlocal,
// duplicate argument, name used prior to global declaration).
// `from __future__ import feature` (checks.cpp makes sure future imports lead the module).
bool has_future(const ast::Body& body, const std::string& feature);
// Whether a module or class body has an annotated assignment anywhere outside nested defs and classes: CPython
// then gives it an `__annotations__` dict before the body runs.
bool has_annotations(const ast::Body& body);

ModuleScopes analyze_scopes(const ast::Module& m, const std::string& file, Diagnostics& diags);

}  // namespace pyco::sema
