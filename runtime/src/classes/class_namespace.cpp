// Names in a class body: they live in the namespace dict the class is built from (CPython's LOAD_NAME and
// DELETE_NAME inside a class body).
#include "pyco/ops.h"
#include "pyco/variables.h"

namespace pyco {

Object class_namespace_get(const Object& ns, const char* name) {
    Object key = str_(name);
    return contains(ns, key) ? getitem(ns, key) : Object();
}

void class_namespace_del(const Object& ns, const char* name) {
    Object key = str_(name);
    if (!contains(ns, key)) raise_name_error(name);
    delitem(ns, key);
}

}  // namespace pyco
