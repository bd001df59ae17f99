// Variables: reading, binding and deleting a name according to its scope (local, cell, global, builtin, or the
// namespace of a class body), with CPython's errors for names that have no value.
#include "function_gen.h"

#include <algorithm>
#include <fmt/format.h>

#include "../sema/builtin_names.h"
#include "cpp_text.h"

namespace pyco::codegen {

sema::VarKind FunctionGen::kind_of(const std::string& name) const { return scopes_.back()->kind_of(name); }
bool FunctionGen::in_class_body() const { return !class_ns_.empty() && scopes_.back()->kind == sema::Scope::Kind::Class; }

std::string FunctionGen::cell_var(const std::string& name) const { return "c_" + cpp_ident(name); }

// The variables of the running frame, as its f_locals would hold them (the module's globals at module level).
std::vector<std::string> FunctionGen::local_names() const {
    const sema::Scope& s = *scopes_.back();
    std::vector<std::string> out;
    if (s.kind == sema::Scope::Kind::Module) return out;
    for (auto& [n, kind] : s.kinds)
        if (kind == sema::VarKind::Local || kind == sema::VarKind::Cell || kind == sema::VarKind::Free ||
            kind == sema::VarKind::Class)
            out.push_back(n);
    return out;
}

// A null-terminated `const char* const[]` holding `names`, declared static where the code stands.
std::string FunctionGen::names_array(const std::vector<std::string>& names) {
    if (names.empty()) return "nullptr";
    std::string t = temp();
    std::string items;
    for (auto& n : names) items += cpp_string(n) + ", ";
    line(fmt::format("static const char* const {}[] = {{{}nullptr}};", t, items));
    return t;
}

std::string FunctionGen::load_name(const ast::Expr& e, const std::string& name) {
    std::string q = cpp_string(name);
    bool unbound_global = !m_.scopes.module_globals.count(name) &&
                          (kind_of(name) == sema::VarKind::Builtin || kind_of(name) == sema::VarKind::Global);
    // The module's own attributes: its name and file are known here; the others are in its namespace.
    if (unbound_global && (name == "__name__" || name == "__file__"))
        return constant({ast::Constant::Kind::Str, name == "__name__" ? m_.id.name : m_.abs_path});
    if (unbound_global && (m_.star_import || sema::is_module_attribute(name))) {
        set_pos(e);
        std::string t = temp();
        line(fmt::format("pyco::Object {} = pyco::load_module_name(module_object, {}, {}, {});", t, q,
                         names_array(local_names()),
                         names_array({m_.scopes.module_globals.begin(), m_.scopes.module_globals.end()})));
        return t;
    }
    if (sema::is_builtin_name(name) && !sema::is_provided_builtin(name) &&
        (kind_of(name) == sema::VarKind::Builtin || kind_of(name) == sema::VarKind::Global)) {
        m_.error(e.span, fmt::format("builtin '{}' is not supported by pyco", name));
        return "pyco::None()";
    }
    if (in_class_body()) return class_fallback_load(e, name);
    switch (kind_of(name)) {
        case sema::VarKind::Class:  // only inside class bodies, handled above
        case sema::VarKind::Local: {
            // A reference, not a copy: no refcount traffic, and the check runs here, at the name's position.
            set_pos(e);
            std::string t = temp();
            line(fmt::format("const pyco::Object& {} = pyco::load_local(v_{}, {});", t, cpp_ident(name), q));
            return t;
        }
        case sema::VarKind::Cell:
        case sema::VarKind::Free: {
            set_pos(e);
            std::string t = temp();
            line(fmt::format("pyco::Object {} = pyco::load_cell({}, {}, {});", t, cell_var(name), q,
                             kind_of(name) == sema::VarKind::Free ? "true" : "false"));
            return t;
        }
        case sema::VarKind::Builtin:
            if (!m_.scopes.module_globals.count(name)) return m_.builtin(name);
            [[fallthrough]];
        case sema::VarKind::Global: {
            set_pos(e);
            if (!m_.scopes.module_globals.count(name)) {
                // Nothing in the module binds it and it is no builtin: CPython's NameError when it runs, with
                // the names its "Did you mean" searches (the frame's locals, then the module's globals).
                line(fmt::format("pyco::raise_name_error({}, {}, {});", q, names_array(local_names()),
                                 names_array({m_.scopes.module_globals.begin(), m_.scopes.module_globals.end()})));
                return "pyco::None()";
            }
            std::string t = temp();
            std::string fallback = sema::is_builtin_name(name) ? m_.builtin(name) : "pyco::Object()";
            line(fmt::format("pyco::Object {} = pyco::load_global({}, {}, {});", t, m_.global(name), fallback, q));
            return t;
        }
    }
    return {};
}

void FunctionGen::store_name(const std::string& name, const std::string& value, bool fresh) {
    std::string v = value;
    Use use = kind_of(name) == sema::VarKind::Class ? Use::Argument : Use::Statement;  // dict_set's argument
    if (fresh)
        if (auto init = inline_temp(value, use)) v = *init;
    if (kind_of(name) == sema::VarKind::Class)
        return line(fmt::format("pyco::class_namespace_set({}, {}, {});", class_ns_.back(),
                                constant({ast::Constant::Kind::Str, name}), v));
    switch (kind_of(name)) {
        case sema::VarKind::Class:
        case sema::VarKind::Local: return line(fmt::format("v_{} = {};", cpp_ident(name), v));
        case sema::VarKind::Cell:
        case sema::VarKind::Free: return line(fmt::format("pyco::cell_ref({}) = {};", cell_var(name), v));
        case sema::VarKind::Builtin:
        case sema::VarKind::Global: return line(fmt::format("{} = {};", m_.global(name), v));
    }
}

void FunctionGen::delete_name(const ast::Expr& e, const std::string& name) {
    set_pos(e);
    std::string q = cpp_string(name);
    if (kind_of(name) == sema::VarKind::Class)
        return line(fmt::format("pyco::class_namespace_del({}, {});", class_ns_.back(), q));
    switch (kind_of(name)) {
        case sema::VarKind::Class:
        case sema::VarKind::Local: return line(fmt::format("pyco::delete_local(v_{}, {});", cpp_ident(name), q));
        case sema::VarKind::Cell:
        case sema::VarKind::Free:
            line(fmt::format("pyco::load_cell({}, {}, {});", cell_var(name), q,
                             kind_of(name) == sema::VarKind::Free ? "true" : "false"));
            return line(fmt::format("pyco::cell_ref({}) = pyco::Object();", cell_var(name)));
        case sema::VarKind::Builtin:
        case sema::VarKind::Global:
            line(fmt::format("pyco::load_global({}, pyco::Object(), {});", m_.global(name), q));
            return line(fmt::format("{} = pyco::Object();", m_.global(name)));
    }
}

}  // namespace pyco::codegen
