#include "pyco/names.h"

#include <fmt/format.h>

#include "pyco/module.h"
#include "pyco/ops.h"

namespace pyco {

void raise_unbound_free(const char* name) {
    raise(NameErrorType,
          fmt::format("cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                      name));
}

Object class_namespace_get(const Object& ns, const char* name) {
    Object key = str_(name);
    return contains(ns, key) ? getitem(ns, key) : Object();
}

void class_namespace_del(const Object& ns, const char* name) {
    Object key = str_(name);
    if (!contains(ns, key)) raise_name_error(name);
    delitem(ns, key);
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
