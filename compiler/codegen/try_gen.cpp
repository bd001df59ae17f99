// try, with, and the jumps that leave them. A coroutine may not co_await inside a C++ catch-block, and Python
// allows `await` in handlers, so user code never runs in one: the exception is captured, the handlers run after
// the C++ try-block, and return/break/continue reach a finally body (or __exit__) by goto, then go on with the
// jump they started (kHowBreak, kHowContinue, kHowReturn).
#include <fmt/format.h>

#include <functional>
#include <utility>

#include "cpp_text.h"
#include "function_gen.h"

namespace pyco::codegen {

namespace {


// Whether the C++ after the body is unreachable: it ends by leaving (return, raise, break, continue).
bool ends_in_jump(const ast::Body& b) {
    if (b.empty()) return false;
    const ast::Stmt& s = *b.back();
    return ast::as<ast::Return>(s) || ast::as<ast::Raise>(s) || ast::as<ast::Break>(s) || ast::as<ast::Continue>(s);
}

}  // namespace

void FunctionGen::try_stmt(const ast::Try& t) {
    if (t.finalbody.empty()) return try_except(t);
    protected_block(
        [&] {
            if (t.handlers.empty()) stmts(t.body);
            else try_except(t);
        },
        [&](int) { stmts(t.finalbody); });
}

// Runs `body` in a C++ try-block whose handler only records the exception in `var` (declared here unless
// `declare` is false) and the frame's traceback entry: the Python handler runs after it, where co_await is allowed.
void FunctionGen::capture_exception(const std::string& var, const std::function<void()>& body, bool declare) {
    if (declare) line(fmt::format("pyco::Object {};", var));
    open("try");
    body();
    reopen("} catch (const pyco::PyExc& _e) {");
    line(fmt::format("_e.add_frame({});", frame()));
    line(fmt::format("{} = _e.exc;", var));
    close();
}

// One chain of `if (matches A) {...} else if (matches B) {...} else { rethrow }`. A clause's type is evaluated only
// when the clauses before it did not match; when that takes statements of their own, they open an `else` block.
void FunctionGen::try_except(const ast::Try& t) {
    if (t.is_star) return try_star(t);
    int id = ++tmp_;
    std::string exc = fmt::format("_exc{}", id);
    open("");
    capture_exception(exc, [&] { stmts(t.body); });
    open(fmt::format("if (!{}.null())", exc));
    bool chain = false, caught_all = false;
    int nested = 0;
    for (const ast::ExceptHandler& h : t.handlers) {
        size_t mark = out_.size();
        line_directive(h.span.line);
        if (!h.type) {
            if (chain) reopen("} else {");
            handler_body(h, id);
            caught_all = true;
            break;
        }
        std::string ty = expr(*h.type);
        ty = inline_temp(ty, Use::Operand).value_or(ty);
        std::string cond = fmt::format("pyco::exception_matches({}, {})", exc, ty);
        cond = std::exchange(pending_pos_, {}) + cond;  // `if (_f.pos = N; ...)`
        bool own_statements = false;
        for (size_t at = mark; at < out_.size(); at = out_.find('\n', at) + 1)
            own_statements |= out_.compare(at, 5, "#line") != 0;
        if (!chain) {
            open(fmt::format("if ({})", cond));
            chain = true;
        } else if (!own_statements) {
            reopen(fmt::format("}} else if ({}) {{", cond));  // after the #line directive
        } else {
            std::string statements = out_.substr(mark);
            out_.resize(mark);
            reopen("} else {");
            out_ += statements;
            open(fmt::format("if ({})", cond));
            ++nested;
        }
        handler_body(h, id);
    }
    if (!caught_all) {
        if (chain) reopen("} else {");
        line(fmt::format("pyco::rethrow({});", exc));
    }
    if (chain) close();
    for (; nested > 0; --nested) close();
    if (!t.orelse.empty()) {
        reopen("} else {");
        stmts(t.orelse);
    }
    close();
    close();
}

// The clause runs with its exception as the one being handled; `except E as name` unbinds the name after it.
void FunctionGen::handler_body(const ast::ExceptHandler& h, int id) {
    std::string exc = fmt::format("_exc{}", id);
    line(fmt::format("pyco::HandlingGuard _handling{}({});", id, exc));
    if (h.name) store_name(*h.name, exc);
    stmts(h.body);
    if (h.name && !ends_in_jump(h.body)) store_name(*h.name, "pyco::Object()");
}

// except*: each clause takes the part of the (group) exception that matches it; what is left unhandled, re-raised
// or newly raised is raised on together after the last clause.
void FunctionGen::try_star(const ast::Try& t) {
    int id = ++tmp_;
    open("");
    capture_exception(fmt::format("_exc{}", id), [&] { stmts(t.body); });
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
        stmts(h.body);
        if (h.name && !ends_in_jump(h.body)) store_name(*h.name, "pyco::Object()");
        reopen("} catch (const pyco::PyExc& _e) {");
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
        reopen("} else {");
        stmts(t.orelse);
    }
    close();
    close();
}

// Runs `body` so that leaving it in any way (falling off its end, an exception, return/break/continue) runs
// `cleanup` first. `cleanup` sees a pending exception in `_fexcN` and may clear it (a suppressing __exit__).
void FunctionGen::protected_block(const std::function<void()>& body, const std::function<void(int)>& cleanup) {
    int id = ++tmp_;
    open("");
    size_t how_at = out_.size();
    line(fmt::format("How _how{} = kHowNone;", id));
    line(fmt::format("pyco::Object _fexc{};", id));
    finallies_.push_back({id, how_at});
    capture_exception(fmt::format("_fexc{}", id), body, false);
    Finally f = finallies_.back();
    finallies_.pop_back();
    if (f.returns || f.breaks || f.continues) {
        m_.uses_how = true;
        line(fmt::format("_finally{}:", id));
    } else {
        // No jump goes through the cleanup: nothing to remember.
        out_.erase(how_at, out_.find('\n', how_at) + 1 - how_at);
        --blocks_.back().declares;
    }
    open("");
    // While a pending exception waits for the cleanup, it is the one being handled (it becomes the context of
    // anything the cleanup raises).
    line(fmt::format("std::optional<pyco::HandlingGuard> _handling{};", id));
    line(fmt::format("if (!_fexc{}.null()) _handling{}.emplace(_fexc{});", id, id, id));
    cleanup(id);
    close();
    line(fmt::format("if (!_fexc{}.null()) pyco::rethrow(_fexc{});", id, id));
    // Then the jump that was interrupted goes on.
    if (f.returns) if_line(fmt::format("_how{} == kHowReturn", id), [&] { return_value("_rv"); });
    if (f.breaks) if_line(fmt::format("_how{} == kHowBreak", id), [&] { jump(How::Break); });
    if (f.continues) if_line(fmt::format("_how{} == kHowContinue", id), [&] { jump(How::Continue); });
    close();
}

// with A as a, B as b: body  ==  with A as a: with B as b: body
void FunctionGen::with_stmt(const ast::Stmt& s, const ast::With& w, size_t item) {
    if (item == w.items.size()) return stmts(w.body);
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

// return/break/continue inside try/finally or with: leave through the innermost cleanup, which then goes on
// with the jump (through the next cleanup out, if any).
void FunctionGen::return_stmt(const ast::Return& r) {
    return_value(r.value ? expr(*r.value) : std::string("pyco::None()"));
}

void FunctionGen::return_value(const std::string& v) {
    std::string value = inline_temp(v, Use::Operand).value_or(v);
    if (finallies_.empty()) return line(fmt::format("{} {};", return_keyword(), value));
    need_rv_ = true;
    if (v != "_rv") line(fmt::format("_rv = {};", value));
    jump_through_finally(How::Return);
}

void FunctionGen::jump(How how) {
    Loop& loop = loops_.back();
    if (finallies_.size() > loop.finally_depth) return jump_through_finally(how);
    if (how == How::Break && !loop.broke.empty()) line(fmt::format("{} = true;", loop.broke));
    line(how == How::Break ? "break;" : "continue;");
}

void FunctionGen::jump_through_finally(How how) {
    Finally& f = finallies_.back();
    (how == How::Break ? f.breaks : how == How::Continue ? f.continues : f.returns) = true;
    const char* code = how == How::Break ? "kHowBreak" : how == How::Continue ? "kHowContinue" : "kHowReturn";
    line(fmt::format("{{ _how{0} = {1}; goto _finally{0}; }}", f.id, code));
}

}  // namespace pyco::codegen
