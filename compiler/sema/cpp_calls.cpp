#include "cpp_calls.h"

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join

#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "../ast_walk.h"
#include "../cxx/py_mapping.h"
#include "imports.h"

namespace pyco::sema {

namespace {

// Calls on_stmt and on_expr on every statement and expression of `body`, nested functions, classes, lambdas and
// comprehensions included: a C++ module may be imported and called at any depth.
template <class FE> void visit_expr(const ast::Expr& e, FE& on_expr) {
    on_expr(e);
    ast::for_each_child(e, [&](const ast::Expr& x) { visit_expr(x, on_expr); });
}

template <class FS, class FE> void visit_all(const ast::Body& body, FS& on_stmt, FE& on_expr) {
    for (const ast::StmtP& s : body) {
        on_stmt(*s);
        ast::for_each_child(
            *s, [&](const ast::Expr& e) { visit_expr(e, on_expr); },
            [&](const ast::Body& b) { visit_all(b, on_stmt, on_expr); });
    }
}

template <class F> void for_each_arg_name(const ast::Arguments& a, F&& f) {
    for (const ast::Arg& x : a.posonlyargs) f(x.name);
    for (const ast::Arg& x : a.args) f(x.name);
    for (const ast::Arg& x : a.kwonlyargs) f(x.name);
    if (a.vararg) f(a.vararg->name);
    if (a.kwarg) f(a.kwarg->name);
}

// What a name of the checked module is bound to, over the whole module.
struct Binding {
    enum class Kind {
        Member,  // a name of a C++ module: `from host_api import scale`
        Module,  // a module, or a package a C++ module is in: `import host_api as h`, `import pkg.api`
        Other,   // anything else, or two different things: not known to be the C++ declaration
    } kind = Kind::Other;
    std::string module;  // Member: the C++ module; Module: the dotted name the name stands for
    std::string name;    // Member: the name in that module
    bool star = false;   // Member: bound only by `from host_api import *`, so no import names it
};

// A callable's signature as CPython's argument binding sees it.
struct Parameter {
    std::string name;
    bool required = true;
    bool positional_only = false;
};

struct Signature {
    std::string name;  // as CPython's messages name the callable: "scale", "Point.__init__"
    int self = 0;      // 1 for __init__: CPython counts self among the positional arguments
    std::vector<Parameter> params;
    std::string cxx;   // "double scale(double x, double factor = 2.0) at include/host_api.hpp:7"
};

std::string place(const std::string& file, int line) { return fmt::format("{}:{}", file, line); }

Signature function_signature(const cxx::Function& fn, std::string name, int self) {
    Signature sig{std::move(name), self, {}, fn.declaration + " at " + place(fn.file, fn.line)};
    size_t positional_only = cxx::positional_only_count(fn.params);
    for (size_t i = 0; i < fn.params.size(); ++i)
        sig.params.push_back({cxx::python_param_name(fn.params[i], i), !fn.params[i].has_default, i < positional_only});
    return sig;
}

// A value struct is a dataclass: its fields are its __init__'s parameters, none with a default.
Signature struct_signature(const cxx::Record& r) {
    Signature sig{cxx::python_identifier(r.name) + ".__init__", 1, {}, {}};
    std::vector<std::string> names;
    for (const cxx::Field& f : r.fields) {
        sig.params.push_back({cxx::python_identifier(f.name), true, false});
        names.push_back(f.name);
    }
    std::string fields = names.empty() ? "no fields" : "fields " + fmt::format("{}", fmt::join(names, ", "));
    sig.cxx = fmt::format("struct {} with {} at {}", r.name, fields, place(r.file, r.line));
    return sig;
}

// The ways Python can call what `d` names; none when it cannot be called at all (an enum is IntEnum's call, which
// is not checked here; what cannot be mapped is reported where it is used).
std::vector<Signature> signatures(const cxx::ModuleName& d) {
    std::vector<Signature> out;
    for (const cxx::Function* fn : d.functions)
        if (!cxx::unmappable(*fn)) out.push_back(function_signature(*fn, cxx::python_identifier(fn->name), 0));
    if (!d.functions.empty() || !d.record) return out;
    const cxx::Record& r = *d.record;
    if (r.is_value) return {struct_signature(r)};
    std::string init = cxx::python_identifier(r.name) + ".__init__";
    for (const cxx::Function& ctor : r.constructors)
        if (!cxx::unmappable(ctor)) out.push_back(function_signature(ctor, init, 1));
    if (r.constructors.empty() && r.default_constructible)
        out.push_back(
            {init, 1, {}, fmt::format("{0}::{0}(), implicitly declared, at {1}", r.name, place(r.file, r.line))});
    return out;
}

// 'a'; 'a' and 'b'; 'a', 'b', and 'c': as CPython's format_missing lists them.
std::string quoted_list(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) out += names.size() == 2 ? " and " : i + 1 == names.size() ? ", and " : ", ";
        out += "'" + names[i] + "'";
    }
    return out;
}

size_t find_param(const Signature& sig, const std::string& name, bool positional_only) {
    for (size_t i = 0; i < sig.params.size(); ++i)
        if (sig.params[i].name == name && sig.params[i].positional_only == positional_only) return i;
    return std::string::npos;
}

// A keyword no parameter takes: CPython first names every keyword that is a positional-only parameter's name.
std::string unexpected_keyword(const Signature& sig, const ast::Call& call, const std::string& keyword) {
    std::vector<std::string> positional_only;
    for (const ast::Keyword& k : call.keywords)
        if (find_param(sig, *k.arg, true) != std::string::npos) positional_only.push_back(*k.arg);
    if (!positional_only.empty())
        return fmt::format("{}() got some positional-only arguments passed as keyword arguments: '{}'", sig.name,
                           fmt::join(positional_only, ", "));
    return fmt::format("{}() got an unexpected keyword argument '{}'", sig.name, keyword);
}

std::string too_many_positional(const Signature& sig, size_t given) {
    size_t total = sig.params.size() + sig.self, required = sig.self;
    for (const Parameter& p : sig.params) required += p.required;
    std::string takes = required == total ? fmt::format("{} positional argument{}", total, total == 1 ? "" : "s")
                                          : fmt::format("from {} to {} positional arguments", required, total);
    given += sig.self;
    return fmt::format("{}() takes {} but {} {} given", sig.name, takes, given, given == 1 ? "was" : "were");
}

// Why `call` cannot bind to `sig`, in CPython's words and in the order its argument binding finds it (keywords,
// then the count of positional arguments, then what is missing); nothing when it can.
std::optional<std::string> mismatch(const Signature& sig, const ast::Call& call) {
    size_t given = call.args.size();
    std::vector<bool> filled(sig.params.size());
    for (size_t i = 0; i < given && i < filled.size(); ++i) filled[i] = true;
    for (const ast::Keyword& k : call.keywords) {
        size_t at = find_param(sig, *k.arg, false);
        if (at == std::string::npos) return unexpected_keyword(sig, call, *k.arg);
        if (filled[at]) return fmt::format("{}() got multiple values for argument '{}'", sig.name, *k.arg);
        filled[at] = true;
    }
    if (given > sig.params.size()) return too_many_positional(sig, given);
    std::vector<std::string> missing;
    for (size_t i = 0; i < filled.size(); ++i)
        if (!filled[i] && sig.params[i].required) missing.push_back(sig.params[i].name);
    if (missing.empty()) return std::nullopt;
    return fmt::format("{}() missing {} required positional argument{}: {}", sig.name, missing.size(),
                       missing.size() == 1 ? "" : "s", quoted_list(missing));
}

// `f(*args)` and `f(**kw)` bind what they hold only when they run.
bool has_unpacking(const ast::Call& call) {
    for (const ast::ExprP& a : call.args)
        if (ast::as<ast::Starred>(*a)) return true;
    for (const ast::Keyword& k : call.keywords)
        if (!k.arg) return true;
    return false;
}

// What cannot be used in `d`: a function whose every overload cannot be called, a record as cxx::unmappable says.
std::optional<cxx::Unmappable> unusable(const cxx::ModuleName& d) {
    if (d.functions.empty()) return d.record ? cxx::unmappable(*d.record) : std::nullopt;
    std::optional<cxx::Unmappable> first;
    for (const cxx::Function* fn : d.functions) {
        std::optional<cxx::Unmappable> problem = cxx::unmappable(*fn);
        if (!problem) return std::nullopt;
        if (!first) first = std::move(problem);
    }
    return first;
}

struct CppModule {
    const cxx::Api* api;
    std::map<std::string, cxx::ModuleName> names;
};

class CallChecker {
public:
    CallChecker(const ast::Module& m, const std::string& path, const std::map<std::string, const cxx::Api*>& apis,
                Diagnostics& diags)
        : module_(m), path_(path), diags_(diags) {
        for (const auto& [name, api] : apis) modules_[name] = {api, cxx::module_names(*api)};
        // collect_imports knows which imports a `try` guards; a `from m import x` request carries x's span.
        for (const ImportRequest& r : collect_imports(m, {"__main__", "", false}))
            if (r.guarded && r.submodule) guarded_.insert({r.span.line, r.span.col});
    }

    void run() {
        auto bind_stmt = [&](const ast::Stmt& s) { bindings_of(s); };
        auto bind_expr = [&](const ast::Expr& e) { bindings_of(e); };
        visit_all(module_.body, bind_stmt, bind_expr);
        auto check_stmt = [&](const ast::Stmt& s) { check(s); };
        auto check_expr = [&](const ast::Expr& e) { check(e); };
        visit_all(module_.body, check_stmt, check_expr);
    }

private:
    const ast::Module& module_;
    const std::string& path_;
    Diagnostics& diags_;
    std::map<std::string, CppModule> modules_;
    std::map<std::string, Binding> bindings_;
    std::set<std::pair<int, int>> guarded_;

    // ---- what each name is bound to

    // A name bound twice to the same thing keeps it; to different things, it is no longer known.
    void bind(const std::string& local, Binding b) {
        auto [it, inserted] = bindings_.try_emplace(local, b);
        if (inserted) return;
        Binding& was = it->second;
        if (was.kind != b.kind || was.module != b.module || was.name != b.name) was.kind = Binding::Kind::Other;
        was.star = was.star && b.star;
    }
    void bind_other(const std::string& local) { bind(local, {}); }

    void bindings_of(const ast::Stmt& s) {
        if (auto* f = ast::as<ast::FunctionDef>(s)) {
            bind_other(f->name);
            for_each_arg_name(f->args, [&](const std::string& n) { bind_other(n); });
        } else if (auto* c = ast::as<ast::ClassDef>(s)) {
            bind_other(c->name);
        } else if (auto* imp = ast::as<ast::Import>(s)) {
            // `import a.b` binds `a`, standing for the package a; `import a.b as h` binds h to a.b.
            for (const ast::Alias& a : imp->names) {
                std::string root = a.name.substr(0, a.name.find('.'));
                bind(a.asname ? *a.asname : root, {Binding::Kind::Module, a.asname ? a.name : root, {}, false});
            }
        } else if (auto* from = ast::as<ast::ImportFrom>(s)) {
            from_import_bindings(*from);
        } else if (auto* t = ast::as<ast::Try>(s)) {
            for (const ast::ExceptHandler& h : t->handlers)
                if (h.name) bind_other(*h.name);
        } else if (auto* m = ast::as<ast::Match>(s)) {
            for (const ast::MatchCase& c : m->cases)
                ast::for_each_pattern_part(
                    *c.pattern, [](const ast::Expr&) {}, [&](const std::string& n, ast::Span) { bind_other(n); });
        }
    }

    void from_import_bindings(const ast::ImportFrom& from) {
        auto cpp = from.level == 0 ? modules_.find(from.module) : modules_.end();
        for (const ast::Alias& a : from.names) {
            std::string local = a.asname ? *a.asname : a.name;
            if (cpp != modules_.end() && a.name == "*") {
                for (const auto& [name, d] : cpp->second.names)
                    bind(name, {Binding::Kind::Member, from.module, name, true});
            } else if (cpp != modules_.end()) {
                bind(local, {Binding::Kind::Member, from.module, a.name, false});
            } else if (from.level == 0 && modules_.count(from.module + "." + a.name)) {
                bind(local, {Binding::Kind::Module, from.module + "." + a.name, {}, false});
            } else if (a.name != "*") {
                bind_other(local);  // a star import of another module binds names nobody knows here
            }
        }
    }

    void bindings_of(const ast::Expr& e) {
        if (auto* n = ast::as<ast::Name>(e); n && n->ctx != ast::ExprContext::Load) bind_other(n->id);
        if (auto* l = ast::as<ast::Lambda>(e)) for_each_arg_name(l->args, [&](const std::string& n) { bind_other(n); });
    }

    // ---- what an expression names

    struct Member {
        const CppModule* module;
        std::string module_name, name;
        bool star = false;
    };

    // The dotted module an expression stands for: `h` after `import host_api as h`, `pkg.api` after `import pkg.api`.
    std::optional<std::string> module_path(const ast::Expr& e) const {
        if (auto* n = ast::as<ast::Name>(e)) {
            auto b = bindings_.find(n->id);
            if (b == bindings_.end() || b->second.kind != Binding::Kind::Module) return std::nullopt;
            return b->second.module;
        }
        if (auto* a = ast::as<ast::Attribute>(e)) {
            std::optional<std::string> outer = module_path(*a->value);
            if (outer) return *outer + "." + a->attr;
        }
        return std::nullopt;
    }

    // The C++ module's name an expression reads: `scale` after `from host_api import scale`, or `h.scale`.
    std::optional<Member> member_of(const ast::Expr& e) const {
        if (auto* n = ast::as<ast::Name>(e); n && n->ctx == ast::ExprContext::Load) {
            auto b = bindings_.find(n->id);
            if (b == bindings_.end() || b->second.kind != Binding::Kind::Member) return std::nullopt;
            return Member{&modules_.at(b->second.module), b->second.module, b->second.name, b->second.star};
        }
        if (auto* a = ast::as<ast::Attribute>(e); a && a->ctx == ast::ExprContext::Load) {
            std::optional<std::string> path = module_path(*a->value);
            auto m = path ? modules_.find(*path) : modules_.end();
            if (m != modules_.end()) return Member{&m->second, *path, a->attr, false};
        }
        return std::nullopt;
    }

    static const cxx::ModuleName* declared(const Member& m) {
        auto found = m.module->names.find(m.name);
        return found == m.module->names.end() ? nullptr : &found->second;
    }

    // ---- the checks

    void check(const ast::Stmt& s) {
        auto* from = ast::as<ast::ImportFrom>(s);
        auto cpp = from && from->level == 0 ? modules_.find(from->module) : modules_.end();
        if (cpp == modules_.end()) return;
        for (const ast::Alias& a : from->names) {
            if (a.name == "*") continue;
            auto found = cpp->second.names.find(a.name);
            if (found != cpp->second.names.end()) report_unusable(a.span, from->module, a.name, found->second);
            else if (!guarded_.count({a.span.line, a.span.col}))
                error(a.span, fmt::format("ImportError: cannot import name '{}' from '{}' ({})", a.name, from->module,
                                          cpp->second.api->header));
        }
    }

    void check(const ast::Expr& e) {
        if (auto* call = ast::as<ast::Call>(e)) return check_call(e, *call);
        // A name reached as `h.name`, or through a star import, is used where it is read: no import names it.
        std::optional<Member> m = member_of(e);
        if (!m || (ast::as<ast::Name>(e) && !m->star)) return;
        if (const cxx::ModuleName* d = declared(*m)) report_unusable(e.span, m->module_name, m->name, *d);
    }

    void report_unusable(ast::Span span, const std::string& module, const std::string& name, const cxx::ModuleName& d) {
        std::optional<cxx::Unmappable> problem = unusable(d);
        if (!problem) return;
        std::string hint;
        if (d.functions.size() > 1) hint = fmt::format("none of its {} overloads can be called", d.functions.size());
        error(span,
              fmt::format("cannot use '{}' from {}: {} ({}: {})", name, module, problem->why,
                          place(problem->file, problem->line), problem->declaration),
              std::move(hint));
    }

    void check_call(const ast::Expr& e, const ast::Call& call) {
        std::optional<Member> m = member_of(*call.func);
        const cxx::ModuleName* d = m ? declared(*m) : nullptr;
        if (!d || has_unpacking(call)) return;
        if (d->functions.empty() && d->record && !constructible(*d->record))
            return error(e.span, fmt::format("TypeError: cannot create '{}' instances (C++: class {} at {} has no "
                                             "public constructor)",
                                             cxx::python_identifier(d->record->name), d->record->name,
                                             place(d->record->file, d->record->line)));
        std::vector<Signature> sigs = signatures(*d);
        std::vector<std::string> problems;
        for (const Signature& sig : sigs) {
            std::optional<std::string> problem = mismatch(sig, call);
            if (!problem) return;
            problems.push_back(fmt::format("{} (C++: {})", *problem, sig.cxx));
        }
        if (problems.size() == 1) return error(e.span, "TypeError: " + problems[0]);
        // One note per overload: the diagnostic's hint is printed after "note: ", so the rest start their own.
        if (problems.size() > 1)
            error(e.span, fmt::format("TypeError: no C++ overload of {}() accepts these arguments", sigs[0].name),
                  fmt::format("{}", fmt::join(problems, "\nnote: ")));
    }

    static bool constructible(const cxx::Record& r) {
        return r.is_value || !r.constructors.empty() || r.default_constructible;
    }

    void error(ast::Span span, std::string message, std::string hint = {}) {
        diags_.error(path_, span, std::move(message), std::move(hint));
    }
};

}  // namespace

void check_cpp_calls(const ast::Module& m, const std::string& path,
                     const std::map<std::string, const cxx::Api*>& cpp_modules, Diagnostics& diags) {
    if (cpp_modules.empty()) return;
    CallChecker(m, path, cpp_modules, diags).run();
}

}  // namespace pyco::sema
