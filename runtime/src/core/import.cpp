// Imports, as CPython's importlib does them for a program whose modules are all known when it is built: the
// program's compiled modules (its own and pyco's library written in Python) and the modules pyco provides in C++
// (runtime/include/pyco/modules.def), each run or initialised once and kept in sys.modules.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "internal/module_registry.h"
#include "internal/values.h"
#include "pyco/builtins.h"
#include "pyco/module.h"

namespace pyco {
namespace {

std::map<std::string, ModuleInit, std::less<>>& provided() {
    static std::map<std::string, ModuleInit, std::less<>> r = {
#define PYCO_MODULE(name, init) {name, init},
#include "pyco/modules.def"
#undef PYCO_MODULE
    };
    return r;
}

struct CompiledModules {
    std::map<std::string, const ModuleDef*, std::less<>> defs;
    std::vector<const ModuleDef*> run;  // in the order their bodies started: finalisation goes backwards
};

CompiledModules& compiled() {
    static auto* c = new CompiledModules;
    return *c;
}

std::string_view parent_of(std::string_view name) {
    size_t dot = name.rfind('.');
    return dot == std::string_view::npos ? std::string_view() : name.substr(0, dot);
}

Object loaded(std::string_view name) { return dict_get(sys_modules(), str_(name)); }

// Where CPython would keep the module's bytecode (importlib.util.cache_from_source): pyco writes none, but
// programs print or compare __cached__.
std::string cached_path(std::string_view file) {
    size_t slash = file.rfind('/');
    std::string_view dir = file.substr(0, slash + 1), base = file.substr(slash + 1);
    if (base.size() > 3 && base.substr(base.size() - 3) == ".py") base.remove_suffix(3);
    return fmt::format("{}__pycache__/{}.cpython-311.pyc", dir, base);
}

// The module object of a compiled module, its namespace filled as importlib fills it before the body runs.
Object create_compiled(const ModuleDef& def) {
    auto* m = new ModuleObj(def.name);
    Object mod = immortal(Object::adopt(m));
    m->def = &def;
    for (size_t i = 0; i < def.nglobals; ++i) m->slots[def.globals[i].name] = def.globals[i].value;
    bool main = std::string_view(def.name) == "__main__";
    m->dict["__name__"] = str_(def.name);
    m->dict["__doc__"] = def.doc ? str_(def.doc) : None();
    m->dict["__package__"] = main ? None() : str_(def.package ? def.name : parent_of(def.name));
    m->dict["__loader__"] = None();
    m->dict["__spec__"] = None();
    if (def.file) {
        m->dict["__file__"] = str_(def.file);
        m->dict["__cached__"] = main ? None() : str_(cached_path(def.file));
    }
    if (def.package) {
        std::string_view file = def.file ? def.file : "";
        m->dict["__path__"] = list_from({str_(file.substr(0, file.rfind('/')))});
    }
    *def.self = mod;
    return mod;
}

// Runs a compiled module's body with the module in sys.modules, so that an import cycle finds it partially
// initialised; a body that raises takes it out again, as importlib does (the main module stays).
Object run_compiled(std::string_view name, const ModuleDef& def) {
    Object mod = create_compiled(def);
    auto* m = mod.as<ModuleObj>();
    Object key = str_(name);
    dict_set(sys_modules(), key, mod);
    compiled().run.push_back(&def);
    m->initializing = true;
    try {
        if (def.body) def.body();
    } catch (...) {
        m->initializing = false;
        if (name != "__main__") dict_del(sys_modules(), key);
        throw;
    }
    m->initializing = false;
    Object now = dict_get(sys_modules(), key);  // the body may have replaced itself in sys.modules
    return now.null() ? mod : now;
}

Object init_provided(std::string_view name, ModuleInit init) {
    auto* m = new ModuleObj(std::string(name));
    Object mod = immortal(Object::adopt(m));
    m->dict["__name__"] = str_(name);
    dict_set(sys_modules(), str_(name), mod);
    init(*m);
    return mod;
}

// getattr that answers null for a missing attribute, including one a module __getattr__ refuses.
Object lookup_attr(const Object& o, std::string_view name) {
    try {
        return getattr_or_null(o, name);
    } catch (const PyExc& e) {
        if (!isinstance(e.exc, AttributeErrorType)) throw;
        return {};
    }
}

// CPython asks the module itself (`hasattr(m, '__path__')`), so a module __getattr__ sees the question.
bool is_package(const Object& mod) { return !lookup_attr(mod, "__path__").null(); }

[[noreturn]] void import_error(const Object& module, std::string message) {
    Object e = new_exception(ImportErrorType, std::move(message));
    if (isinstance_exact(module, ModuleType)) {
        setattr(e, "name", str_(module.as<ModuleObj>()->name));
        Object file = lookup_attr(module, "__file__");
        if (!file.null()) setattr(e, "path", file);
    }
    raise_(e);
}

[[noreturn]] void not_found(std::string_view name, std::string message) {
    Object e = new_exception(ModuleNotFoundErrorType, std::move(message));
    setattr(e, "name", str_(name));
    raise_(e);
}

// Whether the program has a module of this name, compiled or provided, without importing it.
bool exists(std::string_view name) { return compiled().defs.count(name) || provided().count(name); }

// "(/path/m.py)" or "(unknown location)", as ImportError's messages end.
std::string location_of(const Object& mod) {
    Object file = isinstance_exact(mod, ModuleType) ? getattr_or_null(mod, "__file__") : Object();
    return !file.null() && isinstance(file, StrType) ? "(" + str_utf8(file) + ")" : "(unknown location)";
}

}  // namespace

const Object& sys_modules() {
    static Object d = immortal(dict_());
    return d;
}

void register_compiled_modules(const ModuleDef* const* modules, size_t count) {
    for (size_t i = 0; i < count; ++i) compiled().defs[modules[i]->name] = modules[i];
}

Object run_main_module(const ModuleDef& def) { return run_compiled("__main__", def); }

std::vector<const ModuleDef*> modules_to_finalize() {
    auto& run = compiled().run;
    std::vector<const ModuleDef*> order(run.rbegin(), run.rend());
    // The main module first, as CPython clears __main__ before the others.
    for (size_t i = 0; i < order.size(); ++i)
        if (std::string_view(order[i]->name) == "__main__") std::rotate(order.begin(), order.begin() + i, order.begin() + i + 1);
    return order;
}

Object import_module(std::string_view name) {
    if (Object m = loaded(name); !m.null()) return m;
    std::string_view parent_name = parent_of(name);
    Object parent;
    if (!parent_name.empty()) {
        parent = import_module(parent_name);
        if (Object m = loaded(name); !m.null()) return m;  // the parent's body imported it
        if (!is_package(parent))
            not_found(name, fmt::format("No module named '{}'; '{}' is not a package", name, parent_name));
    }
    Object mod;
    if (auto it = compiled().defs.find(name); it != compiled().defs.end()) mod = run_compiled(name, *it->second);
    else if (auto p = provided().find(name); p != provided().end()) mod = init_provided(name, p->second);
    else not_found(name, fmt::format("No module named '{}'", name));
    if (!parent.null()) setattr(parent, name.substr(parent_name.size() + 1), mod);
    return mod;
}

Object import_top(std::string_view name) {
    Object leaf = import_module(name);
    size_t dot = name.find('.');
    if (dot == std::string_view::npos) return leaf;
    Object top = loaded(name.substr(0, dot));
    return top.null() ? import_module(name.substr(0, dot)) : top;
}

// importlib's _handle_fromlist: a name of the list (or of __all__, for `*`) that the package does not have as
// an attribute is imported as its submodule, when there is one.
Object import_for_from(std::string_view name, const char* const* names) {
    Object mod = import_module(name);
    if (!names || !is_package(mod)) return mod;
    auto import_sub = [&](std::string_view n) {
        std::string sub = fmt::format("{}.{}", name, n);
        if (lookup_attr(mod, n).null() && exists(sub)) import_module(sub);
    };
    for (; *names; ++names) {
        if (std::string_view(*names) != "*") {
            import_sub(*names);
            continue;
        }
        Object all = lookup_attr(mod, "__all__");
        if (all.null()) continue;
        Object it = iter(all);
        for (Object item = next(it); !item.null(); item = next(it))
            if (isinstance(item, StrType)) import_sub(str_view(item));
    }
    return mod;
}

std::vector<std::string> provided_modules() {
    std::vector<std::string> names;
    for (auto& [n, _] : provided()) names.push_back(n);
    return names;
}

Object import_from(const Object& module, std::string_view name) {
    if (Object v = lookup_attr(module, name); !v.null()) return v;
    bool is_module = isinstance_exact(module, ModuleType);
    std::string mod = is_module ? module.as<ModuleObj>()->name : type_name(module);
    if (is_module) {
        if (Object sub = loaded(fmt::format("{}.{}", mod, name)); !sub.null()) return sub;
        if (module.as<ModuleObj>()->initializing)
            import_error(module,
                  fmt::format("cannot import name '{}' from partially initialized module '{}' (most likely due to a "
                              "circular import) {}",
                              name, mod, location_of(module)));
    }
    import_error(module, fmt::format("cannot import name '{}' from '{}' {}", name, mod, location_of(module)));
}

// CPython's import_all_from: __all__ when the module has it, else its public names.
void import_star(const Object& module, const Object& into) {
    auto* target = into.as<ModuleObj>();
    auto store = [&](const std::string& name, const Object& value) {
        auto slot = target->slots.find(name);
        if (slot != target->slots.end()) *slot->second = value;
        else target->dict[name] = value;
        ++target->version;
    };
    Object all = getattr_or_null(module, "__all__");
    if (!all.null()) {
        Object it = iter(all);
        for (Object item = next(it); !item.null(); item = next(it)) {
            if (!isinstance(item, StrType))
                type_error(fmt::format("Item in {}.__all__ must be str, not {}", module.as<ModuleObj>()->name,
                                       type_name(item)));
            store(str_utf8(item), getattr(module, str_utf8(item)));
        }
        return;
    }
    auto* m = module.as<ModuleObj>();
    std::vector<std::pair<std::string, Object>> names;
    for (auto& [n, v] : m->dict)
        if (n[0] != '_') names.emplace_back(n, v);
    for (auto& [n, slot] : m->slots)
        if (n[0] != '_' && !slot->null()) names.emplace_back(std::string(n), *slot);
    for (auto& [n, v] : names) store(n, v);
}

void raise_relative_import_error(bool has_parent) {
    raise(ImportErrorType, has_parent ? "attempted relative import beyond top-level package"
                                      : "attempted relative import with no known parent package");
}

Object load_module_name(const Object& self, const char* name, const char* const* local_names,
                        const char* const* global_names) {
    auto* m = self.as<ModuleObj>();
    if (auto it = m->dict.find(name); it != m->dict.end()) return it->second;
    if (Object b = builtin(name); !b.null()) return b;
    raise_name_error(name, local_names, global_names);
}

}  // namespace pyco
