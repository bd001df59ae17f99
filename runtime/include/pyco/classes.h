// User-defined classes: the `class` statement, instances, attribute lookup along the MRO with descriptors
// (functions, property, staticmethod, classmethod), super(), and the special methods behind the Type slots
// (CPython's Objects/typeobject.c, descrobject.c and funcobject.c).
//
// A user class is a `ClassObj` (a Type whose `mro` is set), refcounted like any value; its namespace is an
// ordered dict. Its slots are computed from the dunder methods found along its MRO when it is created and
// again whenever one of its (or an ancestor's) attributes changes, so `repr(x)`, `a < b`, `len(x)`, `for`,
// `with` and the rest dispatch through the same slots as built-in values do.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "call.h"
#include "object.h"
#include "type.h"

namespace pyco {

struct ClassInfo {
    const char* name;
    const char* qualname;
};

// The class statement: `class NAME(bases..., **keywords): body`, after the body ran with `ns` as its namespace
// (a dict holding the body's names in definition order, plus '__module__' and '__qualname__'). Computes the C3
// MRO, creates the class, runs __set_name__ and the parent's __init_subclass__, and returns the class.
Object build_class(const ClassInfo& info, const Object& bases /*tuple*/, const Object& ns /*dict*/,
                   const Object& keywords /*dict or null*/);
// Zero-argument super() inside a method: `klass` is the __class__ cell's value, `first_arg` the method's first
// parameter.
Object super_zero(const Object& klass, const Object& first_arg);

// type(name, bases, dict): a class made without a class statement.
Object type_new(const Object& name, const Object& bases, const Object& dict);

inline bool is_user_class(const Type* t) noexcept { return !t->mro.empty(); }

// The built-in classes of this part, as values (`property`, `staticmethod`, `classmethod`, `super`).
extern Type PropertyType, StaticMethodType, ClassMethodType, SuperType;

}  // namespace pyco
