// super(): attribute lookup that starts after a given class in the MRO of an instance's (or a class's) type
// (CPython's superobject in typeobject.c).
#include <fmt/format.h>

#include "internal/class_layout.h"
#include "internal/type_setup.h"

namespace pyco {

Type SuperType("super", "builtins", &ObjectType);

namespace {

struct SuperObj : Obj {
    Object start;     // the class whose successors are searched (__thisclass__)
    Object obj;       // the instance or class bound (__self__)
    Object obj_type;  // type(obj), or obj itself when it is a subclass of start (__self_class__)
    SuperObj(Object s, Object o, Object t)
        : Obj(&SuperType), start(std::move(s)), obj(std::move(o)), obj_type(std::move(t)) {}
};

// super(type, obj): obj must be an instance of type or a subclass of it.
Object checked_obj_type(const Object& start, const Object& obj) {
    const Type* t = start.as<Type>();
    if (is_type(obj) && obj.as<Type>()->is_subtype_of(t)) return obj;
    if (obj.type()->is_subtype_of(t)) return type_object(*obj.type());
    type_error("super(type, obj): obj must be an instance or subtype of type");
}

Object new_super(const Object& start, const Object& obj) {
    if (!is_type(start)) type_error(fmt::format("super() argument 1 must be a type, not {}", type_name(start)));
    Object t = checked_obj_type(start, obj);
    return Object::adopt(new SuperObj(start, obj, t));
}

Object super_getattr(const Object& o, std::string_view name) {
    auto* s = o.as<SuperObj>();
    if (name == "__thisclass__") return s->start;
    if (name == "__self__") return s->obj;
    if (name == "__self_class__") return s->obj_type;
    if (name == "__class__") return type_object(SuperType);
    const Type* start = s->start.as<Type>();
    const Type* type = s->obj_type.as<Type>();
    std::vector<const Type*> mro = mro_of(type);
    size_t i = 0;
    while (i < mro.size() && mro[i] != start) ++i;
    // A class bound as obj (super() in a classmethod or __new__) binds descriptors to no instance.
    Object inst = is_(s->obj, s->obj_type) ? Object() : s->obj;
    for (++i; i < mro.size(); ++i) {
        Object attr = own_attribute(mro[i], name);
        if (!attr.null()) return bind_found(attr, mro[i], inst, type);
    }
    return {};
}

std::string super_repr(const Object& o) {
    auto* s = o.as<SuperObj>();
    return fmt::format("<super: <class '{}'>, <{} object>>", s->start.as<Type>()->name,
                       s->obj_type.as<Type>()->name);
}

Object super_ctor(const Type&, const Args& a) {
    check_no_kwargs("super", a);
    if (a.npos == 0) raise(RuntimeErrorType, "super(): no arguments");
    if (a.npos > 2) type_error(fmt::format("super() takes at most 2 arguments ({} given)", a.npos));
    if (a.npos == 1) type_error("pyco does not support unbound super objects (super() with one argument)");
    return new_super(a[0], a[1]);
}

}  // namespace

void setup_super() {
    set_slots(SuperType, {.repr = super_repr, .getattr = super_getattr});
    set_type_constructor(SuperType, super_ctor);
}

Object super_zero(const Object& klass, const Object& first_arg) {
    if (!is_type(klass)) raise(RuntimeErrorType, "super(): __class__ is not a type");
    return new_super(klass, first_arg);
}

}  // namespace pyco
