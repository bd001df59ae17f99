// Class statements, as CPython's __build_class__ runs them: the runtime first finds the metaclass and the
// namespace its __prepare__ gives (prepare_class); the body runs inline, in a frame of its own named after the
// class (as CPython's class body function shows in tracebacks), binding its names in that namespace; then the
// runtime calls the metaclass with the name, the bases, the namespace and the keywords (build_class).
#include <fmt/format.h>

#include "../sema/builtin_names.h"
#include "cpp_text.h"
#include "function_gen.h"

namespace pyco::codegen {

void FunctionGen::class_def(const ast::Stmt& s, const ast::ClassDef& c) {
    const sema::Scope* scope = m_.scopes.scope_of(&c);
    open("");
    std::vector<std::string> decos = decorators(c.decorator_list);
    std::string bases = sequence(c.bases, "tuple");
    std::string keywords = c.keywords.empty() ? "pyco::Object()" : keyword_dict(c.keywords);
    std::string prepared = fmt::format("_pc{}", ++tmp_);
    set_pos(s.span);
    line(fmt::format("pyco::PreparedClass {} = pyco::prepare_class({}, {}, {});", prepared,
                     constant({ast::Constant::Kind::Str, c.name}), bases, keywords));
    bool class_cell = scope->kind_of("__class__") == sema::VarKind::Cell;
    if (class_cell) line("pyco::Object c___class__ = pyco::make_cell();");
    class_body(s, c, *scope, prepared + ".ns", class_cell);
    set_pos(s.span);
    std::string cls = temp();
    line(fmt::format("pyco::Object {} = pyco::build_class({}, {});", cls, prepared,
                     class_cell ? "c___class__" : "pyco::Object()"));
    store_name(c.name, decorate(c.decorator_list, decos, cls), true);
    close();
}

void FunctionGen::class_body(const ast::Stmt& s, const ast::ClassDef& c, const sema::Scope& scope,
                             const std::string& ns, bool class_cell) {
    CodeTable& code = m_.new_code(c.name, scope.qualname, s.span.line);
    std::string guard = fmt::format("_cf{}", ++tmp_);
    open("");
    line(fmt::format("pyco::FrameGuard {}({});", guard, code.cpp_name));
    scopes_.push_back(&scope);
    class_ns_.push_back(ns);
    codes_.push_back(&code);
    frames_.push_back(guard + ".frame");
    open("try");
    auto bind = [&](const char* name, const std::string& value) {
        line(fmt::format("pyco::class_namespace_set({}, {}, {});", ns, constant({ast::Constant::Kind::Str, name}),
                         value));
    };
    set_pos(s.span);
    bind("__module__", constant({ast::Constant::Kind::Str, m_.id.name}));
    bind("__qualname__", constant({ast::Constant::Kind::Str, scope.qualname}));
    setup_annotations(c.body);  // before the docstring, as CPython 3.11's compiler_body
    if (const ast::Constant* doc = docstring(c.body)) bind("__doc__", constant(*doc));
    for (auto& st : c.body) stmt(*st);
    if (class_cell) bind("__classcell__", "c___class__");
    reopen("} catch (const pyco::PyExc& _e) {");
    line(fmt::format("_e.add_frame({}.frame);", guard));
    line("throw;");
    close();
    frames_.pop_back();
    codes_.pop_back();
    class_ns_.pop_back();
    scopes_.pop_back();
    close();
}

// A name read in a class body: the namespace first, then what the name is outside the class (LOAD_NAME and
// LOAD_CLASSDEREF).
std::string FunctionGen::class_fallback_load(const ast::Expr& e, const std::string& name) {
    set_pos(e);
    std::string t = temp();
    line(fmt::format("pyco::Object {} = pyco::class_namespace_get({}, {});", t, class_ns_.back(), cpp_string(name)));
    open(fmt::format("if ({}.null())", t));
    sema::VarKind k = kind_of(name);
    std::string q = cpp_string(name);
    if (k == sema::VarKind::Free || k == sema::VarKind::Cell) {
        line(fmt::format("{} = pyco::load_cell({}, {}, true);", t, cell_var(name), q));
    } else if (m_.scopes.module_globals.count(name)) {
        std::string fallback = sema::is_builtin_name(name) ? m_.builtin(name) : "pyco::Object()";
        line(fmt::format("{} = pyco::load_global({}, {}, {});", t, m_.global(name), fallback, q));
    } else if (sema::is_builtin_name(name)) {
        line(fmt::format("{} = {};", t, m_.builtin(name)));
    } else {
        line(fmt::format("pyco::raise_name_error({});", q));
    }
    close();
    return t;
}

// super() with no arguments: super(__class__, <first argument of the method>).
std::string FunctionGen::super_call(const ast::Expr& e, const ast::Call&) {
    set_pos(e);
    std::string t = temp();
    std::string klass = fmt::format("pyco::load_cell({}, \"__class__\", true)", cell_var("__class__"));
    const auto& params = scopes_.back()->params;
    if (params.empty()) {
        line(fmt::format("pyco::raise(pyco::RuntimeErrorType, \"super(): no arguments\");"));
        return "pyco::None()";
    }
    const std::string& first = params.front();
    std::string self = kind_of(first) == sema::VarKind::Cell
                           ? fmt::format("pyco::load_cell({}, {}, false)", cell_var(first), cpp_string(first))
                           : fmt::format("pyco::load_local(v_{}, {})", cpp_ident(first), cpp_string(first));
    line(fmt::format("pyco::Object {} = pyco::super_zero({}, {});", t, klass, self));
    return t;
}

}  // namespace pyco::codegen
