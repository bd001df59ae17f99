// Statements. Each simple statement is one C++ block, so its temporaries die when it ends, as CPython's do
// (an unawaited coroutine warns on the line that dropped it). try/finally is lowered without C++ catch-blocks
// around user code, because a coroutine may not co_await inside a handler: the exception is captured, the
// handler runs after the try-block, and return/break/continue reach the finally body by goto.
#include <fmt/format.h>

#include <functional>

#include "../ast_walk.h"
#include "cpp_text.h"
#include "function_gen.h"

namespace pyco::codegen {

std::string binop_cpp(ast::BinOpKind k);

void FunctionGen::body(const ast::Body& b) {
    for (auto& s : b) stmt(*s);
}

void FunctionGen::lambda_body(const ast::Expr& e) {
    std::string v = expr(e);
    line(fmt::format("return {};", v));
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
    if (ast::as<ast::Pass>(s) || ast::as<ast::Global>(s) || ast::as<ast::Nonlocal>(s)) return;
    if (ast::as<ast::Break>(s)) return break_stmt();
    if (ast::as<ast::Continue>(s)) return continue_stmt();
    open("");
    simple_stmt(s);
    close();
}

void FunctionGen::simple_stmt(const ast::Stmt& s) {
    if (auto* x = ast::as<ast::ExprStmt>(s)) {
        expr(*x->value);
    } else if (auto* a = ast::as<ast::Assign>(s)) {
        std::string v = expr(*a->value);
        for (auto& t : a->targets) assign(*t, v);
    } else if (auto* a = ast::as<ast::AnnAssign>(s)) {
        if (a->value) assign(*a->target, expr(*a->value));
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

void FunctionGen::assign(const ast::Expr& target, const std::string& value) {
    if (auto* n = ast::as<ast::Name>(target)) return store_name(n->id, value);
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
        return store_name(n->id, apply(cur));
    }
    if (auto* at = ast::as<ast::Attribute>(*a.target)) {
        std::string o = expr(*at->value);
        set_pos(*a.target);
        std::string cur = temp();
        line(fmt::format("pyco::Object {} = pyco::getattr({}, {});", cur, o, cpp_string(at->attr)));
        std::string r = apply(cur);
        return line(fmt::format("pyco::setattr({}, {}, {});", o, cpp_string(at->attr), r));
    }
    auto* sub = ast::as<ast::Subscript>(*a.target);
    std::string o = expr(*sub->value);
    std::string k = expr(*sub->slice);
    set_pos(*a.target);
    std::string cur = temp();
    line(fmt::format("pyco::Object {} = pyco::getitem({}, {});", cur, o, k));
    std::string r = apply(cur);
    line(fmt::format("pyco::setitem({}, {}, {});", o, k, r));
}

void FunctionGen::function_def(const ast::Stmt& s, const ast::FunctionDef& f) {
    open("");
    // Decorators are evaluated before the function is created and applied innermost first.
    std::vector<std::string> decorators;
    for (auto& d : f.decorator_list) {
        std::string v = expr(*d);
        std::string keep = temp();
        line(fmt::format("pyco::Object {} = {};", keep, v));
        decorators.push_back(keep);
    }
    const sema::Scope* scope = m_.scopes.scope_of(&f);
    int firstlineno = f.decorator_list.empty() ? s.span.line : f.decorator_list.front()->span.line;
    std::string fn = make_function(*scope, f.args, firstlineno, [&](FunctionGen& g) { g.body(f.body); }, f.is_async,
                                   docstring(f.body));
    for (size_t i = decorators.size(); i-- > 0;) {
        set_pos(*f.decorator_list[i]);
        std::string t = temp();
        line(fmt::format("pyco::Object {} = pyco::call({}, {{{}}});", t, decorators[i], fn));
        fn = t;
    }
    store_name(f.name, fn);
    close();
}

void FunctionGen::if_stmt(const ast::If& s) {
    std::string c = fmt::format("c{}", ++tmp_);
    line(fmt::format("bool {};", c));
    open("");
    line(fmt::format("{} = {};", c, truth(*s.test)));
    close();
    open(fmt::format("if ({})", c));
    body(s.body);
    if (s.orelse.empty()) return close();
    close("} else {");
    ++indent_;
    body(s.orelse);
    close();
}

void FunctionGen::while_stmt(const ast::While& s) {
    std::string broke = s.orelse.empty() ? std::string() : fmt::format("broke{}", ++tmp_);
    if (!broke.empty()) line(fmt::format("bool {} = false;", broke));
    open("while (true)");
    std::string c = fmt::format("c{}", ++tmp_);
    line(fmt::format("bool {};", c));
    open("");
    line(fmt::format("{} = {};", c, truth(*s.test)));
    close();
    line(fmt::format("if (!{}) break;", c));
    loops_.push_back({finallies_.size(), broke});
    body(s.body);
    loops_.pop_back();
    close();
    if (!broke.empty()) {
        open(fmt::format("if (!{})", broke));
        body(s.orelse);
        close();
    }
}

// CPython 3.11 gives the loop's iter() and next() the position of the whole statement, body included, so a
// traceback through them shows the `for` line without carets.
void FunctionGen::for_stmt(const ast::Stmt& stmt, const ast::For& s) {
    std::string broke = s.orelse.empty() ? std::string() : fmt::format("broke{}", ++tmp_);
    if (!broke.empty()) line(fmt::format("bool {} = false;", broke));
    open("");
    std::string src = expr(*s.iter);
    set_pos(stmt.span);
    std::string it = temp();
    line(fmt::format("pyco::Object {} = pyco::{}({});", it, s.is_async ? "async_iter" : "iter", src));
    open("while (true)");
    set_pos(stmt.span);
    std::string item = next_item(it, s.is_async);
    open("");
    assign(*s.target, item);
    close();
    loops_.push_back({finallies_.size(), broke});
    body(s.body);
    loops_.pop_back();
    close();
    close();
    if (!broke.empty()) {
        open(fmt::format("if (!{})", broke));
        body(s.orelse);
        close();
    }
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

// return/break/continue inside try/finally: leave through the innermost finally body, which then continues
// what was started (through the next finally body out, if any).
void FunctionGen::return_stmt(const ast::Return& r) {
    return_value(r.value ? expr(*r.value) : std::string("pyco::None()"));
}

void FunctionGen::return_value(const std::string& v) {
    if (finallies_.empty()) return line(fmt::format("{} {};", return_keyword(), v));
    need_rv_ = true;
    Finally& f = finallies_.back();
    f.returns = true;
    if (v != "_rv") line(fmt::format("_rv = {};", v));
    line(fmt::format("{{ _how{} = 3; goto _finally{}; }}", f.id, f.id));
}

void FunctionGen::break_stmt() {
    Loop& loop = loops_.back();
    if (finallies_.size() > loop.finally_depth) {
        Finally& f = finallies_.back();
        f.breaks = true;
        return line(fmt::format("{{ _how{} = 1; goto _finally{}; }}", f.id, f.id));
    }
    if (!loop.broke.empty()) line(fmt::format("{} = true;", loop.broke));
    line("break;");
}

void FunctionGen::continue_stmt() {
    Loop& loop = loops_.back();
    if (finallies_.size() > loop.finally_depth) {
        Finally& f = finallies_.back();
        f.continues = true;
        return line(fmt::format("{{ _how{} = 2; goto _finally{}; }}", f.id, f.id));
    }
    line("continue;");
}

// Runs `body` so that leaving it in any way (falling off its end, an exception, return/break/continue) runs
// `cleanup` first. `cleanup` sees a pending exception in `_fexcN` and may clear it (a suppressing __exit__).
void FunctionGen::protected_block(const std::function<void()>& body, const std::function<void(int)>& cleanup) {
    int id = ++tmp_;
    open("");
    line(fmt::format("int _how{} = 0;", id));
    line(fmt::format("pyco::Object _fexc{};", id));
    finallies_.push_back({id});
    capture_exception(fmt::format("_fexc{}", id), body, false);
    Finally f = finallies_.back();
    finallies_.pop_back();
    if (f.returns || f.breaks || f.continues) line(fmt::format("_finally{}:", id));
    open("");
    // While a pending exception waits for the cleanup, it is the one being handled (it becomes the context of
    // anything the cleanup raises).
    line(fmt::format("std::optional<pyco::HandlingGuard> _handling{};", id));
    line(fmt::format("if (!_fexc{}.null()) _handling{}.emplace(_fexc{});", id, id, id));
    cleanup(id);
    close();
    line(fmt::format("if (!_fexc{}.null()) pyco::rethrow(_fexc{});", id, id));
    if (f.returns) {
        open(fmt::format("if (_how{} == 3)", id));
        return_value("_rv");
        close();
    }
    if (f.breaks) {
        open(fmt::format("if (_how{} == 1)", id));
        break_stmt();
        close();
    }
    if (f.continues) {
        open(fmt::format("if (_how{} == 2)", id));
        continue_stmt();
        close();
    }
    line(fmt::format("(void)_how{};", id));
    close();
}

// Runs `body` in a C++ try-block whose handler only records the exception in `var` (declared here unless
// `declare` is false) and the frame's traceback entry: the Python handler runs after it, where co_await is allowed.
void FunctionGen::capture_exception(const std::string& var, const std::function<void()>& body, bool declare) {
    if (declare) line(fmt::format("pyco::Object {};", var));
    open("try");
    body();
    close("} catch (const pyco::PyExc& _e) {");
    ++indent_;
    line(fmt::format("_e.add_frame({});", frame()));
    line(fmt::format("{} = _e.exc;", var));
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
        close("} catch (const pyco::PyExc& _e) {");
        ++indent_;
        line("if (!pyco::is_stop_async_iteration(_e.exc)) throw;");
        close();
    } else {
        line(fmt::format("pyco::Object {} = pyco::next({});", item, it));
    }
    line(fmt::format("if ({}.null()) break;", item));
    return item;
}

void FunctionGen::try_stmt(const ast::Try& t) {
    if (t.finalbody.empty()) return try_except(t);
    protected_block(
        [&] {
            if (t.handlers.empty()) body(t.body);
            else try_except(t);
        },
        [&](int) { body(t.finalbody); });
}

// with A as a, B as b: body  ==  with A as a: with B as b: body
void FunctionGen::with_stmt(const ast::Stmt& s, const ast::With& w, size_t item) {
    if (item == w.items.size()) return body(w.body);
    const ast::WithItem& it = w.items[item];
    open("");
    std::string mgr = expr(*it.context_expr);
    std::string exit = fmt::format("_exit{}", ++tmp_);
    line(fmt::format("pyco::Object {};", exit));
    set_pos(*it.context_expr);
    std::string value = temp();
    if (w.is_async) {
        std::string aw = temp();
        line(fmt::format("pyco::Object {} = pyco::async_with_enter({}, {});", aw, mgr, exit));
        line(fmt::format("pyco::Object {} = co_await {};", value, aw));
    } else {
        line(fmt::format("pyco::Object {} = pyco::with_enter({}, {});", value, mgr, exit));
    }
    protected_block(
        [&] {
            if (it.optional_vars) assign(*it.optional_vars, value);
            with_stmt(s, w, item + 1);
        },
        [&](int id) { with_exit(s, w.is_async, exit, id); });
    close();
}

// Calls __exit__ (or awaits __aexit__) with the pending exception, which a true result suppresses.
void FunctionGen::with_exit(const ast::Stmt& s, bool is_async, const std::string& exit, int id) {
    set_pos(s.span);
    std::string exc = fmt::format("_fexc{}", id);
    std::string result = temp();
    line(fmt::format("pyco::Object {};", result));
    open("");
    line(fmt::format("pyco::HandlingGuard _handling_exit{}({});", id, exc));
    if (is_async) {
        std::string aw = temp();
        line(fmt::format("pyco::Object {} = pyco::async_with_exit({}, {});", aw, exit, exc));
        line(fmt::format("{} = co_await {};", result, aw));
    } else {
        line(fmt::format("{} = pyco::bool_(pyco::with_exit({}, {}));", result, exit, exc));
    }
    close();
    line(fmt::format("if (!{}.null() && pyco::truthy({})) {} = pyco::Object();", exc, result, exc));
}

// except*: each clause takes the part of the (group) exception that matches it; what is left unhandled, re-raised
// or newly raised is raised on together after the last clause.
void FunctionGen::try_star(const ast::Try& t) {
    int id = ++tmp_;
    open("");
    capture_exception(fmt::format("_exc{}", id), [&] { body(t.body); });
    open(fmt::format("if (!_exc{}.null())", id));
    line(fmt::format("pyco::Object _rest{} = _exc{};", id, id));
    line(fmt::format("std::vector<pyco::Object> _raised{};", id));
    for (const ast::ExceptHandler& h : t.handlers) {
        line_directive(h.span.line);
        open(fmt::format("if (!_rest{}.null())", id));
        std::string ty = expr(*h.type);
        set_pos(h.type->span);
        std::string match = temp();
        line(fmt::format("auto [{0}, {0}_rest] = pyco::exception_group_split(_rest{1}, {2});", match, id, ty));
        line(fmt::format("_rest{} = {}_rest;", id, match));
        open(fmt::format("if (!{}.null())", match));
        open("try");
        line(fmt::format("pyco::HandlingGuard _handling{}({});", id, match));
        if (h.name) store_name(*h.name, match);
        body(h.body);
        if (h.name) store_name(*h.name, "pyco::Object()");
        close("} catch (const pyco::PyExc& _e) {");
        ++indent_;
        line(fmt::format("_e.add_frame({});", frame()));
        line(fmt::format("_raised{}.push_back(_e.exc);", id));
        close();
        close();
        close();
    }
    line(fmt::format("_raised{}.push_back(_rest{});", id, id));
    line(fmt::format("pyco::Object _reraise{} = pyco::prep_reraise_star(_exc{}, _raised{});", id, id, id));
    line(fmt::format("if (!_reraise{}.null()) pyco::rethrow(_reraise{});", id, id));
    if (!t.orelse.empty()) {
        close("} else {");
        ++indent_;
        body(t.orelse);
    }
    close();
    close();
}

void FunctionGen::try_except(const ast::Try& t) {
    if (t.is_star) return try_star(t);
    int id = ++tmp_;
    open("");
    capture_exception(fmt::format("_exc{}", id), [&] { body(t.body); });
    open(fmt::format("if (!_exc{}.null())", id));
    bool bare = false;
    for (size_t i = 0; i < t.handlers.size(); ++i) {
        const ast::ExceptHandler& h = t.handlers[i];
        line_directive(h.span.line);
        std::string match;
        if (h.type) {
            std::string ty = expr(*h.type);
            match = fmt::format("m{}", ++tmp_);
            line(fmt::format("bool {} = pyco::exception_matches(_exc{}, {});", match, id, ty));
        }
        open(match.empty() ? std::string("") : fmt::format("if ({})", match));
        line(fmt::format("pyco::HandlingGuard _handling{}(_exc{});", id, id));
        if (h.name) store_name(*h.name, fmt::format("_exc{}", id));
        body(h.body);
        if (h.name) store_name(*h.name, "pyco::Object()");
        line(fmt::format("_exc{} = pyco::Object();", id));
        close();
        if (!h.type) {
            bare = true;
            break;
        }
        open(fmt::format("if (!_exc{}.null())", id));
    }
    if (!bare) {
        line(fmt::format("pyco::rethrow(_exc{});", id));
        for (size_t i = 0; i < t.handlers.size(); ++i) close();
    }
    if (!t.orelse.empty()) {
        close("} else {");
        ++indent_;
        body(t.orelse);
    }
    close();
    close();
}

void FunctionGen::import_stmt(const ast::Stmt& s) {
    set_pos(s.span);
    if (auto* imp = ast::as<ast::Import>(s)) {
        for (auto& a : imp->names) {
            std::string top = a.name.substr(0, a.name.find('.'));
            std::string mod = fmt::format("pyco::import_module({})", cpp_string(a.asname ? a.name : top));
            store_name(a.asname ? *a.asname : top, mod);
        }
        return;
    }
    auto* imp = ast::as<ast::ImportFrom>(s);
    std::string mod = temp();
    line(fmt::format("pyco::Object {} = pyco::import_module({});", mod, cpp_string(imp->module)));
    for (auto& a : imp->names)
        store_name(a.asname ? *a.asname : a.name,
                   fmt::format("pyco::import_from({}, {})", mod, cpp_string(a.name)));
}

}  // namespace pyco::codegen
