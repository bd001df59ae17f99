// Lowering one Python function (or the module body) to the body of one C++ function.
//
// Expressions are flattened into temporaries, one operation per C++ statement, so that evaluation order is
// Python's (C++ leaves the order of function arguments unspecified) and every `co_await` stands at statement
// level. Before each operation that can raise, the frame's position is set, so tracebacks and warnings point
// at the Python expression that was running.
#pragma once

#include <functional>
#include <map>
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

    // Emits the statements of the body (into `text()`).
    void body(const ast::Body& b);
    // Emits `return <expr>` for a lambda's body.
    void lambda_body(const ast::Expr& e);
    const std::string& text() const { return out_; }
    bool needs_return_slot() const { return need_rv_; }

private:
    struct Loop {
        size_t finally_depth;  // how many try/finally contexts enclosed the loop when it began
        std::string broke;     // the flag `break` sets when the loop has an else clause
    };
    struct Finally {
        int id;
        bool returns = false, breaks = false, continues = false;  // which gotos to its label were emitted
    };

    ModuleState& m_;
    const sema::Scope& scope_;
    Kind kind_;
    std::vector<const sema::Scope*> scopes_;  // the innermost is the scope names resolve in (class bodies push)
    std::vector<std::string> class_ns_;        // the namespace dict of each class body being emitted
    std::vector<CodeTable*> codes_;  // the innermost is where positions go (comprehensions push their own)
    std::vector<std::string> frames_;  // C++ expression of the current Frame, parallel to codes_
    std::string out_;
    int indent_ = 1;
    int tmp_ = 0;
    std::vector<Loop> loops_;
    std::vector<Finally> finallies_;
    bool need_rv_ = false;
    size_t last_pos_at_ = std::string::npos, last_pos_len_ = 0;  // the last position update emitted

    // ---- text ----
    void line(const std::string& s);
    void open(const std::string& s);   // "s {" and indent
    void close(const std::string& s = "}");
    std::string temp();
    std::vector<std::string> local_names() const;
    std::string names_array(const std::vector<std::string>& names);
    void line_directive(int line);
    void emit_pos(int index);
    void set_pos(const ast::Expr& e);
    void set_pos(ast::Span span);
    const std::string& frame() const { return frames_.back(); }
    bool is_coroutine() const { return kind_ == Kind::Async || kind_ == Kind::Generator || kind_ == Kind::AsyncGenerator; }
    std::string return_keyword() const { return is_coroutine() ? "co_return" : "return"; }

    // ---- names ----
    std::string load_name(const ast::Expr& e, const std::string& name);
    void store_name(const std::string& name, const std::string& value);
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
    std::string lambda(const ast::Expr& e, const ast::Lambda& l);
    std::string if_exp(const ast::IfExp& x);
    std::string await_expr(const ast::Expr& e, const ast::Await& a);
    std::string yield_expr(const ast::Expr& e);
    static bool is_sleep_call(const ast::Call& c);
    bool names_module_global(const ast::Expr& e) const;
    std::string await_sleep(const ast::Expr& e, const ast::Expr& call_expr, const ast::Call& c);
    std::string slice(const ast::Slice& s);
    std::string truth(const ast::Expr& e);  // a C++ bool variable

    // ---- statements (stmt_gen.cpp) ----
    void stmt(const ast::Stmt& s);
    void simple_stmt(const ast::Stmt& s);
    void assign(const ast::Expr& target, const std::string& value);
    void aug_assign(const ast::AugAssign& a);
    void function_def(const ast::Stmt& s, const ast::FunctionDef& f);
    void class_def(const ast::Stmt& s, const ast::ClassDef& c);
    void class_body(const ast::Stmt& s, const ast::ClassDef& c, const sema::Scope& scope, const std::string& ns);
    std::string class_fallback_load(const ast::Expr& e, const std::string& name);
    std::string super_call(const ast::Expr& e, const ast::Call& c);
    void if_stmt(const ast::If& s);
    void while_stmt(const ast::While& s);
    void for_stmt(const ast::Stmt& stmt, const ast::For& s);
    void try_stmt(const ast::Try& t);
    void capture_exception(const std::string& var, const std::function<void()>& body, bool declare = true);
    std::string next_item(const std::string& it, bool is_async);
    void protected_block(const std::function<void()>& body, const std::function<void(int)>& cleanup);
    void with_stmt(const ast::Stmt& s, const ast::With& w, size_t item);
    void with_exit(const ast::Stmt& s, bool is_async, const std::string& exit, int id);
    void try_except(const ast::Try& t);
    void try_star(const ast::Try& t);
    void raise_stmt(const ast::Stmt& s, const ast::Raise& r);
    void return_stmt(const ast::Return& r);
    void return_value(const std::string& v);
    void break_stmt();
    void continue_stmt();
    void import_stmt(const ast::Stmt& s);
    // `doc`: the docstring, the body's leading string constant (see docstring()), or null.
    std::string make_function(const sema::Scope& scope, const ast::Arguments& args, int firstlineno,
                              const std::function<void(FunctionGen&)>& emit_body, bool is_async,
                              const ast::Constant* doc = nullptr);
    std::string generator_expression(const ast::Expr& e, const ast::GeneratorExp& g);
    void generator_expression_body(ast::Span where, const ast::GeneratorExp& g);
};

}  // namespace pyco::codegen
