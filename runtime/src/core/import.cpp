// Imports: the registry of the modules pyco provides (runtime/include/pyco/modules.def), each initialised on
// first import, and `from module import name`.
#include <fmt/format.h>

#include <map>

#include "internal/module_registry.h"
#include "internal/values.h"
#include "pyco/module.h"

namespace pyco {
namespace {

struct Registered {
    ModuleInit init;
    Object module;  // null until first import
};

std::map<std::string, Registered, std::less<>>& registry() {
    static std::map<std::string, Registered, std::less<>> r = {
#define PYCO_MODULE(name, init) {#name, Registered{init, Object()}},
#include "pyco/modules.def"
#undef PYCO_MODULE
    };
    return r;
}

}  // namespace

Object import_module(std::string_view name) {
    auto& r = registry();
    auto it = r.find(name);
    if (it == r.end()) {
        Object e = new_exception(ModuleNotFoundErrorType, fmt::format("No module named '{}'", name));
        raise_(e);
    }
    if (it->second.module.null()) {
        auto* m = new ModuleObj(std::string(name));
        it->second.module = immortal(Object::adopt(m));
        m->dict["__name__"] = str_(name);
        it->second.init(*m);
    }
    return it->second.module;
}

std::vector<std::string> provided_modules() {
    std::vector<std::string> names;
    for (auto& [n, _] : registry()) names.push_back(n);
    return names;
}

Object import_from(const Object& module, std::string_view name) {
    Object v = getattr_or_null(module, name);
    if (v.null()) {
        std::string mod = isinstance_exact(module, ModuleType) ? module.as<ModuleObj>()->name : type_name(module);
        raise(ImportErrorType, fmt::format("cannot import name '{}' from '{}' (unknown location)", name, mod));
    }
    return v;
}

}  // namespace pyco
