// globals(), locals(), vars() and dir() without arguments. Compiled code keeps its variables in C++ locals and
// statics, not in dicts, so these calls build the dict CPython's frame would show, in CPython's order, when they
// run. Writing through the dict does not change the variables: checks.cpp rejects `globals()[k] = v` and its
// kin, which would silently do nothing here.
#include "function_gen.h"

#include <algorithm>
#include <fmt/format.h>

#include "cpp_text.h"

namespace pyco::codegen {

namespace {

// A function's parameters in the order CPython's code object lists them (co_varnames): positional-only and
// positional, keyword-only, then *args and **kwargs.
std::vector<std::string> code_order_params(const sema::Scope& s) {
    const ast::Arguments* a = nullptr;
    if (s.kind == sema::Scope::Kind::Function) a = &static_cast<const ast::FunctionDef*>(s.node)->args;
    if (s.kind == sema::Scope::Kind::Lambda) a = &static_cast<const ast::Lambda*>(s.node)->args;
    std::vector<std::string> out;
    if (!a) return out;
    for (auto& x : a->posonlyargs) out.push_back(x.name);
    for (auto& x : a->args) out.push_back(x.name);
    for (auto& x : a->kwonlyargs) out.push_back(x.name);
    if (a->vararg) out.push_back(a->vararg->name);
    if (a->kwarg) out.push_back(a->kwarg->name);
    return out;
}

}  // namespace

// Whether `c` is one of these calls to the builtin (not to a variable of the same name).
bool FunctionGen::is_namespace_call(const ast::Call& c) const {
    auto* n = ast::as<ast::Name>(*c.func);
    if (!n || (n->id != "globals" && n->id != "locals" && n->id != "vars" && n->id != "dir")) return false;
    if (kind_of(n->id) != sema::VarKind::Builtin || m_.scopes.module_globals.count(n->id)) return false;
    // vars(x) and dir(x) are ordinary builtins; globals() and locals() take no arguments at all.
    return n->id == "globals" || n->id == "locals" || (c.args.empty() && c.keywords.empty());
}

std::string FunctionGen::namespace_call(const ast::Expr& e, const ast::Call& c) {
    const std::string& name = ast::as<ast::Name>(*c.func)->id;
    if (!c.args.empty() || !c.keywords.empty()) {
        m_.error(e.span, fmt::format("TypeError: {}() takes no arguments ({} given)", name,
                                     c.args.size() + c.keywords.size()));
        return "pyco::None()";
    }
    std::string ns = name == "globals" ? "pyco::module_namespace(module_object)" : frame_locals();
    if (name != "dir") return ns;
    set_pos(e);
    std::string t = temp();
    line(fmt::format("pyco::Object {} = pyco::call({}, {{{}}});", t, m_.builtin("sorted"), ns));
    return t;
}

// The running frame's f_locals: the module's namespace at module level, the namespace being filled in a class
// body, and in a function a new dict of its bound variables in co_varnames order, then its cells and free
// variables.
std::string FunctionGen::frame_locals() {
    const sema::Scope& s = *scopes_.back();
    if (s.kind == sema::Scope::Kind::Module) return "pyco::module_namespace(module_object)";
    if (in_class_body()) return class_ns_.back();
    std::vector<std::string> order = code_order_params(s);
    auto listed = [&](const std::string& n) { return std::find(order.begin(), order.end(), n) != order.end(); };
    for (auto& n : s.bind_order)
        if (kind_of(n) == sema::VarKind::Local && !listed(n)) order.push_back(n);
    for (auto& n : s.bind_order)
        if (kind_of(n) == sema::VarKind::Cell && !listed(n)) order.push_back(n);
    for (auto& n : s.freevars)
        if (!listed(n)) order.push_back(n);
    std::string d = temp();
    line(fmt::format("pyco::Object {} = pyco::dict_();", d));
    for (auto& n : order) {
        if (n.empty() || n[0] == '.') continue;  // a comprehension's hidden iterator argument
        std::string value = kind_of(n) == sema::VarKind::Local ? "v_" + cpp_ident(n)
                                                               : fmt::format("pyco::cell_ref({})", cell_var(n));
        line(fmt::format("pyco::locals_add({}, {}, {});", d, constant({ast::Constant::Kind::Str, n}), value));
    }
    return d;
}

}  // namespace pyco::codegen
