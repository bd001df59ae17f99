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

// The class statement `class NAME(bases..., **keywords): body`, as CPython's __build_class__ runs it, in two
// halves around the body. prepare_class finds the metaclass (the `metaclass` keyword, else the most derived
// metaclass of the bases), resolves bases' __mro_entries__ and asks the metaclass's __prepare__ for the
// namespace (a dict unless a user metaclass returns another mapping). The body then binds its names into
// `ns` (class_namespace_set, variables.h), '__module__' and '__qualname__' first, '__classcell__' last when
// a method uses __class__ or super(). build_class calls the metaclass with (name, bases, ns, **keywords),
// checks the __class__ cell received the class it returned, and returns that.
struct PreparedClass {
    Object name, meta, bases, orig_bases, keywords /*dict or null*/, ns;
};
PreparedClass prepare_class(const Object& name, const Object& bases /*tuple*/, const Object& keywords /*dict or null*/);
Object build_class(const PreparedClass& prepared, const Object& class_cell /*null: the body has none*/);

// Zero-argument super() inside a method: `klass` is the __class__ cell's value, `first_arg` the method's first
// parameter.
Object super_zero(const Object& klass, const Object& first_arg);

inline bool is_user_class(const Type* t) noexcept { return !t->mro.empty(); }

// The built-in classes of this part, as values (`property`, `staticmethod`, `classmethod`, `super`).
extern Type PropertyType, StaticMethodType, ClassMethodType, SuperType;

}  // namespace pyco
