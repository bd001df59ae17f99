// Names in a class body (CPython's STORE_NAME, LOAD_NAME and DELETE_NAME there): they live in the namespace
// the metaclass's __prepare__ gave, a dict unless the metaclass returned another mapping, which then sees
// every binding through __setitem__ (enum's member dict does).
#include <fmt/format.h>

#include "internal/values.h"
#include "pyco/ops.h"
#include "pyco/variables.h"

namespace pyco {

void class_namespace_set(const Object& ns, const Object& key, const Object& v) {
    if (isinstance_exact(ns, DictType)) return dict_set(ns, key, v);
    setitem(ns, key, v);
}

Object class_namespace_get(const Object& ns, const char* name) {
    Object key = str_(name);
    if (isinstance_exact(ns, DictType)) return dict_get(ns, key);
    try {
        return getitem(ns, key);
    } catch (const PyExc& e) {
        if (!isinstance(e.exc, KeyErrorType)) throw;
    }
    return {};
}

// Any failure to delete reads as the name being unbound, as CPython reports it.
void class_namespace_del(const Object& ns, const char* name) {
    Object key = str_(name);
    if (isinstance_exact(ns, DictType)) {
        if (!dict_del(ns, key)) raise_name_error(name);
        return;
    }
    try {
        delitem(ns, key);
    } catch (const PyExc&) {
        raise_name_error(name);
    }
}

}  // namespace pyco
