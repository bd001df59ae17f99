// Statements. Each simple statement is one C++ block, so its temporaries die when it ends, as CPython's do
// (an unawaited coroutine warns on the line that dropped it); a statement that needs no temporary needs no block.
// match is in match_gen.cpp, try and with in try_gen.cpp, def in def_gen.cpp, class in class_gen.cpp.
#include <fmt/format.h>

#include <functional>

#include "../ast_walk.h"
#include "cpp_text.h"
#include "function_gen.h"

namespace pyco::codegen {

std::string binop_cpp(ast::BinOpKind k);

namespace {

// Whether control never reaches the end of the body: it ends by returning or raising.
bool ends_in_return(const ast::Body& b) {
    return !b.empty() && (ast::as<ast::Return>(*b.back()) || ast::as<ast::Raise>(*b.back()));
}

}  // namespace

void FunctionGen::body(const ast::Body& b) {
    stmts(b);
    ends_in_return_ = ends_in_return(b);
}

void FunctionGen::stmts(const ast::Body& b) {
    for (auto& s : b) stmt(*s);
}

void FunctionGen::stmt(const ast::Stmt& s) {
    line_directive(s.span.line);
    if (auto* f = ast::as<ast::FunctionDef>(s)) return function_def(s, *f);
    if (auto* c = ast::as<ast::ClassDef>(s)) return class_def(s, *c);
    if (auto* x = ast::as<ast::If>(s)) return if_stmt(*x);
    if (auto* x = ast::as<ast::While>(s)) return while_stmt(*x);
    if (auto* x = ast::as<ast::For>(s)) return for_stmt(s, *x);
    if (auto* x = ast::as<ast::Try>(s)) return try_stmt(*x);
    if (auto* x = ast::as<ast::With>(s)) return with_stmt(s, *x, 0);
    if (auto* x = ast::as<ast::Match>(s)) return match_stmt(*x);
    if (ast::as<ast::Pass>(s) || ast::as<ast::Global>(s) || ast::as<ast::Nonlocal>(s)) return;
    if (ast::as<ast::Break>(s)) return jump(How::Break);
    if (ast::as<ast::Continue>(s)) return jump(How::Continue);
    open("");
    simple_stmt(s);
    close();
}

void FunctionGen::simple_stmt(const ast::Stmt& s) {
    if (auto* x = ast::as<ast::ExprStmt>(s)) {
        discard(expr(*x->value));
    } else if (auto* a = ast::as<ast::Assign>(s)) {
        std::string v = expr(*a->value);
        for (auto& t : a->targets) assign(*t, v, a->targets.size() == 1);
    } else if (auto* a = ast::as<ast::AnnAssign>(s)) {
        ann_assign(*a);
    } else if (auto* a = ast::as<ast::AugAssign>(s)) {
        aug_assign(*a);
    } else if (auto* r = ast::as<ast::Return>(s)) {
        return_stmt(*r);
    } else if (auto* r = ast::as<ast::Raise>(s)) {
        raise_stmt(s, *r);
    } else if (auto* a = ast::as<ast::Assert>(s)) {
        std::string c = truth(*a->test);
        open(fmt::format("if (!{})", c));
        std::string msg = a->msg ? expr(*a->msg) : std::string();
        set_pos(s.span);
        if (msg.empty()) line("pyco::raise_(pyco::type_object(pyco::AssertionErrorType));");
        else line(fmt::format("pyco::raise_(pyco::call(pyco::type_object(pyco::AssertionErrorType), {{{}}}));", msg));
        close();
    } else if (auto* d = ast::as<ast::Delete>(s)) {
        for (auto& t : d->targets) {
            if (auto* n = ast::as<ast::Name>(*t)) delete_name(*t, n->id);
            else if (auto* sub = ast::as<ast::Subscript>(*t)) {
                std::string o = expr(*sub->value), k = expr(*sub->slice);
                set_pos(*t);
                line(fmt::format("pyco::delitem({}, {});", o, k));
            } else if (auto* at = ast::as<ast::Attribute>(*t)) {
                std::string o = expr(*at->value);
                set_pos(*t);
                line(fmt::format("pyco::delattr({}, {});", o, cpp_string(at->attr)));
            } else {
                m_.error(t->span, "this 'del' target is not supported by pyco yet");
            }
        }
    } else if (ast::as<ast::Import>(s) || ast::as<ast::ImportFrom>(s)) {
        import_stmt(s);
    } else {
        m_.error(s.span, "this statement is not supported by pyco yet");
    }
}

// The value of an expression statement is dropped where the statement ends: the operation that made it is
// written as a statement of its own.
void FunctionGen::discard(const std::string& value) {
    if (auto init = inline_temp(value, Use::Statement)) line(*init + ";");
}

void FunctionGen::assign(const ast::Expr& target, const std::string& value, bool fresh) {
    if (auto* n = ast::as<ast::Name>(target)) return store_name(n->id, value, fresh);
    if (auto* a = ast::as<ast::Attribute>(target)) {
        std::string o = expr(*a->value);
        set_pos(target);
        return line(fmt::format("pyco::setattr({}, {}, {});", o, cpp_string(a->attr), value));
    }
    if (auto* s = ast::as<ast::Subscript>(target)) {
        std::string o = expr(*s->value);
        std::string k = expr(*s->slice);
        set_pos(target);
        return line(fmt::format("pyco::setitem({}, {}, {});", o, k, value));
    }
    const std::vector<ast::ExprP>* elts = nullptr;
    if (auto* t = ast::as<ast::Tuple>(target)) elts = &t->elts;
    if (auto* l = ast::as<ast::List>(target)) elts = &l->elts;
    if (!elts) return m_.error(target.span, "this assignment target is not supported by pyco yet");
    size_t star = elts->size();
    for (size_t i = 0; i < elts->size(); ++i)
        if (ast::as<ast::Starred>(*(*elts)[i])) star = i;
    set_pos(target);
    std::string parts = temp();
    if (star == elts->size())
        line(fmt::format("std::vector<pyco::Object> {} = pyco::unpack({}, {});", parts, value, elts->size()));
    else
        line(fmt::format("std::vector<pyco::Object> {} = pyco::unpack({}, {}, true, {});", parts, value, star,
                         elts->size() - star - 1));
    for (size_t i = 0; i < elts->size(); ++i) {
        const ast::Expr& t = *(*elts)[i];
        const ast::Expr& inner = ast::as<ast::Starred>(t) ? *ast::as<ast::Starred>(t)->value : t;
        assign(inner, fmt::format("{}[{}]", parts, i));
    }
}

void FunctionGen::aug_assign(const ast::AugAssign& a) {
    auto apply = [&](const std::string& current) {
        std::string v = expr(*a.value);
        set_pos(ast::Span{a.target->span.line, a.target->span.col, a.value->span.end_line, a.value->span.end_col});
        std::string t = temp();
        line(fmt::format("pyco::Object {} = pyco::inplace_binop({}, {}, {});", t, binop_cpp(a.op), current, v));
        return t;
    };
    if (auto* n = ast::as<ast::Name>(*a.target)) {
        std::string cur = load_name(*a.target, n->id);
        return store_name(n->id, apply(cur), true);
    }
    // The object and the key are evaluated once, for the read and for the write.
    auto* at = ast::as<ast::Attribute>(*a.target);
    auto* sub = ast::as<ast::Subscript>(*a.target);
    std::string o = expr(at ? *at->value : *sub->value);
    std::string key = at ? cpp_string(at->attr) : expr(*sub->slice);
    set_pos(*a.target);
    std::string cur = temp();
    line(fmt::format("pyco::Object {} = pyco::{}({}, {});", cur, at ? "getattr" : "getitem", o, key));
    std::string r = apply(cur);
    line(fmt::format("pyco::{}({}, {}, {});", at ? "setattr" : "setitem", o, key, r));
}

// The truth of a statement's test, in a C++ bool: the test's temporaries die before the body runs.
std::string FunctionGen::test_flag(const ast::Expr& test) {
    std::string c = flag();
    line(fmt::format("bool {};", c));
    open("");
    std::string v = expr(test);
    line(fmt::format("{} = pyco::truthy({});", c, inline_temp(v, Use::Argument).value_or(v)));
    close();
    return c;
}

void FunctionGen::if_stmt(const ast::If& s) {
    open(fmt::format("if ({})", test_flag(*s.test)));
    stmts(s.body);
    if (!s.orelse.empty()) {
        reopen("} else {");
        stmts(s.orelse);
    }
    close();
}

void FunctionGen::while_stmt(const ast::While& s) {
    std::string broke = loop_else_flag(s.orelse);
    open("while (true)");
    line("pyco::loop_tick();");
    line(fmt::format("if (!{}) break;", test_flag(*s.test)));
    loop_body(s.body, broke);
    close();
    loop_else(s.orelse, broke);
}

// CPython 3.11 gives the loop's iter() and next() the position of the whole statement, body included, so a
// traceback through them shows the `for` line without carets.
void FunctionGen::for_stmt(const ast::Stmt& stmt, const ast::For& s) {
    std::string broke = loop_else_flag(s.orelse);
    open("");
    std::string src = expr(*s.iter);
    set_pos(stmt.span);
    std::string it = temp();
    line(fmt::format("pyco::Object {} = pyco::{}({});", it, s.is_async ? "async_iter" : "iter", src));
    open("while (true)");
    line("pyco::loop_tick();");
    set_pos(stmt.span);
    std::string item = next_item(it, s.is_async);
    open("");
    assign(*s.target, item);
    close();
    loop_body(s.body, broke);
    close();
    close();
    loop_else(s.orelse, broke);
}

// A loop with an else clause: `break` sets the flag that skips it.
std::string FunctionGen::loop_else_flag(const ast::Body& orelse) {
    if (orelse.empty()) return {};
    std::string broke = fmt::format("broke{}", ++tmp_);
    line(fmt::format("bool {} = false;", broke));
    return broke;
}

void FunctionGen::loop_body(const ast::Body& body, const std::string& broke) {
    loops_.push_back({finallies_.size(), broke});
    stmts(body);
    loops_.pop_back();
}

void FunctionGen::loop_else(const ast::Body& orelse, const std::string& broke) {
    if (broke.empty()) return;
    open(fmt::format("if (!{})", broke));
    stmts(orelse);
    close();
}

// The next item of a loop over `it` (a C++ variable `itemN`), ending the enclosing C++ loop when there is none.
std::string FunctionGen::next_item(const std::string& it, bool is_async) {
    std::string item = temp();
    if (is_async) {
        // The loop ends when __anext__'s awaitable raises StopAsyncIteration.
        std::string aw = temp();
        line(fmt::format("pyco::Object {} = pyco::async_next({});", aw, it));
        line(fmt::format("pyco::Object {};", item));
        open("try");
        line(fmt::format("{} = co_await {};", item, aw));
        reopen("} catch (const pyco::PyExc& _e) {");
        line("if (!pyco::is_stop_async_iteration(_e.exc)) throw;");
        close();
    } else {
        line(fmt::format("pyco::Object {} = pyco::next({});", item, it));
    }
    line(fmt::format("if ({}.null()) break;", item));
    return item;
}

void FunctionGen::raise_stmt(const ast::Stmt& s, const ast::Raise& r) {
    if (!r.exc) {
        set_pos(s.span);
        return line("pyco::reraise();");
    }
    std::string e = expr(*r.exc);
    std::string c = r.cause ? expr(*r.cause) : std::string();
    set_pos(s.span);
    if (c.empty()) line(fmt::format("pyco::raise_({});", e));
    else line(fmt::format("pyco::raise_from({}, {});", e, c));
}

// `import a.b` binds a (import_top); `import a.b as c` binds the module a.b itself. A relative import is made
// absolute here, where the module's package is known; one that leaves it raises when it runs, as in CPython.
void FunctionGen::import_stmt(const ast::Stmt& s) {
    set_pos(s.span);
    if (auto* imp = ast::as<ast::Import>(s)) {
        for (auto& a : imp->names) {
            if (a.asname) store_name(*a.asname, fmt::format("pyco::import_module({})", cpp_string(a.name)));
            else store_name(a.name.substr(0, a.name.find('.')), fmt::format("pyco::import_top({})", cpp_string(a.name)));
        }
        return;
    }
    auto* imp = ast::as<ast::ImportFrom>(s);
    sema::RelativeName from = sema::resolve_relative(m_.id, imp->level, imp->module);
    if (!from.name) return line(fmt::format("pyco::raise_relative_import_error({});", from.has_parent));
    std::vector<std::string> names;
    for (auto& a : imp->names) names.push_back(a.name);
    std::string mod = temp();
    line(fmt::format("pyco::Object {} = pyco::import_for_from({}, {});", mod, cpp_string(*from.name),
                     names_array(names)));
    for (auto& a : imp->names) {
        if (a.name == "*") line(fmt::format("pyco::import_star({}, module_object);", mod));
        else store_name(a.asname ? *a.asname : a.name, fmt::format("pyco::import_from({}, {})", mod, cpp_string(a.name)));
    }
}

}  // namespace pyco::codegen
