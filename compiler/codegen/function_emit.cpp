// Emitting a Python function as C++: the function itself (prologue with its frame, locals and cells, then the
// body), the entry point that binds call arguments to parameters, its FuncInfo, and the code in the enclosing
// function that creates the function object when the `def` (or lambda) runs.
#include <fmt/format.h>

#include <algorithm>

#include "cpp_text.h"
#include "function_gen.h"

namespace pyco::codegen {

namespace {

std::string param_var(const sema::Scope& s, const std::string& name) {
    return (s.kind_of(name) == sema::VarKind::Cell ? "p_" : "v_") + cpp_ident(name);
}

std::string string_list(const std::vector<std::string>& v) {
    std::vector<std::string> q;
    for (auto& s : v) q.push_back(cpp_string(s));
    return fmt::format("{{{}}}", fmt::join(q, ", "));
}

std::vector<std::string> positional_names(const ast::Arguments& a) {
    std::vector<std::string> out;
    for (auto& x : a.posonlyargs) out.push_back(x.name);
    for (auto& x : a.args) out.push_back(x.name);
    return out;
}

std::vector<std::string> kwonly_names(const ast::Arguments& a) {
    std::vector<std::string> out;
    for (auto& x : a.kwonlyargs) out.push_back(x.name);
    return out;
}

// Declarations at the top of a function: locals that are not parameters, own cells, captured cells.
std::string prologue(const sema::Scope& s, bool return_slot) {
    std::string out;
    for (auto& [name, kind] : s.kinds) {
        bool is_param = std::find(s.params.begin(), s.params.end(), name) != s.params.end();
        if (kind == sema::VarKind::Local && !is_param) out += fmt::format("    pyco::Object v_{};\n", cpp_ident(name));
    }
    for (auto& name : s.cellvars) {
        bool is_param = std::find(s.params.begin(), s.params.end(), name) != s.params.end();
        out += fmt::format("    pyco::Object c_{} = pyco::make_cell({});\n", cpp_ident(name),
                           is_param ? "p_" + cpp_ident(name) : std::string());
    }
    for (size_t i = 0; i < s.freevars.size(); ++i)
        out += fmt::format("    pyco::Object c_{} = _fn.as<pyco::FunctionObj>()->cells[{}];\n", cpp_ident(s.freevars[i]), i);
    if (return_slot) out += "    pyco::Object _rv;\n";
    return out;
}

}  // namespace

const ast::Constant* docstring(const ast::Body& body) {
    if (body.empty()) return nullptr;
    auto* x = ast::as<ast::ExprStmt>(*body[0]);
    if (!x) return nullptr;
    auto* k = ast::as<ast::Constant>(*x->value);
    return k && k->kind == ast::Constant::Kind::Str ? k : nullptr;
}

std::string FunctionGen::make_function(const sema::Scope& scope, const ast::Arguments& args, int firstlineno,
                                       const std::function<void(FunctionGen&)>& emit_body, bool is_async,
                                       const ast::Constant* doc) {
    // Defaults are evaluated where the def runs, positional ones first.
    std::vector<std::string> defaults, kwdefaults;
    for (auto& d : args.defaults) {
        std::string v = expr(*d);
        std::string keep = temp();
        line(fmt::format("pyco::Object {} = {};", keep, v));
        defaults.push_back(keep);
    }
    for (size_t i = 0; i < args.kw_defaults.size(); ++i) {
        if (!args.kw_defaults[i]) continue;
        std::string v = expr(*args.kw_defaults[i]);
        std::string keep = temp();
        line(fmt::format("pyco::Object {} = {};", keep, v));
        kwdefaults.push_back(fmt::format("{{{}, {}}}", cpp_string(args.kwonlyargs[i].name), keep));
    }

    Kind kind = is_async ? (scope.is_generator ? Kind::AsyncGenerator : Kind::Async)
                         : scope.is_generator ? Kind::Generator : Kind::Sync;
    CodeTable& code = m_.new_code(scope.name, scope.qualname, firstlineno);
    std::string base = qualname_ident(scope.qualname);
    std::string fn = m_.unique("fn_" + base), entry = m_.unique("entry_" + base), info = m_.unique("fi_" + base);

    FunctionGen gen(m_, scope, kind, code);
    emit_body(gen);
    bool is_lambda = scope.kind == sema::Scope::Kind::Lambda;

    // The C++ function.
    // The function object is only read for its closure cells.
    std::string fn_param = kind == Kind::Sync ? "const pyco::Object&" : "pyco::Object";
    std::vector<std::string> params{scope.freevars.empty() ? fn_param : fn_param + " _fn"};
    if (kind != Kind::Sync) params.insert(params.begin(), "const pyco::CodeInfo&");
    for (auto& p : scope.params) params.push_back("[[maybe_unused]] pyco::Object " + param_var(scope, p));
    const char* ret = kind == Kind::Async            ? "pyco::Coro"
                      : kind == Kind::AsyncGenerator ? "pyco::AsyncGen"
                      : kind == Kind::Generator      ? "pyco::Gen"
                                                     : "pyco::Object";
    std::string text = fmt::format("// {} (line {})\nstatic {} {}({}) {{\n", scope.qualname, firstlineno, ret, fn,
                                   fmt::join(params, ", "));
    if (kind == Kind::Sync) text += fmt::format("    pyco::FrameGuard _fg({});\n    pyco::Frame& _f = _fg.frame;\n", code.cpp_name);
    else text += "    pyco::Frame& _f = co_await pyco::enter();\n";
    text += prologue(scope, gen.needs_return_slot());
    if (kind == Kind::Sync) {
        text += "    try {\n";
        for (size_t start = 0; start < gen.text().size();) {  // indent the body one more level
            size_t nl = gen.text().find('\n', start);
            std::string l = gen.text().substr(start, nl - start);
            text += (l.rfind("#line", 0) == 0 ? "" : "    ") + l + "\n";
            start = nl + 1;
        }
        if (!is_lambda) text += "        return pyco::None();\n";
        text += "    } catch (const pyco::PyExc& _e) {\n        _e.add_frame(_f);\n        throw;\n    }\n}\n";
    } else {
        text += gen.text();
        text += "    co_return pyco::None();\n}\n";
    }

    // Its entry point and description.
    size_t slots = scope.params.size();
    std::vector<std::string> call_args;
    if (kind != Kind::Sync) call_args.push_back(code.cpp_name);
    call_args.push_back("pyco::Object::borrow(self)");
    for (size_t i = 0; i < slots; ++i) call_args.push_back(fmt::format("std::move(s[{}])", i));
    text += fmt::format(
        "static pyco::Object {}(pyco::FunctionObj* self, const pyco::Args& a) {{\n"
        "    pyco::Object s[{}];\n"
        "    pyco::bind_args(self, a, s);\n"
        "    return {}({}){};\n}}\n",
        entry, std::max<size_t>(slots, 1), fn, fmt::join(call_args, ", "), kind == Kind::Sync ? "" : ".obj");
    m_.functions.push_back(std::move(text));
    m_.func_infos.push_back(fmt::format(
        "static const pyco::FuncInfo {}{{{}, {}, &{}, {}, {}, {}, {}, {}, {}, {}, {}}};", info, cpp_string(scope.name),
        cpp_string(scope.qualname), code.cpp_name, string_list(positional_names(args)), args.posonlyargs.size(),
        string_list(kwonly_names(args)), args.vararg ? "true" : "false", args.kwarg ? "true" : "false",
        is_async ? "true" : "false", scope.is_generator ? "true" : "false",
        doc ? cpp_string(doc->value) : std::string("nullptr")));

    // Creating the function object where the def runs.
    std::vector<std::string> cells;
    for (auto& name : scope.freevars) cells.push_back(cell_var(name));
    std::string t = temp();
    line(fmt::format("pyco::Object {} = pyco::make_function(&{}, {}, {{{}}}, {{{}}}, {{{}}});", t, info, entry,
                     fmt::join(defaults, ", "), fmt::join(kwdefaults, ", "), fmt::join(cells, ", ")));
    return t;
}

std::string FunctionGen::generator_expression(const ast::Expr& e, const ast::GeneratorExp& g) {
    // The outermost iterable is evaluated, and iter() called on it, where the expression stands.
    std::string src = expr(*g.generators[0].iter);
    set_pos(e);
    std::string it = temp();
    line(fmt::format("pyco::Object {} = pyco::iter({});", it, src));
    ast::Arguments args;
    args.args.push_back(ast::Arg{".0", nullptr, e.span});
    const sema::Scope* scope = m_.scopes.scope_of(&g);
    std::string fn = make_function(*scope, args, e.span.line,
                                   [&](FunctionGen& gen) { gen.generator_expression_body(e.span, g); }, false);
    set_pos(e);
    std::string t = temp();
    line(fmt::format("pyco::Object {} = pyco::call({}, {{{}}});", t, fn, it));
    return t;
}

void FunctionGen::generator_expression_body(ast::Span where, const ast::GeneratorExp& g) {
    comprehension_loop(where, g.generators, 0, "v_" + cpp_ident(".0"), "", "genexpr", g.elt.get(), nullptr);
}

}  // namespace pyco::codegen
