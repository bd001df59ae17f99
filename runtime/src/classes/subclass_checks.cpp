// isinstance() and issubclass() (CPython's PyObject_IsInstance and PyObject_IsSubclass): a tuple stands for
// any of its items, and a class whose metaclass defines __instancecheck__ or __subclasscheck__ decides for
// itself (abc.ABCMeta's checks are called directly, unless a user metaclass overrides them); otherwise the
// answer is the MRO's.
#include "internal/class_layout.h"

namespace pyco {

namespace {

// The hook the type of `cls` defines, bound to `cls`; null when type's own check applies, as it does for every
// class whose metaclass is built in. Objects that are not classes may answer too (types.GenericAlias refuses,
// types.UnionType asks its members, typing's objects do either).
Object check_hook(const Object& cls, const char* name) {
    const Type* meta = cls.type();
    if (is_user_class(meta)) {
        Object hook = user_special(meta, name);
        return hook.null() ? hook : bind_attribute(hook, cls, meta);
    }
    if (is_type(cls) || is_tuple(cls)) return {};
    return special_method(cls, name);
}

bool mro_isinstance(const Object& inst, const Object& cls) {
    if (!is_type(cls)) type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
    return inst.type()->is_subtype_of(cls.as<Type>());
}

bool mro_issubclass(const Object& derived, const Object& cls) {
    if (!is_type(derived)) type_error("issubclass() arg 1 must be a class");
    if (!is_type(cls)) type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return derived.as<Type>()->is_subtype_of(cls.as<Type>());
}

}  // namespace

bool isinstance_check(const Object& inst, const Object& cls) {
    if (cls.ptr() == inst.type()) return true;  // CPython's shortcut: no hook runs for the exact class
    if (is_tuple(cls)) {
        for (const Object& c : tuple_items(cls))
            if (isinstance_check(inst, c)) return true;
        return false;
    }
    if (Object hook = check_hook(cls, "__instancecheck__"); !hook.null()) return truthy(call(hook, {inst}));
    if (cls.type()->is_subtype_of(&ABCMetaType)) return abc_instancecheck(cls, inst);
    return mro_isinstance(inst, cls);
}

bool issubclass_check(const Object& derived, const Object& cls) {
    if (is_tuple(cls)) {
        for (const Object& c : tuple_items(cls))
            if (issubclass_check(derived, c)) return true;
        return false;
    }
    if (Object hook = check_hook(cls, "__subclasscheck__"); !hook.null()) return truthy(call(hook, {derived}));
    if (cls.type()->is_subtype_of(&ABCMetaType)) return abc_subclasscheck(cls, derived);
    return mro_issubclass(derived, cls);
}

}  // namespace pyco
