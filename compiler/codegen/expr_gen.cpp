// Expressions: each operation becomes one C++ statement storing into a temporary; the returned string names
// the value (a temporary, a constant, or a checked variable read) for immediate use.
#include <fmt/format.h>

#include <functional>

#include "../ast_walk.h"
#include "cpp_text.h"
#include "function_gen.h"

namespace pyco::codegen {

static const char* binop_name(ast::BinOpKind k) {
    switch (k) {
        case ast::BinOpKind::Add: return "Add";
        case ast::BinOpKind::Sub: return "Sub";
        case ast::BinOpKind::Mult: return "Mul";
        case ast::BinOpKind::MatMult: return "MatMul";
        case ast::BinOpKind::Div: return "TrueDiv";
        case ast::BinOpKind::Mod: return "Mod";
        case ast::BinOpKind::Pow: return "Pow";
        case ast::BinOpKind::LShift: return "LShift";
        case ast::BinOpKind::RShift: return "RShift";
        case ast::BinOpKind::BitOr: return "Or";
        case ast::BinOpKind::BitXor: return "Xor";
        case ast::BinOpKind::BitAnd: return "And";
        case ast::BinOpKind::FloorDiv: return "FloorDiv";
    }
    return "Add";
}

std::string binop_cpp(ast::BinOpKind k) { return std::string("pyco::BinOp::") + binop_name(k); }

std::string FunctionGen::expr(const ast::Expr& e) {
    return std::visit(
        [&](auto& n) -> std::string {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, ast::Name>) return load_name(e, n.id);
            else if constexpr (std::is_same_v<T, ast::Constant>) return constant(n);
            else if constexpr (std::is_same_v<T, ast::JoinedStr>) return joined_str(n);
            else if constexpr (std::is_same_v<T, ast::FormattedValue>) return formatted_value(n);
            else if constexpr (std::is_same_v<T, ast::BinOp>) return binop(e, n);
            else if constexpr (std::is_same_v<T, ast::UnaryOp>) {
                std::string v = expr(*n.operand);
                std::string t = temp();
                if (n.op == ast::UnaryOpKind::Not) {
                    line(fmt::format("pyco::Object {} = pyco::not_({});", t, v));
                } else {
                    set_pos(e);
                    const char* op = n.op == ast::UnaryOpKind::USub ? "Neg" : n.op == ast::UnaryOpKind::UAdd ? "Pos" : "Invert";
                    line(fmt::format("pyco::Object {} = pyco::unop(pyco::UnOp::{}, {});", t, op, v));
                }
                return t;
            } else if constexpr (std::is_same_v<T, ast::BoolOp>) return boolop(n);
            else if constexpr (std::is_same_v<T, ast::Compare>) return compare(e, n);
            else if constexpr (std::is_same_v<T, ast::Call>) return call(e, n);
            else if constexpr (std::is_same_v<T, ast::Attribute>) {
                std::string v = expr(*n.value);
                std::string cache = names_module_global(*n.value) ? temp() : std::string();
                std::string t = temp();
                if (!cache.empty()) {
                    line(fmt::format("static pyco::ModuleAttrCache {};", cache));
                    set_pos(e);
                    line(fmt::format("pyco::Object {} = pyco::getattr_cached({}, {}, {});", t, v, cpp_string(n.attr),
                                     cache));
                } else {
                    set_pos(e);
                    line(fmt::format("pyco::Object {} = pyco::getattr({}, {});", t, v, cpp_string(n.attr)));
                }
                return t;
            } else if constexpr (std::is_same_v<T, ast::Subscript>) {
                std::string v = expr(*n.value);
                std::string k = expr(*n.slice);
                set_pos(e);
                std::string t = temp();
                line(fmt::format("pyco::Object {} = pyco::getitem({}, {});", t, v, k));
                return t;
            } else if constexpr (std::is_same_v<T, ast::Slice>) return slice(n);
            else if constexpr (std::is_same_v<T, ast::List>) return sequence(n.elts, "list");
            else if constexpr (std::is_same_v<T, ast::Tuple>) return sequence(n.elts, "tuple");
            else if constexpr (std::is_same_v<T, ast::Set>) return sequence(n.elts, "set");
            else if constexpr (std::is_same_v<T, ast::Dict>) return dict(n);
            else if constexpr (std::is_same_v<T, ast::ListComp>) return comprehension(e, n.generators, "list", n.elt.get(), nullptr);
            else if constexpr (std::is_same_v<T, ast::SetComp>) return comprehension(e, n.generators, "set", n.elt.get(), nullptr);
            else if constexpr (std::is_same_v<T, ast::DictComp>) return comprehension(e, n.generators, "dict", n.key.get(), n.value.get());
            else if constexpr (std::is_same_v<T, ast::GeneratorExp>) return generator_expression(e, n);
            else if constexpr (std::is_same_v<T, ast::Lambda>) return lambda(e, n);
            else if constexpr (std::is_same_v<T, ast::IfExp>) return if_exp(n);
            else if constexpr (std::is_same_v<T, ast::Await>) return await_expr(e, n);
            else if constexpr (std::is_same_v<T, ast::Yield> || std::is_same_v<T, ast::YieldFrom>) return yield_expr(e);
            else if constexpr (std::is_same_v<T, ast::NamedExpr>) {
                std::string v = expr(*n.value);
                std::string t = temp();
                line(fmt::format("pyco::Object {} = {};", t, v));
                store_name(ast::as<ast::Name>(*n.target)->id, t);
                return t;
            } else if constexpr (std::is_same_v<T, ast::Starred>) {
                m_.error(e.span, "SyntaxError: can't use starred expression here");
                return "pyco::None()";
            } else {
                m_.error(e.span, "this expression is not supported by pyco yet");
                return "pyco::None()";
            }
        },
        e.node);
}

std::string FunctionGen::constant(const ast::Constant& c) {
    using K = ast::Constant::Kind;
    switch (c.kind) {
        case K::None: return "pyco::None()";
        case K::True: return "pyco::bool_(true)";
        case K::False: return "pyco::bool_(false)";
        case K::Ellipsis: return "pyco::Ellipsis()";
        case K::Int:
            if (c.value.size() <= 18) return m_.constant("i" + c.value, fmt::format("pyco::int_({}LL)", c.value));
            return m_.constant("i" + c.value, fmt::format("pyco::int_from_string({})", cpp_string(c.value)));
        case K::Float: return m_.constant("f" + c.value, fmt::format("pyco::float_({})", c.value));
        case K::Imaginary: {
            // The digits may read as an octal int in C++ (`0777j` is 777j): spell them as a decimal double.
            std::string digits = c.value.find_first_of(".eE") == std::string::npos ? c.value + ".0" : c.value;
            return m_.constant("j" + c.value, fmt::format("pyco::complex_(0.0, {})", digits));
        }
        case K::Str: return m_.constant("s" + c.value, fmt::format("pyco::str_({{{}, {}}})", cpp_string(c.value), c.value.size()));
        case K::Bytes: return m_.constant("b" + c.value, fmt::format("pyco::bytes_({{{}, {}}})", cpp_string(c.value), c.value.size()));
    }
    return "pyco::None()";
}

std::string FunctionGen::binop(const ast::Expr& e, const ast::BinOp& b) {
    std::string l = expr(*b.left);
    std::string r = expr(*b.right);
    set_pos(e);
    std::string t = temp();
    line(fmt::format("pyco::Object {} = pyco::binop({}, {}, {});", t, binop_cpp(b.op), l, r));
    return t;
}

std::string FunctionGen::boolop(const ast::BoolOp& b) {
    std::string first = expr(*b.values[0]);
    std::string t = temp();
    line(fmt::format("pyco::Object {} = {};", t, inline_temp(first, Use::Statement).value_or(first)));
    // Each further operand is evaluated only when the ones before did not decide the result.
    int opened = 0;
    for (size_t i = 1; i < b.values.size(); ++i) {
        open(fmt::format("if ({}pyco::truthy({}))", b.op == ast::BoolOpKind::And ? "" : "!", t));
        ++opened;
        std::string v = expr(*b.values[i]);
        line(fmt::format("{} = {};", t, inline_temp(v, Use::Statement).value_or(v)));
    }
    while (opened--) close();
    return t;
}

static const char* cmp_name(ast::CmpOpKind k) {
    switch (k) {
        case ast::CmpOpKind::Eq: return "Eq";
        case ast::CmpOpKind::NotEq: return "Ne";
        case ast::CmpOpKind::Lt: return "Lt";
        case ast::CmpOpKind::LtE: return "Le";
        case ast::CmpOpKind::Gt: return "Gt";
        case ast::CmpOpKind::GtE: return "Ge";
        default: return nullptr;
    }
}

std::string FunctionGen::compare(const ast::Expr& e, const ast::Compare& c) {
    // Declared before the operands, so that it is destroyed after them, as CPython drops the operands first.
    std::string t = temp();
    line(fmt::format("pyco::Object {};", t));
    std::string left = expr(*c.left);
    int opened = 0;
    for (size_t i = 0; i < c.ops.size(); ++i) {
        std::string right = expr(*c.comparators[i]);
        if (i + 1 < c.ops.size()) {
            // The middle operand is used twice: keep it in a temporary.
            std::string keep = temp();
            line(fmt::format("pyco::Object {} = {};", keep, right));
            right = keep;
        }
        set_pos(e);
        std::string value;
        switch (c.ops[i]) {
            case ast::CmpOpKind::Is: value = fmt::format("pyco::bool_(pyco::is_({}, {}))", left, right); break;
            case ast::CmpOpKind::IsNot: value = fmt::format("pyco::bool_(!pyco::is_({}, {}))", left, right); break;
            case ast::CmpOpKind::In: value = fmt::format("pyco::bool_(pyco::contains({}, {}))", right, left); break;
            case ast::CmpOpKind::NotIn: value = fmt::format("pyco::bool_(!pyco::contains({}, {}))", right, left); break;
            default: value = fmt::format("pyco::compare(pyco::CmpOp::{}, {}, {})", cmp_name(c.ops[i]), left, right);
        }
        line(fmt::format("{} = {};", t, value));
        if (i + 1 < c.ops.size()) {
            open(fmt::format("if (pyco::truthy({}))", t));
            ++opened;
        }
        left = right;
    }
    while (opened--) close();
    return t;
}

std::string FunctionGen::call(const ast::Expr& e, const ast::Call& c) {
    if (auto* n = ast::as<ast::Name>(*c.func);
        n && n->id == "super" && c.args.empty() && c.keywords.empty() && kind_of("super") == sema::VarKind::Builtin &&
        kind_of("__class__") == sema::VarKind::Free)
        return super_call(e, c);
    if (is_namespace_call(c)) return namespace_call(e, c);
    std::string f = expr(*c.func);
    bool dynamic = false;  // *args or **kwargs present
    for (auto& a : c.args) dynamic |= ast::as<ast::Starred>(*a) != nullptr;
    for (auto& k : c.keywords) dynamic |= !k.arg.has_value();
    if (!dynamic) {
        std::vector<std::string> pos, kw;
        for (auto& a : c.args) pos.push_back(expr(*a));
        for (auto& k : c.keywords) kw.push_back(fmt::format("{{{}, {}}}", cpp_string(*k.arg), expr(*k.value)));
        set_pos(e);
        std::string t = temp();
        std::string args = fmt::format("{}", fmt::join(pos, ", "));
        if (kw.empty()) line(fmt::format("pyco::Object {} = pyco::call({}, {{{}}});", t, f, args));
        else line(fmt::format("pyco::Object {} = pyco::call({}, {{{}}}, {{{}}});", t, f, args, fmt::join(kw, ", ")));
        return t;
    }
    std::string args = temp();
    line(fmt::format("pyco::Object {} = pyco::list_();", args));
    for (auto& a : c.args) {
        if (auto* s = ast::as<ast::Starred>(*a)) line(fmt::format("pyco::list_extend({}, {});", args, expr(*s->value)));
        else line(fmt::format("pyco::list_append({}, {});", args, expr(*a)));
    }
    std::string kwargs = keyword_dict(c.keywords);
    set_pos(e);
    std::string t = temp();
    line(fmt::format("pyco::Object {} = pyco::call_ex({}, {}, {});", t, f, args, kwargs));
    return t;
}

std::string FunctionGen::keyword_dict(const std::vector<ast::Keyword>& keywords) {
    std::string d = temp();
    line(fmt::format("pyco::Object {} = pyco::dict_();", d));
    for (auto& k : keywords) {
        std::string v = expr(*k.value);
        if (k.arg) line(fmt::format("pyco::dict_set({}, {}, {});", d, constant({ast::Constant::Kind::Str, *k.arg}), v));
        else line(fmt::format("pyco::dict_update({}, {});", d, v));
    }
    return d;
}

// What CPython 3.11's AST optimiser folds into a constant: literals, and unary and binary operators and tuples
// over them (the folding's size limits aside).
static bool folds_to_constant(const ast::Expr& e) {
    if (ast::as<ast::Constant>(e)) return true;
    if (auto* u = ast::as<ast::UnaryOp>(e)) return folds_to_constant(*u->operand);
    if (auto* b = ast::as<ast::BinOp>(e)) return folds_to_constant(*b->left) && folds_to_constant(*b->right);
    if (auto* t = ast::as<ast::Tuple>(e)) {
        for (auto& x : t->elts)
            if (!folds_to_constant(*x)) return false;
        return true;
    }
    return false;
}

std::string FunctionGen::sequence(const std::vector<ast::ExprP>& elts, const char* kind) {
    bool starred = false, constant = elts.size() > 2;
    for (auto& x : elts) {
        starred |= ast::as<ast::Starred>(*x) != nullptr;
        constant = constant && folds_to_constant(*x);
    }
    std::string t = temp();
    if (!starred) {
        std::vector<std::string> items;
        for (auto& x : elts) items.push_back(expr(*x));
        // A set display of three or more constants is a folded frozenset copied at run time (set_const_).
        const char* make = std::string(kind) == "set" && constant ? "set_const" : kind;
        line(fmt::format("pyco::Object {} = pyco::{}_({{{}}});", t, make, fmt::join(items, ", ")));
        return t;
    }
    line(fmt::format("pyco::Object {} = pyco::list_();", t));
    for (auto& x : elts) {
        if (auto* s = ast::as<ast::Starred>(*x)) line(fmt::format("pyco::list_extend({}, {});", t, expr(*s->value)));
        else line(fmt::format("pyco::list_append({}, {});", t, expr(*x)));
    }
    if (std::string(kind) == "list") return t;
    std::string r = temp();
    if (std::string(kind) == "tuple") line(fmt::format("pyco::Object {} = pyco::list_to_tuple({});", r, t));
    else line(fmt::format("pyco::Object {} = pyco::call(pyco::builtin(\"set\"), {{{}}});", r, t));
    return r;
}

std::string FunctionGen::dict(const ast::Dict& d) {
    std::string t = temp();
    line(fmt::format("pyco::Object {} = pyco::dict_();", t));
    for (size_t i = 0; i < d.keys.size(); ++i) {
        if (!d.keys[i]) {
            line(fmt::format("pyco::dict_update({}, {});", t, expr(*d.values[i])));
            continue;
        }
        std::string k = expr(*d.keys[i]);
        std::string v = expr(*d.values[i]);
        line(fmt::format("pyco::dict_set({}, {}, {});", t, k, v));
    }
    return t;
}

std::string FunctionGen::formatted_value(const ast::FormattedValue& f) {
    std::string v = expr(*f.value);
    if (f.conversion == 'r') v = fmt::format("pyco::repr({})", v);
    else if (f.conversion == 's') v = fmt::format("pyco::str({})", v);
    else if (f.conversion == 'a') v = fmt::format("pyco::ascii({})", v);
    std::string spec = f.format_spec ? expr(*f.format_spec) : constant({ast::Constant::Kind::Str, ""});
    std::string t = temp();
    line(fmt::format("pyco::Object {} = pyco::format({}, {});", t, v, spec));
    return t;
}

std::string FunctionGen::joined_str(const ast::JoinedStr& j) {
    std::vector<std::string> parts;
    for (auto& v : j.values) parts.push_back(expr(*v));
    if (parts.size() == 1 && ast::as<ast::FormattedValue>(*j.values[0])) return parts[0];
    std::string t = temp();
    line(fmt::format("pyco::Object {} = pyco::join_strs({{{}}});", t, fmt::join(parts, ", ")));
    return t;
}

std::string FunctionGen::slice(const ast::Slice& s) {
    auto part = [&](const ast::ExprP& p) { return p ? expr(*p) : std::string("pyco::Object()"); };
    std::string lo = part(s.lower), hi = part(s.upper), st = part(s.step);
    std::string t = temp();
    line(fmt::format("pyco::Object {} = pyco::slice_({}, {}, {});", t, lo, hi, st));
    return t;
}

std::string FunctionGen::if_exp(const ast::IfExp& x) {
    std::string t = temp();
    line(fmt::format("pyco::Object {};", t));
    std::string c = truth(*x.test);
    open(fmt::format("if ({})", c));
    std::string v = expr(*x.body);
    line(fmt::format("{} = {};", t, inline_temp(v, Use::Statement).value_or(v)));
    reopen("} else {");
    v = expr(*x.orelse);
    line(fmt::format("{} = {};", t, inline_temp(v, Use::Statement).value_or(v)));
    close();
    return t;
}

std::string FunctionGen::truth(const ast::Expr& e) {
    std::string v = expr(e);
    std::string b = flag();
    line(fmt::format("bool {} = pyco::truthy({});", b, v));
    return b;
}

std::string FunctionGen::kept(const ast::Expr& e) {
    std::string v = expr(e);
    // Constants and builtins never change; a temporary just made is read by nothing else.
    if (v.rfind("k_", 0) == 0 || v.rfind("b_", 0) == 0 || v.rfind("pyco::", 0) == 0) return v;
    if (auto init = inline_temp(v, Use::Statement)) {
        line(fmt::format("pyco::Object {} = {};", v, *init));
        return v;
    }
    std::string keep = temp();
    line(fmt::format("pyco::Object {} = {};", keep, v));
    return keep;
}

std::string FunctionGen::await_expr(const ast::Expr& e, const ast::Await& a) {
    if (auto* c = ast::as<ast::Call>(*a.value); c && is_sleep_call(*c)) return await_sleep(e, *a.value, *c);
    std::string v = expr(*a.value);
    set_pos(e);
    std::string t = temp();
    line(fmt::format("pyco::Object {} = co_await {};", t, v));
    return t;
}

// A module-level variable read outside the class body: where imported modules live, so `x.attr` on it gets
// the per-site module attribute cache.
bool FunctionGen::names_module_global(const ast::Expr& e) const {
    auto* n = ast::as<ast::Name>(e);
    return n && !in_class_body() && kind_of(n->id) == sema::VarKind::Global && m_.scopes.module_globals.count(n->id);
}

// `await <x>.sleep(delay)` with one plain argument: maybe asyncio.sleep, decided when it runs.
bool FunctionGen::is_sleep_call(const ast::Call& c) {
    auto* attr = ast::as<ast::Attribute>(*c.func);
    return attr && attr->attr == "sleep" && c.args.size() == 1 && !ast::as<ast::Starred>(*c.args[0]) &&
           c.keywords.empty();
}

// When the callee is asyncio.sleep and the delay is <= 0 the await is a bare yield to the loop: awaiting the
// sleep coroutine would make the same single call_soon hop, at the cost of creating and entering a coroutine
// (about half of a task switch). An exception thrown in at that yield (a cancellation) gets the traceback entry
// of sleep's frame, as if the coroutine had run. Anything else takes the ordinary call and await.
std::string FunctionGen::await_sleep(const ast::Expr& e, const ast::Expr& call_expr, const ast::Call& c) {
    std::string f = expr(*c.func);
    std::string delay = expr(*c.args[0]);
    std::string t = temp();
    line(fmt::format("pyco::Object {};", t));
    open(fmt::format("if (pyco::is_asyncio_sleep_zero({}, {}))", f, delay));
    set_pos(e);
    open("try");
    line("co_await pyco::yield_now();");
    reopen("} catch (const pyco::PyExc& _e) {");
    line("pyco::add_sleep_frame(_e);");
    line("throw;");
    close();
    line(fmt::format("{} = pyco::None();", t));
    reopen("} else {");
    set_pos(call_expr);
    std::string coro = temp();
    line(fmt::format("pyco::Object {} = pyco::call({}, {{{}}});", coro, f, delay));
    set_pos(e);
    line(fmt::format("{} = co_await {};", t, coro));
    close();
    return t;
}

std::string FunctionGen::yield_expr(const ast::Expr& e) {
    std::string t = temp();
    if (auto* y = ast::as<ast::Yield>(e)) {
        std::string v = y->value ? expr(*y->value) : std::string("pyco::None()");
        set_pos(e);
        line(fmt::format("pyco::Object {} = co_yield {};", t, v));
        return t;
    }
    // yield from (PEP 380): send() reaches the delegate through yield_from_send, throw() and close() through the
    // promise's `delegate`; a null sent value means throw() finished the delegate. The value is its return value.
    auto* yf = ast::as<ast::YieldFrom>(e);
    std::string src = expr(*yf->value);
    set_pos(e);
    std::string it = temp(), item = temp();
    line(fmt::format("pyco::Object {} = pyco::iter({});", it, src));
    line(fmt::format("pyco::Object {} = pyco::yield_from_send({}, pyco::None());", item, it));
    open(fmt::format("while (!{}.null())", item));
    std::string sent = temp();
    line(fmt::format("pyco::Object {} = co_yield pyco::delegated({}, {});", sent, it, item));
    line(fmt::format("if ({}.null()) break;", sent));
    set_pos(e);
    line(fmt::format("{} = pyco::yield_from_send({}, {});", item, it, sent));
    close();
    line(fmt::format("pyco::Object {} = pyco::generator_return_value_or_none({});", t, it));
    return t;
}

// A comprehension is a function of its own ("<listcomp>"), called at once with the outermost iterator, which is
// evaluated here, in the enclosing scope; one that awaits is a coroutine, awaited at once.
std::string FunctionGen::comprehension(const ast::Expr& e, const std::vector<ast::Comprehension>& gens,
                                       const char* kind, const ast::Expr* elt, const ast::Expr* value) {
    std::string src = expr(*gens[0].iter);
    set_pos(e);
    std::string it = temp();
    line(fmt::format("pyco::Object {} = pyco::{}({});", it, gens[0].is_async ? "async_iter" : "iter", src));
    ast::Arguments args;
    args.args.push_back(ast::Arg{".0", nullptr, e.span});
    const void* node = std::visit([](auto& n) -> const void* { return &n; }, e.node);
    const sema::Scope* scope = m_.scopes.scope_of(node);
    std::string fn = make_function(
        *scope, args, e.span.line,
        [&](FunctionGen& gen) { gen.comprehension_body(e.span, gens, kind, elt, value); }, scope->is_async);
    set_pos(e);
    std::string t = temp();
    line(fmt::format("pyco::Object {} = pyco::call({}, {{{}}});", t, fn, it));
    if (!scope->is_async) return t;
    std::string r = temp();
    line(fmt::format("pyco::Object {} = co_await {};", r, t));
    return r;
}

void FunctionGen::comprehension_body(ast::Span where, const std::vector<ast::Comprehension>& gens,
                                     const char* kind, const ast::Expr* elt, const ast::Expr* value) {
    std::string result = temp();
    line(fmt::format("pyco::Object {} = pyco::{}_();", result, kind));
    comprehension_loop(where, gens, 0, "v_" + cpp_ident(".0"), result, kind, elt, value);
    line(fmt::format("{} {};", return_keyword(), result));
    ends_in_return_ = true;
}

void FunctionGen::comprehension_loop(ast::Span where, const std::vector<ast::Comprehension>& gens, size_t i,
                                     const std::string& first_iter, const std::string& result, const char* kind,
                                     const ast::Expr* elt, const ast::Expr* value) {
    // One C++ loop per clause, each nested in the one before. Built in a loop rather than by recursion: CPython
    // compiles comprehensions with tens of thousands of clauses, and recursing once per clause overflowed the stack.
    size_t opened = 0;
    for (; i < gens.size(); ++i, ++opened) {
        const ast::Comprehension& g = gens[i];
        std::string src = i == 0 ? first_iter : expr(*g.iter);
        set_pos(where);
        std::string it = src;
        if (i > 0) {  // the outermost iterator was made where the comprehension stands
            it = temp();
            line(fmt::format("pyco::Object {} = pyco::{}({});", it, g.is_async ? "async_iter" : "iter", src));
        }
        open("while (true)");
        std::string item = next_item(it, g.is_async);
        assign(*g.target, item);
        for (auto& cond : g.ifs) {
            std::string c = truth(*cond);
            line(fmt::format("if (!{}) continue;", c));
        }
    }
    comprehension_element(result, kind, elt, value);
    while (opened--) close();
}

// The innermost loop's body: yield the element, or add it to the result.
void FunctionGen::comprehension_element(const std::string& result, const char* kind, const ast::Expr* elt,
                                        const ast::Expr* value) {
    std::string k = expr(*elt);
    if (std::string(kind) == "genexpr") {
        set_pos(*elt);
        line(fmt::format("co_yield {};", k));
        return;
    }
    if (std::string(kind) == "dict") {
        std::string v = expr(*value);
        line(fmt::format("pyco::dict_set({}, {}, {});", result, k, v));
    } else {
        line(fmt::format("pyco::{}({}, {});", std::string(kind) == "list" ? "list_append" : "set_add", result, k));
    }
}

}  // namespace pyco::codegen
