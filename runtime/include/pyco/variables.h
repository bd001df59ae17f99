// Reading and writing variables from generated code, with CPython's errors for unbound names.
#pragma once

#include "call.h"
#include "exceptions.h"
#include "object.h"
#include "ops.h"

namespace pyco {

// A local variable: UnboundLocalError while it has no value.
inline const Object& load_local(const Object& v, const char* name) {
    if (v.null()) raise_unbound_local(name);
    return v;
}

// A module global, falling back to the builtin of the same name (null when there is none): NameError when
// neither exists.
inline const Object& load_global(const Object& g, const Object& builtin, const char* name) {
    if (!g.null()) return g;
    if (!builtin.null()) return builtin;
    raise_name_error(name);
}

inline Object& cell_ref(const Object& cell) noexcept { return cell.as<CellObj>()->value; }

// A variable captured by a nested function (`free`) or one that nested functions capture (`own` cell).
[[noreturn]] void raise_unbound_free(const char* name);
inline const Object& load_cell(const Object& cell, const char* name, bool free) {
    const Object& v = cell_ref(cell);
    if (v.null()) {
        if (free) raise_unbound_free(name);
        raise_unbound_local(name);
    }
    return v;
}

// `del x`: the variable must have a value.
inline void delete_local(Object& v, const char* name) {
    load_local(v, name);
    v = Object();
}

// Names in a class body live in the namespace the class is built from (a dict, or the mapping a metaclass's
// __prepare__ returned): null when absent.
void class_namespace_set(const Object& ns, const Object& key, const Object& v);
Object class_namespace_get(const Object& ns, const char* name);
void class_namespace_del(const Object& ns, const char* name);  // NameError when absent

// globals() and locals() (compiler/codegen/namespace_gen.cpp): a new dict of the module's names in the order
// CPython's module dict has them, and a function's variable added to its locals() dict when it is bound.
Object module_namespace(const Object& module);
inline void locals_add(const Object& d, const Object& name, const Object& v) {
    if (!v.null()) dict_set(d, name, v);
}

// `from module import name`: ImportError "cannot import name 'x' from 'asyncio' (unknown location)" when missing.
Object import_from(const Object& module, std::string_view name);

}  // namespace pyco
