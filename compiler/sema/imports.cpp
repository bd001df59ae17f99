#include "imports.h"

#include "../ast_walk.h"

namespace pyco::sema {

RelativeName resolve_relative(const ModuleIdentity& self, int level, const std::string& module) {
    if (level == 0) return {module, true};
    if (self.package.empty()) return {std::nullopt, false};
    // importlib's _resolve_name: drop level-1 trailing parts of the package.
    std::string base = self.package;
    for (int i = 1; i < level; ++i) {
        size_t dot = base.rfind('.');
        if (dot == std::string::npos) return {std::nullopt, true};
        base.resize(dot);
    }
    return {module.empty() ? base : base + "." + module, true};
}

namespace {

// Whether an except clause's type catches ImportError (so a missing module is left to run time).
bool catches_import_error(const ast::Expr* type) {
    if (!type) return true;  // bare except
    if (auto* t = ast::as<ast::Tuple>(*type)) {
        for (auto& e : t->elts)
            if (catches_import_error(e.get())) return true;
        return false;
    }
    std::string name;
    if (auto* n = ast::as<ast::Name>(*type)) name = n->id;
    else if (auto* a = ast::as<ast::Attribute>(*type)) name = a->attr;
    return name == "ImportError" || name == "ModuleNotFoundError" || name == "Exception" || name == "BaseException";
}

// `if TYPE_CHECKING:` (or `typing.TYPE_CHECKING`): its imports are for type checkers, which CPython never runs,
// so a module missing there is no error.
bool is_type_checking_test(const ast::Expr& test) {
    if (auto* n = ast::as<ast::Name>(test)) return n->id == "TYPE_CHECKING";
    if (auto* a = ast::as<ast::Attribute>(test)) return a->attr == "TYPE_CHECKING";
    return false;
}

class Collector {
public:
    Collector(const ModuleIdentity& self, std::vector<ImportRequest>& out) : self_(self), out_(out) {}

    void body(const ast::Body& b, bool guarded) {
        for (auto& s : b) stmt(*s, guarded);
    }

private:
    void stmt(const ast::Stmt& s, bool guarded) {
        if (auto* imp = ast::as<ast::Import>(s)) {
            for (auto& a : imp->names) add(a.name, a.span, guarded, false);
            return;
        }
        if (auto* imp = ast::as<ast::ImportFrom>(s)) {
            RelativeName r = resolve_relative(self_, imp->level, imp->module);
            if (!r.name) return;  // an ImportError when it runs
            add(*r.name, s.span, guarded, false);
            for (auto& a : imp->names) {
                if (a.name != "*") add(*r.name + "." + a.name, a.span, guarded, true);
                else out_.push_back({*r.name, s.span, guarded, false, true});
            }
            return;
        }
        if (auto* t = ast::as<ast::Try>(s)) {
            bool caught = false;
            for (auto& h : t->handlers) caught = caught || catches_import_error(h.type.get());
            body(t->body, guarded || caught);
            for (auto& h : t->handlers) body(h.body, guarded);
            body(t->orelse, guarded);
            body(t->finalbody, guarded);
            return;
        }
        if (auto* i = ast::as<ast::If>(s); i && is_type_checking_test(*i->test)) {
            body(i->body, true);
            body(i->orelse, guarded);
            return;
        }
        ast::for_each_child(s, [](const ast::Expr&) {}, [&](const ast::Body& b) { body(b, guarded); });
    }

    // `import a.b.c` imports a, a.b and a.b.c.
    void add(const std::string& name, ast::Span span, bool guarded, bool submodule) {
        for (size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.', dot + 1))
            out_.push_back({name.substr(0, dot), span, guarded, false});
        out_.push_back({name, span, guarded, submodule});
    }

    const ModuleIdentity& self_;
    std::vector<ImportRequest>& out_;
};

}  // namespace

std::vector<ImportRequest> collect_imports(const ast::Module& m, const ModuleIdentity& self) {
    std::vector<ImportRequest> out;
    Collector(self, out).body(m.body, false);
    return out;
}

}  // namespace pyco::sema
