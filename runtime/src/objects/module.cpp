// Module objects: `import asyncio` gives one, whose attributes are its dict, looked up at run time (so a missing
// name fails with CPython's AttributeError, suggestion included), and the per-site cache of `module.attr`.
#include <fmt/format.h>

#include "internal/type_setup.h"
#include "internal/values.h"
#include "pyco/module.h"
#include "internal/module_registry.h"

namespace pyco {

Type ModuleType("module", "builtins", &ObjectType);

namespace {

std::string module_repr(const Object& o) { return fmt::format("<module '{}' (built-in)>", o.as<ModuleObj>()->name); }

Object module_getattr(const Object& o, std::string_view name) {
    auto* m = o.as<ModuleObj>();
    auto it = m->dict.find(std::string(name));
    if (it != m->dict.end()) return it->second;
    if (name == "__name__") return str_(m->name);
    return {};
}

void module_setattr(const Object& o, std::string_view name, const Object& v) {
    auto* m = o.as<ModuleObj>();
    ++m->version;
    if (v.null()) {
        if (!m->dict.erase(std::string(name))) raise_attribute_error(o, name);
        return;
    }
    m->dict[std::string(name)] = v;
}

// module.__dir__: the module's names (a module may define its own __dir__ function, as PEP 562 allows).
Object module_dir(const Args& a) {
    check_nargs("__dir__", a, 1, 1);
    if (!isinstance_exact(a[0], ModuleType)) type_error("descriptor '__dir__' requires a 'module' object");
    auto* m = a[0].as<ModuleObj>();
    if (auto own = m->dict.find("__dir__"); own != m->dict.end()) return call(own->second);
    std::vector<Object> names{str_("__name__")};
    for (const auto& [k, _] : m->dict)
        if (k != "__name__") names.push_back(str_(k));
    return list_from(std::move(names));
}

}  // namespace

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
        cache.module = o.as<ModuleObj>();
        cache.version = cache.module->version;
        cache.value = v;
    }
    return v;
}

}  // namespace pyco
