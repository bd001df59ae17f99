#include "checks.h"

#include <fmt/format.h>
#include <set>

#include <string_view>
#include <unordered_set>
#include <vector>

#include "../ast_walk.h"
#include "pattern_checks.h"

namespace pyco::sema {

namespace {

// What an expression is called in CPython's "cannot assign to ..." messages.
const char* target_description(const ast::Expr& e) {
    return std::visit(
        [](auto& n) -> const char* {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, ast::Call>) return "function call";
            else if constexpr (std::is_same_v<T, ast::Constant>) {
                if (n.kind == ast::Constant::Kind::None) return "None";
                if (n.kind == ast::Constant::Kind::True) return "True";
                if (n.kind == ast::Constant::Kind::False) return "False";
                if (n.kind == ast::Constant::Kind::Ellipsis) return "ellipsis";
                return "literal";
            } else if constexpr (std::is_same_v<T, ast::BinOp> || std::is_same_v<T, ast::UnaryOp>) return "expression";
            else if constexpr (std::is_same_v<T, ast::BoolOp>) return "expression";
            else if constexpr (std::is_same_v<T, ast::Compare>) return "comparison";
            else if constexpr (std::is_same_v<T, ast::Lambda>) return "lambda";
            else if constexpr (std::is_same_v<T, ast::IfExp>) return "conditional expression";
            else if constexpr (std::is_same_v<T, ast::Await>) return "await expression";
            else if constexpr (std::is_same_v<T, ast::Yield> || std::is_same_v<T, ast::YieldFrom>) return "yield expression";
            else if constexpr (std::is_same_v<T, ast::JoinedStr> || std::is_same_v<T, ast::FormattedValue>) return "f-string expression";
            else if constexpr (std::is_same_v<T, ast::Dict>) return "dict literal";
            else if constexpr (std::is_same_v<T, ast::Set>) return "set display";
            else if constexpr (std::is_same_v<T, ast::ListComp>) return "list comprehension";
            else if constexpr (std::is_same_v<T, ast::SetComp>) return "set comprehension";
            else if constexpr (std::is_same_v<T, ast::DictComp>) return "dict comprehension";
            else if constexpr (std::is_same_v<T, ast::GeneratorExp>) return "generator expression";
            else if constexpr (std::is_same_v<T, ast::NamedExpr>) return "named expression";
            else return nullptr;
        },
        e.node);
}

struct Context {
    enum class Fn { Module, Sync, Async, Lambda } fn = Fn::Module;
    int loops = 0;  // loops enclosing the statement within the current function
    int except_star_loops = -1;  // inside an except* block: `loops` where it began; -1 outside one
    bool in_class = false;
    bool module_level() const { return fn == Fn::Module && !in_class; }
};

// The features `from __future__ import` accepts in 3.11 (Lib/__future__.py's all_feature_names).
bool is_future_feature(const std::string& name) {
    static const std::unordered_set<std::string_view> names = {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"};
    return names.count(name) > 0;
}

class Checker {
public:
    Checker(const std::string& file, Diagnostics& diags, bool library)
        : file_(file), diags_(diags), library_(library) {}

    void body(const ast::Body& b, Context c) {
        for (auto& s : b) stmt(*s, c);
    }

private:
    const std::string& file_;
    Diagnostics& diags_;
    bool library_;

    void error(ast::Span span, std::string msg) { diags_.error(file_, span, std::move(msg)); }
    void unsupported(ast::Span span, const std::string& what) {
        error(span, fmt::format("{} {} not supported by pyco yet", what, what.back() == 's' ? "are" : "is"));
    }

    // globals() builds a new dict in compiled code (codegen/namespace_gen.cpp): writing through it would change
    // nothing, where CPython changes the module's variables.
    static bool is_globals_call(const ast::Expr& e) {
        auto* c = ast::as<ast::Call>(e);
        auto* n = c ? ast::as<ast::Name>(*c->func) : nullptr;
        return n && n->id == "globals" && c->args.empty() && c->keywords.empty();
    }
    void globals_write(const ast::Expr& e) {
        error(e.span, "writing to the dict globals() returns is not supported by pyco (a compiled module keeps its "
                      "variables outside that dict); assign the variables by name");
    }

    void assign_target(const ast::Expr& e, bool in_for) {
        if (auto* sub = ast::as<ast::Subscript>(e); sub && is_globals_call(*sub->value)) return globals_write(e);
        if (ast::as<ast::Name>(e) || ast::as<ast::Attribute>(e) || ast::as<ast::Subscript>(e)) return;
        if (auto* t = ast::as<ast::Tuple>(e)) { for (auto& x : t->elts) assign_target(*x, in_for); return; }
        if (auto* l = ast::as<ast::List>(e)) { for (auto& x : l->elts) assign_target(*x, in_for); return; }
        if (auto* s = ast::as<ast::Starred>(e)) return assign_target(*s->value, in_for);
        const char* what = target_description(e);
        std::string msg = fmt::format("SyntaxError: cannot assign to {}", what ? what : "expression");
        if (!in_for) msg += " here. Maybe you meant '==' instead of '='?";
        error(e.span, msg);
    }

    // Leaving an except* block by jumping would skip the re-raise of the group's unhandled rest.
    void except_star_exit(ast::Span span) {
        error(span, "SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block");
    }

    void try_star(const ast::Try& t, Context c) {
        body(t.body, c);
        Context handler = c;
        handler.except_star_loops = c.loops;
        for (auto& h : t.handlers) {
            if (h.type) expr(*h.type, c);
            body(h.body, handler);
        }
        body(t.orelse, c);
        body(t.finalbody, c);
    }

    void function(const ast::FunctionDef& f, Context outer) {
        for (auto& d : f.decorator_list) expr(*d, outer);
        ast::for_each_arg_default(f.args, [&](const ast::Expr& e) { expr(e, outer); });
        Context c;
        c.fn = f.is_async ? Context::Fn::Async : Context::Fn::Sync;
        body(f.body, c);
    }

    // A future statement: only among the module's first statements (check_module marks them), naming a known
    // feature.
    void future_import(const ast::Stmt& s, const ast::ImportFrom& imp) {
        if (!leading_futures_.count(&s))
            return error(s.span, "SyntaxError: from __future__ imports must occur at the beginning of the file");
        for (auto& a : imp.names) {
            if (a.name == "braces") return error(a.span, "SyntaxError: not a chance");
            if (!is_future_feature(a.name))
                return error(a.span, fmt::format("SyntaxError: future feature {} is not defined", a.name));
        }
    }

public:
    std::unordered_set<const ast::Stmt*> leading_futures_;

private:
    void stmt(const ast::Stmt& s, Context c) {
        if (auto* f = ast::as<ast::FunctionDef>(s)) return function(*f, c);
        if (auto* cls = ast::as<ast::ClassDef>(s)) {
            for (auto& d : cls->decorator_list) expr(*d, c);
            for (auto& b : cls->bases) expr(*b, c);
            for (auto& k : cls->keywords) expr(*k.value, c);
            Context inner;  // a class body is no function and no loop
            inner.in_class = true;
            return body(cls->body, inner);
        }
        if (auto* m = ast::as<ast::Match>(s)) return match(*m, c);
        if (auto* r = ast::as<ast::Return>(s)) {
            if (c.fn == Context::Fn::Module) return error(s.span, "SyntaxError: 'return' outside function");
            // CPython's compiler stands on the returned value, if any, when it finds the except* block.
            if (c.except_star_loops >= 0) return except_star_exit(r->value ? r->value->span : s.span);
        }
        if (ast::as<ast::Break>(s) && c.loops == 0) return error(s.span, "SyntaxError: 'break' outside loop");
        if (ast::as<ast::Continue>(s) && c.loops == 0)
            return error(s.span, "SyntaxError: 'continue' not properly in loop");
        if ((ast::as<ast::Break>(s) || ast::as<ast::Continue>(s)) && c.loops == c.except_star_loops)
            return except_star_exit(s.span);
        if (auto* t = ast::as<ast::Try>(s); t && t->is_star) return try_star(*t, c);
        if (auto* w = ast::as<ast::With>(s)) {
            if (w->is_async && c.fn != Context::Fn::Async)
                return error(s.span, "SyntaxError: 'async with' outside async function");
        }
        if (auto* imp = ast::as<ast::ImportFrom>(s)) {
            if (imp->level == 0 && imp->module == "__future__") return future_import(s, *imp);
            if (imp->level == 0 && imp->module.rfind("concurrent.futures", 0) == 0)
                for (auto& a : imp->names)
                    if (a.name == "ProcessPoolExecutor") process_pool(a.span);
            for (auto& a : imp->names)
                if (a.name == "*" && !c.module_level())
                    return error(s.span, "SyntaxError: import * only allowed at module level");
            return;
        }
        if (auto* a = ast::as<ast::Assign>(s)) for (auto& t : a->targets) assign_target(*t, false);
        if (auto* d = ast::as<ast::Delete>(s))
            for (auto& t : d->targets)
                if (auto* sub = ast::as<ast::Subscript>(*t); sub && is_globals_call(*sub->value)) globals_write(*t);
        if (auto* a = ast::as<ast::AugAssign>(s)) {
            if (auto* sub = ast::as<ast::Subscript>(*a->target); sub && is_globals_call(*sub->value))
                globals_write(*a->target);
            if (!ast::as<ast::Name>(*a->target) && !ast::as<ast::Attribute>(*a->target) &&
                !ast::as<ast::Subscript>(*a->target)) {
                const char* what = target_description(*a->target);
                if (ast::as<ast::Tuple>(*a->target)) what = "tuple";
                if (ast::as<ast::List>(*a->target)) what = "list";
                return error(a->target->span, fmt::format("SyntaxError: '{}' is an illegal expression for augmented "
                                                          "assignment", what ? what : "expression"));
            }
        }
        if (auto* f = ast::as<ast::For>(s)) {
            if (f->is_async) {
                if (c.fn != Context::Fn::Async) return error(s.span, "SyntaxError: 'async for' outside async function");
            }
            assign_target(*f->target, true);
            expr(*f->iter, c);
            Context inner = c;
            inner.loops++;
            body(f->body, inner);
            body(f->orelse, c);
            return;
        }
        if (auto* w = ast::as<ast::While>(s)) {
            expr(*w->test, c);
            Context inner = c;
            inner.loops++;
            body(w->body, inner);
            body(w->orelse, c);
            return;
        }
        ast::for_each_child(s, [&](const ast::Expr& e) { expr(e, c); }, [&](const ast::Body& b) { body(b, c); });
    }

    // Each case as CPython's compiler takes it: the pattern, the guard, the body. An irrefutable pattern is
    // allowed in the last case and in guarded ones.
    void match(const ast::Match& m, Context c) {
        expr(*m.subject, c);
        for (size_t i = 0; i < m.cases.size(); ++i) {
            const ast::MatchCase& mc = m.cases[i];
            if (auto err = check_pattern(*mc.pattern, mc.guard || i + 1 == m.cases.size()))
                return error(err->span, err->message);
            ast::for_each_pattern_part(
                *mc.pattern, [&](const ast::Expr& e) { expr(e, c); }, [](const std::string&, ast::Span) {});
            if (mc.guard) expr(*mc.guard, c);
            body(mc.body, c);
        }
    }

    void check_call(const ast::Expr& e, const ast::Call& call) {
        for (size_t i = 0; i < call.keywords.size(); ++i) {
            if (!call.keywords[i].arg) continue;
            for (size_t j = 0; j < i; ++j)
                if (call.keywords[j].arg == call.keywords[i].arg)
                    return error(call.keywords[i].span,
                                 fmt::format("SyntaxError: keyword argument repeated: {}", *call.keywords[i].arg));
        }
        // Running code from text needs an interpreter, which a pyco executable does not contain.
        if (auto* n = ast::as<ast::Name>(*call.func); n && (n->id == "eval" || n->id == "exec" || n->id == "compile"))
            error(e.span, fmt::format("{}() is not supported by pyco", n->id));
        static const std::set<std::string> mutators{"update", "setdefault", "pop", "popitem", "clear", "__setitem__",
                                                    "__delitem__", "__ior__"};
        if (auto* at = ast::as<ast::Attribute>(*call.func); at && is_globals_call(*at->value) && mutators.count(at->attr))
            globals_write(e);
    }

    // A process pool runs Python in other processes: a compiled program has no interpreter to start there.
    void process_pool(ast::Span span) {
        if (!library_)
            error(span, "ProcessPoolExecutor is not supported by pyco: a compiled program has no Python to run in "
                        "other processes (ThreadPoolExecutor runs the same work in threads)");
    }

    void expr(const ast::Expr& e, Context c) {
        if (auto* at = ast::as<ast::Attribute>(e); at && at->attr == "ProcessPoolExecutor") process_pool(e.span);
        if (ast::as<ast::Await>(e)) {
            if (c.fn == Context::Fn::Module || c.fn == Context::Fn::Lambda)
                return error(e.span, "SyntaxError: 'await' outside function");
            if (c.fn == Context::Fn::Sync) return error(e.span, "SyntaxError: 'await' outside async function");
        }
        if (ast::as<ast::Yield>(e) || ast::as<ast::YieldFrom>(e)) {
            if (c.fn == Context::Fn::Module) return error(e.span, "SyntaxError: 'yield' outside function");
            if (c.fn == Context::Fn::Async) {
                if (ast::as<ast::YieldFrom>(e)) return error(e.span, "SyntaxError: 'yield from' inside async function");
            }
            if (c.fn == Context::Fn::Lambda) return unsupported(e.span, "'yield' inside lambda");
        }
        if (auto* l = ast::as<ast::Lambda>(e)) {
            ast::for_each_arg_default(l->args, [&](const ast::Expr& x) { expr(x, c); });
            Context inner;
            inner.fn = Context::Fn::Lambda;
            return expr(*l->body, inner);
        }
        auto comp_async = [&](const std::vector<ast::Comprehension>& gs) {
            for (auto& g : gs)
                if (g.is_async && c.fn != Context::Fn::Async)
                    error(e.span, "SyntaxError: asynchronous comprehension outside of an asynchronous function");
        };
        if (auto* x = ast::as<ast::ListComp>(e)) comp_async(x->generators);
        if (auto* x = ast::as<ast::GeneratorExp>(e))
            for (auto& g : x->generators)
                if (g.is_async) unsupported(e.span, "asynchronous generator expressions");
        if (auto* x = ast::as<ast::SetComp>(e)) comp_async(x->generators);
        if (auto* x = ast::as<ast::DictComp>(e)) comp_async(x->generators);
        if (auto* call = ast::as<ast::Call>(e)) check_call(e, *call);
        if (auto* ne = ast::as<ast::NamedExpr>(e); ne && !ast::as<ast::Name>(*ne->target))
            return error(ne->target->span, "SyntaxError: cannot use assignment expressions with this target");
        ast::for_each_child(e, [&](const ast::Expr& x) { expr(x, c); });
    }
};

}  // namespace

void check_module(const ast::Module& m, const std::string& file, Diagnostics& diags, bool library) {
    Checker checker(file, diags, library);
    // Future statements may follow the docstring and each other only.
    for (size_t i = 0; i < m.body.size(); ++i) {
        const ast::Stmt& s = *m.body[i];
        auto* e = ast::as<ast::ExprStmt>(s);
        auto* doc = e ? ast::as<ast::Constant>(*e->value) : nullptr;
        if (i == 0 && doc && doc->kind == ast::Constant::Kind::Str) continue;
        auto* imp = ast::as<ast::ImportFrom>(s);
        if (!imp || imp->level != 0 || imp->module != "__future__") break;
        checker.leading_futures_.insert(&s);
    }
    checker.body(m.body, Context{});
}

}  // namespace pyco::sema
