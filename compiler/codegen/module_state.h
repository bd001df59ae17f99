// What the functions of one module share while they are generated: constants, code tables, the functions
// already emitted, and the names given out so far.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "../ast.h"
#include "../diagnostics.h"
#include "../sema/imports.h"
#include "../sema/scopes.h"

namespace pyco::codegen {

struct PosEntry {
    int line, col, end_line, end_col, anchor_left = -1, anchor_right = -1;
    auto key() const { return std::tie(line, col, end_line, end_col, anchor_left, anchor_right); }
};

// One code object: a function, the module, a lambda or a comprehension; its positions table is what
// `Frame::pos` indexes.
struct CodeTable {
    std::string cpp_name;  // e.g. code_main
    std::string name, qualname;
    int firstlineno = 1;
    std::vector<PosEntry> positions;
    std::map<std::tuple<int, int, int, int, int, int>, int> index;
    int add(const PosEntry& p);
};

struct ModuleState {
    std::string abs_path, display_path;
    sema::ModuleIdentity id;  // its __name__ and package
    bool star_import = false;  // `from m import *` at module level: names nothing binds are looked up when read
    bool hide_frames = false;  // codegen::Options::hide_frames
    bool lazy_annotations = false;  // `from __future__ import annotations`: annotations are kept as source text
    std::vector<std::u32string> lines;  // the source, one entry per line, for caret anchors
    Diagnostics& diags;
    const sema::ModuleScopes& scopes;
    std::vector<std::unique_ptr<CodeTable>> codes;
    struct Constant {
        std::string name, key, init;  // k_3, its key (see constant()), the C++ expression that creates it
    };
    std::vector<Constant> constant_defs;           // in order of first use
    std::map<std::string, std::string> constants;  // key -> C++ name
    std::vector<std::string> func_infos;           // definitions of FuncInfo tables
    std::vector<std::string> functions;            // C++ function definitions, in order
    std::vector<std::string> forward_decls;
    std::set<std::string> builtins_used;
    std::set<std::string> names_taken;
    bool uses_how = false;  // some control flow leaves a try or with body through its cleanup (kHow* codes)

    ModuleState(Diagnostics& d, const sema::ModuleScopes& s) : diags(d), scopes(s) {}
    CodeTable& new_code(const std::string& name, const std::string& qualname, int firstlineno);
    // A C++ name starting with `base` that no other entity of this module has.
    std::string unique(const std::string& base);
    // A module constant created once by `init` (a C++ expression); equal keys share one constant. The key is
    // the value's kind ('i' int, 'f' float, 's' str, 'b' bytes) followed by its text (a float's as written).
    std::string constant(const std::string& key, const std::string& init);
    std::string builtin(const std::string& name);
    std::string global(const std::string& name) const;
    // The source text of an expression (what `from __future__ import annotations` stores).
    std::string source_text(ast::Span span) const;
    // The caret anchors of a binary operation or subscript, as CPython's traceback computes them.
    PosEntry position(const ast::Expr& e) const;
    void error(ast::Span span, const std::string& msg) { diags.error(display_path, span, msg); }
};

}  // namespace pyco::codegen
