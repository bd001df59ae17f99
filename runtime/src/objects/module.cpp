// Module objects: `import asyncio` gives one, whose attributes are its dict, looked up at run time (so a missing
// name fails with CPython's AttributeError, suggestion included), and the per-site cache of `module.attr`. A
// compiled module's variables are its unit's statics, reached through its slots (pyco/module.h, ModuleDef).
#include <algorithm>
#include <span>
#include <fmt/format.h>

#include "internal/type_setup.h"
#include "internal/values.h"
#include "pyco/module.h"
#include "internal/module_registry.h"

namespace pyco {

Type ModuleType("module", "builtins", &ObjectType);

namespace {

std::string module_repr(const Object& o) {
    auto* m = o.as<ModuleObj>();
    if (!m->def) return fmt::format("<module '{}' (built-in)>", m->name);
    if (!m->def->file) return fmt::format("<module '{}' (namespace)>", m->name);
    return fmt::format("<module '{}' from '{}'>", m->name, m->def->file);
}

// A compiled module's variable of this name, or nullptr when it has none (it may have one that is unbound).
Object* slot_of(ModuleObj* m, std::string_view name) {
    if (!m->def) return nullptr;
    auto it = m->slots.find(name);
    return it == m->slots.end() ? nullptr : it->second;
}

Object module_getattr(const Object& o, std::string_view name) {
    auto* m = o.as<ModuleObj>();
    if (Object* slot = slot_of(m, name); slot && !slot->null()) return *slot;
    auto it = m->dict.find(std::string(name));
    if (it != m->dict.end()) return it->second;
    if (name == "__name__") return str_(m->name);
    // PEP 562: a module-level __getattr__ answers for the names the module does not have.
    if (Object* hook = slot_of(m, "__getattr__"); hook && !hook->null()) return call(*hook, {str_(name)});
    return {};
}

// Deleting a missing attribute fails in object's generic code, which words it for any object.
[[noreturn]] void no_attribute_to_delete(std::string_view name) {
    raise(AttributeErrorType, fmt::format("'module' object has no attribute '{}'", name));
}

void module_setattr(const Object& o, std::string_view name, const Object& v) {
    auto* m = o.as<ModuleObj>();
    if (m->read_only)
        raise(NotImplementedErrorType, fmt::format("pyco compiles the uses of builtin names: {}.{} cannot be {}", m->name,
                                                   name, v.null() ? "deleted" : "replaced"));
    ++m->version;
    if (Object* slot = slot_of(m, name)) {
        if (v.null() && slot->null()) no_attribute_to_delete(name);
        *slot = v;
        return;
    }
    if (v.null()) {
        if (!m->dict.erase(std::string(name))) no_attribute_to_delete(name);
        return;
    }
    m->dict[std::string(name)] = v;
}

// module.__dir__: the module's names, its dict and its bound variables (a module may define its own __dir__
// function, as PEP 562 allows).
Object module_dir(const Args& a) {
    check_nargs("__dir__", a, 1, 1);
    if (!isinstance_exact(a[0], ModuleType)) type_error("descriptor '__dir__' requires a 'module' object");
    auto* m = a[0].as<ModuleObj>();
    if (Object* own = slot_of(m, "__dir__"); own && !own->null()) return call(*own);
    if (auto own = m->dict.find("__dir__"); own != m->dict.end()) return call(own->second);
    std::vector<Object> names{str_("__name__")};
    for (const auto& [k, _] : m->dict)
        if (k != "__name__") names.push_back(str_(k));
    for (const auto& [k, slot] : m->slots)
        if (!slot->null() && !m->dict.count(std::string(k))) names.push_back(str_(k));
    return list_from(std::move(names));
}

}  // namespace

// globals(): CPython's module dict starts with the names the import system sets, in its order (pyco has no
// loader or spec objects: see docs/runtime.md), then the module's own in the order its code binds them. Names
// put there from outside (setattr, `import *`) follow, sorted: pyco keeps no insertion order for them.
Object module_namespace(const Object& module) {
    auto* m = module.as<ModuleObj>();
    // `globals() is globals()` holds, as in CPython; the dict is refilled on each call, so a reference kept from
    // an earlier call shows the names as they are at the latest.
    if (m->globals_dict.null()) m->globals_dict = dict_();
    else call(getattr(m->globals_dict, "clear"), {});
    const Object& d = m->globals_dict;
    auto put = [&](std::string_view k, const Object& v) {
        if (!v.null()) dict_set(d, str_(k), v);
    };
    // runpy fills __main__ before its body sets up __annotations__; importlib fills other modules the other way.
    static constexpr std::string_view main_order[] = {"__name__", "__doc__", "__package__", "__loader__",
                                                      "__spec__", "__annotations__", "__builtins__", "__file__",
                                                      "__cached__"};
    static constexpr std::string_view module_order[] = {"__name__", "__doc__", "__package__", "__loader__",
                                                        "__spec__", "__path__", "__file__", "__cached__",
                                                        "__builtins__", "__annotations__"};
    bool main = m->name == "__main__";
    std::span<const std::string_view> order = main ? std::span<const std::string_view>(main_order) : module_order;
    for (std::string_view k : order) {
        if (k == "__builtins__") {
            // Only __main__ holds the builtins module itself; other modules hold its dict.
            if (m->def) put(k, main ? import_module("builtins") : module_namespace(import_module("builtins")));
        } else if (Object* slot = slot_of(m, k)) {
            put(k, *slot);
        } else if (auto it = m->dict.find(std::string(k)); it != m->dict.end()) {
            put(k, it->second);
        }
    }
    std::vector<std::string> others;
    for (const auto& [k, _] : m->dict)
        if (!slot_of(m, k) && std::find(order.begin(), order.end(), k) == order.end()) others.push_back(k);
    std::sort(others.begin(), others.end());
    for (const auto& k : others) put(k, m->dict[k]);
    if (m->def)
        for (size_t i = 0; i < m->def->nglobals; ++i) put(m->def->globals[i].name, *m->def->globals[i].value);
    return d;
}

void setup_module() {
    set_slots(ModuleType, {.repr = module_repr, .getattr = module_getattr, .setattr = module_setattr});
    add_methods(ModuleType, {{"__dir__", module_dir}});
}

void module_add(ModuleObj& m, const char* name, Object value) {
    ++m.version;
    m.dict[name] = std::move(value);
}

void module_add_function(ModuleObj& m, const char* name, Object (*fn)(const Args&)) {
    module_add(m, name, make_builtin(name, fn));
}

void module_add_functions(ModuleObj& m, std::initializer_list<MethodDef> defs) {
    for (const MethodDef& d : defs) module_add_function(m, d.name, d.fn);
}

Object getattr_filling(const Object& o, const char* name, ModuleAttrCache& cache) {
    Object v = getattr(o, name);
    if (o.type() == &ModuleType) {
        auto* m = o.as<ModuleObj>();
        cache.module = m;
        cache.version = m->version;
        cache.slot = slot_of(m, name);
        cache.value = cache.slot ? Object() : v;
    }
    return v;
}

}  // namespace pyco
