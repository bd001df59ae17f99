// Lowering one Python function (or the module body) to the body of one C++ function.
//
// Expressions are flattened into temporaries, one operation per C++ statement, so that evaluation order is
// Python's (C++ leaves the order of function arguments unspecified) and every `co_await` stands at statement
// level. Before each operation that can raise, the frame's position is set (`_f.pos = N;`, written in front of
// the operation's line), so tracebacks and warnings point at the Python expression that was running.
//
// FunctionGen's parts: body_text.cpp (lines, blocks, positions), name_gen.cpp (variables), expr_gen.cpp,
// stmt_gen.cpp, match_gen.cpp, try_gen.cpp (try, with, and jumps out of them), def_gen.cpp (functions),
// class_gen.cpp.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "../ast.h"
#include "../diagnostics.h"
#include "../sema/scopes.h"
#include "module_state.h"

namespace pyco::codegen {

// A body's docstring: its first statement when that is a plain string literal (CPython 3.11: no f-strings).
const ast::Constant* docstring(const ast::Body& body);

class FunctionGen {
public:
    enum class Kind { Module, Sync, Async, Generator, AsyncGenerator };
    FunctionGen(ModuleState& m, const sema::Scope& scope, Kind kind, CodeTable& code);

    // Emits the statements of a function's (or the module's) body.
    void body(const ast::Body& b);
    // A module or class body with annotated assignments starts with `__annotations__ = {}` (CPython's
    // SETUP_ANNOTATIONS); each one at that level records a simple name's annotation there.
    void setup_annotations(const ast::Body& body);
    // Emits `return <expr>` for a lambda's body.
    void lambda_body(const ast::Expr& e);
    // The text emitted, indented for its place in the C++ function.
    const std::string& text();
    bool needs_return_slot() const { return need_rv_; }
    // Whether control can reach the end of the text (the C++ function then returns None).
    bool falls_off_end() const { return !ends_in_return_; }

private:
    struct Loop {
        size_t finally_depth;  // how many try/finally contexts enclosed the loop when it began
        std::string broke;     // the flag `break` sets when the loop has an else clause
    };
    struct Finally {
        int id;
        size_t how_at;  // where `_howN` is declared: removed again when no jump needs it
        bool returns = false, breaks = false, continues = false;  // which gotos to its label were emitted
    };
    struct Block {
        size_t at;              // offset of its opening line in out_
        bool bare;              // a plain `{` that only scopes temporaries
        int declares = 0;       // how many declarations that own a value were emitted directly in it
    };

    ModuleState& m_;
    const sema::Scope& scope_;
    Kind kind_;
    std::vector<const sema::Scope*> scopes_;  // the innermost is the scope names resolve in (class bodies push)
    std::vector<std::string> class_ns_;        // the namespace dict of each class body being emitted
    std::vector<CodeTable*> codes_;  // the innermost is where positions go (comprehensions push their own)
    std::vector<std::string> frames_;  // C++ expression of the current Frame, parallel to codes_
    std::string out_;
    int indent_;
    int tmp_ = 0;
    std::vector<Loop> loops_;
    std::vector<Finally> finallies_;
    std::vector<Block> blocks_;
    bool need_rv_ = false;
    bool ends_in_return_ = false;
    std::string pending_pos_;  // "_f.pos = N; ", written in front of the next statement

    // ---- text (body_text.cpp) ----
    void line(const std::string& s);
    void open(const std::string& s);   // "s {" and indent
    void close();
    void reopen(const std::string& s);  // "} else {" and the like: ends one branch, starts the next
    void if_line(const std::string& cond, const std::function<void()>& emit);
    void flush_pos();
    std::string temp();
    std::string flag();  // a fresh C++ bool's name
    void line_directive(int line);
    void emit_pos(int index);
    void set_pos(const ast::Expr& e);
    void set_pos(ast::Span span);
    // How the one reader of a temporary takes its value (see inline_temp): a statement of its own or the right
    // side of an assignment; an operand of something that runs no Python code (a return value, an except
    // clause's match); an argument of something that may (truthiness through __bool__, a class namespace).
    enum class Use { Statement, Operand, Argument };
    std::optional<std::string> inline_temp(const std::string& t, Use use);
    const std::string& frame() const { return frames_.back(); }
    bool is_coroutine() const {
        return kind_ == Kind::Async || kind_ == Kind::Generator || kind_ == Kind::AsyncGenerator;
    }
    std::string return_keyword() const { return is_coroutine() ? "co_return" : "return"; }

    // ---- names (name_gen.cpp) ----
    std::vector<std::string> local_names() const;
    std::string names_array(const std::vector<std::string>& names);
    std::string load_name(const ast::Expr& e, const std::string& name);
    // `fresh`: `value` is a temporary nothing else reads, which the store may take over.
    void store_name(const std::string& name, const std::string& value, bool fresh = false);
    void delete_name(const ast::Expr& e, const std::string& name);
    std::string cell_var(const std::string& name) const;
    sema::VarKind kind_of(const std::string& name) const;
    bool in_class_body() const;

    // ---- expressions (expr_gen.cpp) ----
    std::string expr(const ast::Expr& e);
    std::string constant(const ast::Constant& c);
    std::string binop(const ast::Expr& e, const ast::BinOp& b);
    std::string boolop(const ast::BoolOp& b);
    std::string compare(const ast::Expr& e, const ast::Compare& c);
    std::string call(const ast::Expr& e, const ast::Call& c);
    std::string sequence(const std::vector<ast::ExprP>& elts, const char* kind);
    std::string dict(const ast::Dict& d);
    std::string joined_str(const ast::JoinedStr& j);
    std::string formatted_value(const ast::FormattedValue& f);
    std::string comprehension(const ast::Expr& e, const std::vector<ast::Comprehension>& gens, const char* kind,
                              const ast::Expr* elt, const ast::Expr* value);
    void comprehension_body(ast::Span where, const std::vector<ast::Comprehension>& gens, const char* kind,
                            const ast::Expr* elt, const ast::Expr* value);
    // `where`: the whole comprehension, the position CPython 3.11 gives each clause's iter() and next().
    void comprehension_loop(ast::Span where, const std::vector<ast::Comprehension>& gens, size_t i,
                            const std::string& first_iter,
                            const std::string& result, const char* kind, const ast::Expr* elt,
                            const ast::Expr* value);
    void comprehension_element(const std::string& result, const char* kind, const ast::Expr* elt,
                               const ast::Expr* value);
    std::string if_exp(const ast::IfExp& x);
    std::string await_expr(const ast::Expr& e, const ast::Await& a);
    std::string yield_expr(const ast::Expr& e);
    static bool is_sleep_call(const ast::Call& c);
    bool names_module_global(const ast::Expr& e) const;
    std::string await_sleep(const ast::Expr& e, const ast::Expr& call_expr, const ast::Call& c);
    std::string slice(const ast::Slice& s);
    std::string truth(const ast::Expr& e);  // a C++ bool variable
    std::string kept(const ast::Expr& e);   // a value that later code cannot change (a temporary, a constant)

    std::string lambda(const ast::Expr& e, const ast::Lambda& l);
    std::string keyword_dict(const std::vector<ast::Keyword>& keywords);  // a dict of call keywords, **-merged

    // ---- statements (stmt_gen.cpp) ----
    void stmts(const ast::Body& b);
    void stmt(const ast::Stmt& s);
    void simple_stmt(const ast::Stmt& s);
    void discard(const std::string& value);  // an expression statement's value, unused
    void assign(const ast::Expr& target, const std::string& value, bool fresh = false);
    void aug_assign(const ast::AugAssign& a);
    std::string test_flag(const ast::Expr& test);
    void if_stmt(const ast::If& s);
    void while_stmt(const ast::While& s);
    void for_stmt(const ast::Stmt& stmt, const ast::For& s);
    std::string loop_else_flag(const ast::Body& orelse);
    void loop_body(const ast::Body& body, const std::string& broke);
    void loop_else(const ast::Body& orelse, const std::string& broke);
    std::string next_item(const std::string& it, bool is_async);
    void raise_stmt(const ast::Stmt& s, const ast::Raise& r);
    void import_stmt(const ast::Stmt& s);

    // ---- the match statement (match_gen.cpp) ----
    // The C++ variables that hold the current case's captures until the whole pattern has matched, by name.
    const std::map<std::string, std::string>* captures_ = nullptr;
    void open_scope();
    bool jumped_to(const std::string& label, size_t since) const;
    void match_stmt(const ast::Match& m);
    // Emits the checks of pattern `p` against `subject` (a C++ expression), jumping to `fail` when one fails.
    void pattern(const ast::Pattern& p, const std::string& subject, const std::string& fail);
    void subpattern(const ast::Pattern& p, const std::string& item, const std::string& fail);
    void capture(const std::optional<std::string>& name, const std::string& value);
    void sequence_pattern(const ast::Pattern& p, const ast::MatchSequence& s, const std::string& subject,
                          const std::string& fail);
    void mapping_pattern(const ast::Pattern& p, const ast::MatchMapping& m, const std::string& subject,
                         const std::string& fail);
    void class_pattern(const ast::Pattern& p, const ast::MatchClass& c, const std::string& subject,
                       const std::string& fail);

    // ---- try, with, and leaving them (try_gen.cpp) ----
    enum class How { Break, Continue, Return };  // the kHow* codes of the generated code
    void try_stmt(const ast::Try& t);
    void try_except(const ast::Try& t);
    void try_star(const ast::Try& t);
    void handler_body(const ast::ExceptHandler& h, int id);
    void capture_exception(const std::string& var, const std::function<void()>& body, bool declare = true);
    void protected_block(const std::function<void()>& body, const std::function<void(int)>& cleanup);
    void with_stmt(const ast::Stmt& s, const ast::With& w, size_t item);
    void with_exit(const ast::Stmt& s, bool is_async, const std::string& exit, int id);
    void return_stmt(const ast::Return& r);
    void return_value(const std::string& v);
    void jump(How how);  // break or continue
    void jump_through_finally(How how);

    // ---- functions (def_gen.cpp) and classes (class_gen.cpp) ----
    void function_def(const ast::Stmt& s, const ast::FunctionDef& f);
    std::vector<std::string> decorators(const std::vector<ast::ExprP>& list);
    std::string decorate(const std::vector<ast::ExprP>& list, const std::vector<std::string>& values,
                         std::string decorated);
    // `doc`: the docstring, the body's leading string constant (see docstring()), or null.
    std::string make_function(const sema::Scope& scope, const ast::Arguments& args, int firstlineno,
                              const std::function<void(FunctionGen&)>& emit_body, bool is_async,
                              const ast::Constant* doc = nullptr, const ast::Expr* returns = nullptr);
    // The value an annotation stores: the expression's value, or under `from __future__ import annotations`
    // its source text.
    std::string annotation(const ast::Expr& e);
    // A def's __annotations__ dict, built in CPython's order (parameters, then *args, keyword-only, **kwargs,
    // return), or "" when nothing is annotated.
    std::string annotations_dict(const ast::Arguments& args, const ast::Expr* returns);
    void ann_assign(const ast::AnnAssign& a);
    std::string generator_expression(const ast::Expr& e, const ast::GeneratorExp& g);
    void generator_expression_body(ast::Span where, const ast::GeneratorExp& g);
    void class_def(const ast::Stmt& s, const ast::ClassDef& c);
    void class_body(const ast::Stmt& s, const ast::ClassDef& c, const sema::Scope& scope, const std::string& ns,
                    bool class_cell);
    std::string class_fallback_load(const ast::Expr& e, const std::string& name);
    std::string super_call(const ast::Expr& e, const ast::Call& c);
    bool is_namespace_call(const ast::Call& c) const;
    std::string namespace_call(const ast::Expr& e, const ast::Call& c);
    std::string frame_locals();
};

}  // namespace pyco::codegen
