#include "scopes.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "../ast_walk.h"
#include "builtin_names.h"

namespace pyco::sema {

VarKind Scope::kind_of(const std::string& name) const {
    auto it = kinds.find(name);
    if (it != kinds.end()) return it->second;
    return is_builtin_name(name) ? VarKind::Builtin : VarKind::Global;
}

Scope* ModuleScopes::scope_of(const void* node) const {
    auto it = by_node.find(node);
    return it == by_node.end() ? nullptr : it->second;
}

namespace {

class ScopeBuilder {
public:
    ScopeBuilder(ModuleScopes& out, const std::string& file, Diagnostics& diags) : out_(out), file_(file), diags_(diags) {}

    void module(const ast::Module& m) {
        out_.module = std::make_unique<Scope>();
        out_.module->name = out_.module->qualname = "<module>";
        out_.module->node = &m;
        cur_ = out_.module.get();
        out_.lazy_annotations = has_future(m.body, "annotations");
        body(m.body);
    }

private:
    ModuleScopes& out_;
    const std::string& file_;
    Diagnostics& diags_;
    Scope* cur_ = nullptr;

    void bind(const std::string& name) {
        if (cur_->bound.insert(name).second) cur_->bind_order.push_back(name);
        if (cur_->kind == Scope::Kind::Module || cur_->globals.count(name)) add_global(name);
    }

    // CPython's globals() lists a module's names in the order the module binds them (module_gen.cpp).
    void add_global(const std::string& name) {
        if (out_.module_globals.insert(name).second) out_.global_order.push_back(name);
    }

    void body(const ast::Body& b) {
        for (auto& s : b) stmt(*s);
    }

    void target(const ast::Expr& e) {
        if (auto* n = ast::as<ast::Name>(e)) return bind(n->id);
        if (auto* t = ast::as<ast::Tuple>(e)) { for (auto& x : t->elts) target(*x); return; }
        if (auto* l = ast::as<ast::List>(e)) { for (auto& x : l->elts) target(*x); return; }
        if (auto* s = ast::as<ast::Starred>(e)) return target(*s->value);
        expr(e);  // attribute and subscript targets evaluate their parts
    }

    void declare(const ast::Stmt& s, const std::vector<std::string>& names, bool global) {
        for (auto& n : names) {
            const char* what = global ? "global" : "nonlocal";
            if (cur_->bound.count(n) && !(global ? cur_->globals : cur_->nonlocals).count(n)) {
                diags_.error(file_, s.span, fmt::format("SyntaxError: name '{}' is assigned to before {} declaration", n, what));
            } else if (cur_->used.count(n) && !(global ? cur_->globals : cur_->nonlocals).count(n)) {
                diags_.error(file_, s.span, fmt::format("SyntaxError: name '{}' is used prior to {} declaration", n, what));
            }
            if (global) {
                cur_->globals.insert(n);
                add_global(n);
            } else {
                if (cur_->kind == Scope::Kind::Module) {
                    diags_.error(file_, s.span, "SyntaxError: nonlocal declaration not allowed at module level");
                    continue;
                }
                cur_->nonlocals.insert(n);
                cur_->nonlocal_spans.emplace(n, s.span);
            }
        }
    }

    Scope* open(Scope::Kind kind, const std::string& name, const void* node) {
        auto child = std::make_unique<Scope>();
        child->kind = kind;
        child->name = name;
        std::string prefix = cur_->kind == Scope::Kind::Module  ? ""
                             : cur_->kind == Scope::Kind::Class ? cur_->qualname + "."
                                                                 : cur_->qualname + ".<locals>.";
        child->qualname = prefix + name;
        child->node = node;
        child->parent = cur_;
        Scope* raw = child.get();
        cur_->children.push_back(std::move(child));
        out_.by_node[node] = raw;
        return raw;
    }

    void params(const ast::Arguments& a, const ast::Stmt* where, ast::Span span) {
        auto add = [&](const ast::Arg& arg) {
            if (std::find(cur_->params.begin(), cur_->params.end(), arg.name) != cur_->params.end())
                diags_.error(file_, where ? arg.span : span,
                             fmt::format("SyntaxError: duplicate argument '{}' in function definition", arg.name));
            cur_->params.push_back(arg.name);
            if (cur_->bound.insert(arg.name).second) cur_->bind_order.push_back(arg.name);
        };
        for (auto& x : a.posonlyargs) add(x);
        for (auto& x : a.args) add(x);
        if (a.vararg) add(*a.vararg);
        for (auto& x : a.kwonlyargs) add(x);
        if (a.kwarg) add(*a.kwarg);
    }

    void function(const ast::Stmt& s, const ast::FunctionDef& f) {
        for (auto& d : f.decorator_list) expr(*d);
        ast::for_each_arg_default(f.args, [&](const ast::Expr& e) { expr(e); });
        if (f.returns) expr(*f.returns);
        bind(f.name);
        Scope* saved = cur_;
        cur_ = open(Scope::Kind::Function, f.name, &f);
        cur_->is_async = f.is_async;
        params(f.args, &s, s.span);
        body(f.body);
        cur_ = saved;
    }

    void stmt(const ast::Stmt& s) {
        if (auto* f = ast::as<ast::FunctionDef>(s)) return function(s, *f);
        if (auto* c = ast::as<ast::ClassDef>(s)) {
            for (auto& d : c->decorator_list) expr(*d);
            for (auto& b : c->bases) expr(*b);
            for (auto& k : c->keywords) expr(*k.value);
            bind(c->name);
            Scope* saved = cur_;
            cur_ = open(Scope::Kind::Class, c->name, c);
            body(c->body);
            cur_ = saved;
            return;
        }
        if (auto* g = ast::as<ast::Global>(s)) return declare(s, g->names, true);
        if (auto* n = ast::as<ast::Nonlocal>(s)) return declare(s, n->names, false);
        if (auto* imp = ast::as<ast::Import>(s)) {
            for (auto& a : imp->names) bind(a.asname ? *a.asname : a.name.substr(0, a.name.find('.')));
            return;
        }
        if (auto* imp = ast::as<ast::ImportFrom>(s)) {
            for (auto& a : imp->names)
                if (a.name != "*") bind(a.asname ? *a.asname : a.name);
            return;
        }
        if (auto* a = ast::as<ast::Assign>(s)) {
            expr(*a->value);
            for (auto& t : a->targets) target(*t);
            return;
        }
        if (auto* a = ast::as<ast::AugAssign>(s)) {
            expr(*a->value);
            if (auto* n = ast::as<ast::Name>(*a->target)) { cur_->used.insert(n->id); bind(n->id); }
            else target(*a->target);
            return;
        }
        if (auto* a = ast::as<ast::AnnAssign>(s)) {
            if (a->value) expr(*a->value);
            target(*a->target);
            // Module and class bodies get an __annotations__ dict, evaluate the annotation and record a simple name's.
            if (cur_->kind == Scope::Kind::Function) return;
            expr(*a->annotation);
            cur_->used.insert("__annotations__");
            bind("__annotations__");
            return;
        }
        if (auto* f = ast::as<ast::For>(s)) {
            expr(*f->iter);
            target(*f->target);
            body(f->body);
            body(f->orelse);
            return;
        }
        if (auto* w = ast::as<ast::With>(s)) {
            for (auto& it : w->items) {
                expr(*it.context_expr);
                if (it.optional_vars) target(*it.optional_vars);
            }
            body(w->body);
            return;
        }
        if (auto* t = ast::as<ast::Try>(s)) {
            body(t->body);
            for (auto& h : t->handlers) {
                if (h.type) expr(*h.type);
                if (h.name) bind(*h.name);
                body(h.body);
            }
            body(t->orelse);
            body(t->finalbody);
            return;
        }
        if (auto* d = ast::as<ast::Delete>(s)) {
            for (auto& t : d->targets) target(*t);
            return;
        }
        if (auto* m = ast::as<ast::Match>(s)) {
            expr(*m->subject);
            for (auto& c : m->cases) {
                ast::for_each_pattern_part(
                    *c.pattern, [&](const ast::Expr& e) { expr(e); }, [&](const std::string& name, ast::Span) { bind(name); });
                if (c.guard) expr(*c.guard);
                body(c.body);
            }
            return;
        }
        ast::for_each_child(s, [&](const ast::Expr& e) { expr(e); }, [&](const ast::Body& b) { body(b); });
    }

    // A list, set or dict comprehension is a function of its own, as in CPython 3.11 ("<listcomp>", taking the
    // outermost iterator as its parameter ".0"), called at once; a coroutine when it awaits.
    void comprehension(const void* node, const char* name, const std::vector<ast::Comprehension>& gens,
                       const std::vector<const ast::Expr*>& results) {
        expr(*gens[0].iter);
        Scope* saved = cur_;
        cur_ = open(Scope::Kind::Function, name, node);
        cur_->is_comprehension = true;
        cur_->is_async = awaits(gens, results);
        cur_->params.push_back(".0");
        cur_->bound.insert(".0");
        for (size_t i = 0; i < gens.size(); ++i) {
            if (i > 0) expr(*gens[i].iter);
            target(*gens[i].target);
            for (auto& c : gens[i].ifs) expr(*c);
        }
        for (auto* r : results) expr(*r);
        cur_ = saved;
    }

    // Whether a comprehension awaits (await or async for), not counting nested functions and lambdas.
    static bool awaits(const std::vector<ast::Comprehension>& gens, const std::vector<const ast::Expr*>& results) {
        std::function<bool(const ast::Expr&)> has = [&](const ast::Expr& e) {
            if (ast::as<ast::Await>(e)) return true;
            if (ast::as<ast::Lambda>(e) || ast::as<ast::GeneratorExp>(e)) return false;
            bool found = false;
            ast::for_each_child(e, [&](const ast::Expr& c) { found = found || has(c); });
            return found;
        };
        for (size_t i = 0; i < gens.size(); ++i) {
            if (gens[i].is_async || (i > 0 && has(*gens[i].iter))) return true;
            for (auto& c : gens[i].ifs)
                if (has(*c)) return true;
        }
        for (auto* r : results)
            if (has(*r)) return true;
        return false;
    }

    // PEP 572: an assignment expression in a comprehension binds in the enclosing function (or module).
    void walrus_target(const std::string& name, ast::Span span) {
        Scope* owner = cur_;
        while (owner->is_comprehension) owner = owner->parent;
        if (owner == cur_) return bind(name);
        if (owner->kind == Scope::Kind::Class) {  // as CPython's symtable: a class body has no variables to bind
            diags_.error(file_, span,
                         "SyntaxError: assignment expression within a comprehension cannot be used in a class body");
            return;
        }
        for (Scope* s = cur_; s != owner; s = s->parent) {
            if (owner->kind == Scope::Kind::Module) s->globals.insert(name);
            else s->nonlocals.insert(name);
        }
        Scope* saved = cur_;
        cur_ = owner;
        bind(name);
        cur_ = saved;
    }

    // A generator expression is a generator function of its own ("<genexpr>", taking the outermost iterator
    // as its parameter ".0"), so that the names it uses are captured as closures are.
    void generator_expression(const ast::GeneratorExp& g) {
        expr(*g.generators[0].iter);
        Scope* saved = cur_;
        cur_ = open(Scope::Kind::Function, "<genexpr>", &g);
        cur_->is_generator = true;
        cur_->params.push_back(".0");
        cur_->bound.insert(".0");
        for (size_t i = 0; i < g.generators.size(); ++i) {
            if (i > 0) expr(*g.generators[i].iter);
            target(*g.generators[i].target);
            for (auto& c : g.generators[i].ifs) expr(*c);
        }
        expr(*g.elt);
        cur_ = saved;
    }

    void expr(const ast::Expr& e) {
        if (auto* n = ast::as<ast::Name>(e)) {
            if (n->ctx == ast::ExprContext::Load) cur_->used.insert(n->id);
            else bind(n->id);
            return;
        }
        if (auto* l = ast::as<ast::Lambda>(e)) {
            ast::for_each_arg_default(l->args, [&](const ast::Expr& x) { expr(x); });
            Scope* saved = cur_;
            cur_ = open(Scope::Kind::Lambda, "<lambda>", l);
            params(l->args, nullptr, e.span);
            expr(*l->body);
            cur_ = saved;
            return;
        }
        if (auto* ne = ast::as<ast::NamedExpr>(e)) {
            expr(*ne->value);
            if (auto* n = ast::as<ast::Name>(*ne->target)) walrus_target(n->id, ne->target->span);
            return;
        }
        if (auto* c = ast::as<ast::ListComp>(e)) return comprehension(c, "<listcomp>", c->generators, {c->elt.get()});
        if (auto* c = ast::as<ast::SetComp>(e)) return comprehension(c, "<setcomp>", c->generators, {c->elt.get()});
        if (auto* c = ast::as<ast::GeneratorExp>(e)) return generator_expression(*c);
        if (auto* c = ast::as<ast::DictComp>(e))
            return comprehension(c, "<dictcomp>", c->generators, {c->key.get(), c->value.get()});
        if (ast::as<ast::Yield>(e) || ast::as<ast::YieldFrom>(e)) cur_->is_generator = true;
        ast::for_each_child(e, [&](const ast::Expr& x) { expr(x); });
    }
};

// Finds the function scope enclosing `s` that binds `name` as its own local. Class bodies bind nothing that
// nested functions can see, except the implicit __class__ cell (zero-argument super()).
Scope* binding_scope(Scope* s, const std::string& name) {
    for (Scope* p = s->parent; p && p->kind != Scope::Kind::Module; p = p->parent) {
        if (p->kind == Scope::Kind::Class) {
            if (name == "__class__") return p;
            continue;
        }
        if (p->globals.count(name)) return nullptr;
        if (p->bound.count(name) && !p->nonlocals.count(name)) return p;
    }
    return nullptr;
}

void add_unique(std::vector<std::string>& v, const std::string& name) {
    if (std::find(v.begin(), v.end(), name) == v.end()) v.push_back(name);
}

// Marks `name` free in `s` and every scope between it and `owner`, and a cell in `owner`.
void capture(Scope* s, Scope* owner, const std::string& name) {
    for (Scope* p = s; p != owner; p = p->parent) {
        p->kinds[name] = VarKind::Free;
        add_unique(p->freevars, name);
    }
    owner->kinds[name] = VarKind::Cell;
    add_unique(owner->cellvars, name);
}

bool inside_class(const Scope* s) {
    for (const Scope* p = s->parent; p; p = p->parent)
        if (p->kind == Scope::Kind::Class) return true;
    return false;
}

void resolve(Scope* s, const ModuleScopes& all, const std::string& file, Diagnostics& diags) {
    if (s->kind == Scope::Kind::Module) {
        for (auto& n : s->bound) s->kinds[n] = VarKind::Global;
    } else if (s->kind == Scope::Kind::Class) {
        for (auto& n : s->bound)
            if (!s->globals.count(n) && !s->nonlocals.count(n)) s->kinds[n] = VarKind::Class;
        for (auto& n : s->globals) s->kinds[n] = VarKind::Global;
        for (auto& n : s->used) {
            if (s->kinds.count(n)) continue;
            if (Scope* owner = binding_scope(s, n)) capture(s, owner, n);
            else s->kinds[n] = (all.module_globals.count(n) || !is_builtin_name(n)) ? VarKind::Global : VarKind::Builtin;
        }
    } else {
        // A method that uses super() or __class__ gets the class's implicit __class__ cell.
        if (inside_class(s) && (s->used.count("super") || s->used.count("__class__"))) s->used.insert("__class__");
        for (auto& n : s->bound)
            if (!s->globals.count(n) && !s->nonlocals.count(n) && !s->kinds.count(n)) s->kinds[n] = VarKind::Local;
        for (auto& n : s->globals) s->kinds[n] = VarKind::Global;
        std::set<std::string> wanted(s->used.begin(), s->used.end());
        wanted.insert(s->nonlocals.begin(), s->nonlocals.end());
        for (auto& n : wanted) {
            auto k = s->kinds.find(n);
            if (k != s->kinds.end() && k->second != VarKind::Free) continue;
            if (Scope* owner = binding_scope(s, n)) {
                capture(s, owner, n);
            } else if (s->nonlocals.count(n)) {
                diags.error(file, s->nonlocal_spans[n], fmt::format("SyntaxError: no binding for nonlocal '{}' found", n));
            } else if (!s->kinds.count(n)) {
                s->kinds[n] = (all.module_globals.count(n) || !is_builtin_name(n)) ? VarKind::Global : VarKind::Builtin;
            }
        }
    }
    for (auto& c : s->children) resolve(c.get(), all, file, diags);
}

}  // namespace

bool has_future(const ast::Body& body, const std::string& feature) {
    for (auto& s : body)
        if (auto* imp = ast::as<ast::ImportFrom>(*s); imp && imp->level == 0 && imp->module == "__future__")
            for (auto& a : imp->names)
                if (a.name == feature) return true;
    return false;
}

bool has_annotations(const ast::Body& body) {
    for (auto& s : body) {
        if (ast::as<ast::FunctionDef>(*s) || ast::as<ast::ClassDef>(*s)) continue;
        if (ast::as<ast::AnnAssign>(*s)) return true;
        bool found = false;
        ast::for_each_child(*s, [](const ast::Expr&) {}, [&](const ast::Body& b) { found = found || has_annotations(b); });
        if (found) return true;
    }
    return false;
}

ModuleScopes analyze_scopes(const ast::Module& m, const std::string& file, Diagnostics& diags) {
    ModuleScopes out;
    ScopeBuilder(out, file, diags).module(m);
    // Children first would miss captures made by grandchildren; resolving parents first and letting capture()
    // update the owners as children are resolved keeps one pass correct.
    resolve(out.module.get(), out, file, diags);
    return out;
}

}  // namespace pyco::sema
