// Functions: `def`, lambda and generator expressions each become a C++ function (prologue with its frame,
// locals and cells, then the body), an entry point that binds call arguments to parameters, a FuncInfo, and the
// code in the enclosing function that creates the function object where the definition runs.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "cpp_text.h"
#include "function_gen.h"
#include "unparse.h"

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

// The FuncInfo's fields that differ from their defaults, as designated initializers.
std::string func_info_fields(const sema::Scope& scope, const ast::Arguments& args, const std::string& code,
                             bool is_async, const ast::Constant* doc) {
    std::vector<std::string> params, kwonly;
    for (auto& x : args.posonlyargs) params.push_back(x.name);
    for (auto& x : args.args) params.push_back(x.name);
    for (auto& x : args.kwonlyargs) kwonly.push_back(x.name);
    std::vector<std::string> f{".name = " + cpp_string(scope.name), ".qualname = " + cpp_string(scope.qualname),
                               ".code = &" + code};
    if (!params.empty()) f.push_back(".params = " + string_list(params));
    if (!args.posonlyargs.empty()) f.push_back(fmt::format(".posonly = {}", args.posonlyargs.size()));
    if (!kwonly.empty()) f.push_back(".kwonly = " + string_list(kwonly));
    if (args.vararg) f.push_back(".has_varargs = true");
    if (args.kwarg) f.push_back(".has_varkw = true");
    if (is_async) f.push_back(".is_async = true");
    if (scope.is_generator) f.push_back(".is_generator = true");
    if (doc) f.push_back(".doc = " + cpp_string(doc->value));
    if (args.vararg) f.push_back(".varargs = " + cpp_string(args.vararg->name));
    if (args.kwarg) f.push_back(".varkw = " + cpp_string(args.kwarg->name));
    return fmt::format("{}", fmt::join(f, ", "));
}

// Whether the C++ text refers to the variable `name` (outside string literals).
bool uses_name(const std::string& text, const std::string& name) {
    auto ident = [](char c) { return std::isalnum((unsigned char)c) || c == '_'; };
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        if (quoted) {
            if (text[i] == '\\') ++i;
            else if (text[i] == '"') quoted = false;
        } else if (text[i] == '"') {
            quoted = true;
        } else if (text.compare(i, name.size(), name) == 0 && (i == 0 || !ident(text[i - 1])) &&
                   (i + name.size() == text.size() || !ident(text[i + name.size()]))) {
            return true;
        }
    }
    return false;
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

void FunctionGen::function_def(const ast::Stmt& s, const ast::FunctionDef& f) {
    open("");
    std::vector<std::string> decos = decorators(f.decorator_list);
    const sema::Scope* scope = m_.scopes.scope_of(&f);
    int firstlineno = f.decorator_list.empty() ? s.span.line : f.decorator_list.front()->span.line;
    std::string fn = make_function(*scope, f.args, firstlineno, [&](FunctionGen& g) { g.body(f.body); }, f.is_async,
                                   docstring(f.body), f.returns.get());
    store_name(f.name, decorate(f.decorator_list, decos, fn), true);
    close();
}

// Decorators are evaluated before the function (or class) is created, and applied innermost first.
std::vector<std::string> FunctionGen::decorators(const std::vector<ast::ExprP>& list) {
    std::vector<std::string> out;
    for (auto& d : list) out.push_back(kept(*d));
    return out;
}

std::string FunctionGen::decorate(const std::vector<ast::ExprP>& list, const std::vector<std::string>& values,
                                  std::string decorated) {
    for (size_t i = values.size(); i-- > 0;) {
        set_pos(*list[i]);
        std::string t = temp();
        line(fmt::format("pyco::Object {} = pyco::call({}, {{{}}});", t, values[i], decorated));
        decorated = t;
    }
    return decorated;
}

std::string FunctionGen::lambda(const ast::Expr& e, const ast::Lambda& l) {
    const sema::Scope* s = m_.scopes.scope_of(&l);
    return make_function(*s, l.args, e.span.line, [&](FunctionGen& g) { g.lambda_body(*l.body); }, false);
}

void FunctionGen::lambda_body(const ast::Expr& e) {
    std::string v = expr(e);
    line(fmt::format("return {};", v));
    ends_in_return_ = true;
}

std::string FunctionGen::make_function(const sema::Scope& scope, const ast::Arguments& args, int firstlineno,
                                       const std::function<void(FunctionGen&)>& emit_body, bool is_async,
                                       const ast::Constant* doc, const ast::Expr* returns) {
    // Defaults are evaluated where the def runs, positional ones first.
    std::vector<std::string> defaults, kwdefaults;
    for (auto& d : args.defaults) defaults.push_back(kept(*d));
    for (size_t i = 0; i < args.kw_defaults.size(); ++i)
        if (args.kw_defaults[i])
            kwdefaults.push_back(
                fmt::format("{{{}, {}}}", cpp_string(args.kwonlyargs[i].name), kept(*args.kw_defaults[i])));
    std::string annotations = annotations_dict(args, returns);

    Kind kind = is_async ? (scope.is_generator ? Kind::AsyncGenerator : Kind::Async)
                         : scope.is_generator ? Kind::Generator : Kind::Sync;
    CodeTable& code = m_.new_code(scope.name, scope.qualname, firstlineno);
    std::string base = qualname_ident(scope.qualname);
    std::string fn = m_.unique("fn_" + base), entry = m_.unique("entry_" + base), info = m_.unique("fi_" + base);

    FunctionGen gen(m_, scope, kind, code);
    emit_body(gen);

    // The C++ function.
    // The function object is only read for its closure cells.
    std::string fn_param = kind == Kind::Sync ? "const pyco::Object&" : "pyco::Object";
    std::vector<std::string> params{scope.freevars.empty() ? fn_param : fn_param + " _fn"};
    if (kind != Kind::Sync) params.insert(params.begin(), "const pyco::CodeInfo&");
    std::string pro = prologue(scope, gen.needs_return_slot());
    for (auto& p : scope.params) {
        std::string var = param_var(scope, p);
        bool used = uses_name(gen.text(), var) || uses_name(pro, var);
        params.push_back((used ? "pyco::Object " : "[[maybe_unused]] pyco::Object ") + var);
    }
    const char* ret = kind == Kind::Async            ? "pyco::Coro"
                      : kind == Kind::AsyncGenerator ? "pyco::AsyncGen"
                      : kind == Kind::Generator      ? "pyco::Gen"
                                                     : "pyco::Object";
    std::string text = fmt::format("// {} (line {})\nstatic {} {}({}) {{\n", scope.qualname, firstlineno, ret, fn,
                                   fmt::join(params, ", "));
    if (kind == Kind::Sync) text += fmt::format("    pyco::FrameGuard _fg({});\n    pyco::Frame& _f = _fg.frame;\n", code.cpp_name);
    else if (uses_name(gen.text(), "_f")) text += "    pyco::Frame& _f = co_await pyco::enter();\n";
    else text += "    co_await pyco::enter();\n";
    text += pro;
    if (kind == Kind::Sync && m_.hide_frames) {
        text += "    (void)_f;\n    {\n" + gen.text();
        if (gen.falls_off_end()) text += "        return pyco::None();\n";
        text += "    }\n}\n";
    } else if (kind == Kind::Sync) {
        text += "    try {\n" + gen.text();
        if (gen.falls_off_end()) text += "        return pyco::None();\n";
        text += "    } catch (const pyco::PyExc& _e) {\n        _e.add_frame(_f);\n        throw;\n    }\n}\n";
    } else {
        text += gen.text();
        if (gen.falls_off_end()) text += "    co_return pyco::None();\n";
        text += "}\n";
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
    m_.func_infos.push_back(fmt::format("static const pyco::FuncInfo {}{{{}}};", info,
                                        func_info_fields(scope, args, code.cpp_name, is_async, doc)));

    // Creating the function object where the def runs.
    std::vector<std::string> cells;
    for (auto& name : scope.freevars) cells.push_back(cell_var(name));
    std::string t = temp();
    line(fmt::format("pyco::Object {} = pyco::make_function(&{}, {}, {{{}}}, {{{}}}, {{{}}});", t, info, entry,
                     fmt::join(defaults, ", "), fmt::join(kwdefaults, ", "), fmt::join(cells, ", ")));
    if (!annotations.empty()) line(fmt::format("pyco::set_annotations({}, {});", t, annotations));
    return t;
}

std::string FunctionGen::annotation(const ast::Expr& e) {
    if (!m_.lazy_annotations) return kept(e);
    auto source = [&](const ast::Expr& x) { return m_.source_text(x.span); };
    return constant({ast::Constant::Kind::Str, unparse(e, source)});
}

void FunctionGen::setup_annotations(const ast::Body& body) {
    if (sema::has_annotations(body)) store_name("__annotations__", "pyco::dict_()");
}

void FunctionGen::ann_assign(const ast::AnnAssign& a) {
    if (a.value) assign(*a.target, expr(*a.value), true);
    if (scopes_.back()->kind == sema::Scope::Kind::Function) return;  // a local's annotation is never evaluated
    auto* name = ast::as<ast::Name>(*a.target);
    if (!a.simple || !name) {
        if (!m_.lazy_annotations) expr(*a.annotation);
        return;
    }
    std::string ann = annotation(*a.annotation);
    std::string table = load_name(*a.target, "__annotations__");
    set_pos(*a.target);
    line(fmt::format("pyco::setitem({}, {}, {});", table, constant({ast::Constant::Kind::Str, name->id}), ann));
}

std::string FunctionGen::annotations_dict(const ast::Arguments& args, const ast::Expr* returns) {
    std::vector<std::pair<std::string, std::string>> items;
    auto add = [&](const std::string& name, const ast::Expr* e) {
        if (e) items.emplace_back(constant({ast::Constant::Kind::Str, name}), annotation(*e));
    };
    // CPython's compiler visits args before posonlyargs.
    for (auto& a : args.args) add(a.name, a.annotation.get());
    for (auto& a : args.posonlyargs) add(a.name, a.annotation.get());
    if (args.vararg) add(args.vararg->name, args.vararg->annotation.get());
    for (auto& a : args.kwonlyargs) add(a.name, a.annotation.get());
    if (args.kwarg) add(args.kwarg->name, args.kwarg->annotation.get());
    add("return", returns);
    if (items.empty()) return "";
    std::string d = temp();
    line(fmt::format("pyco::Object {} = pyco::dict_();", d));
    for (auto& [k, v] : items) line(fmt::format("pyco::dict_set({}, {}, {});", d, k, v));
    return d;
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
