// type's own methods, which user metaclasses inherit and reach through super() or `type.name` (CPython's
// type_methods and type's slots in typeobject.c): __new__, __init__, __prepare__, __getattribute__,
// __setattr__, __delattr__, __instancecheck__, __subclasscheck__, __dir__; and calling `type` (or
// abc.ABCMeta) itself.
#include <fmt/format.h>

#include "internal/class_layout.h"
#include "internal/type_setup.h"

namespace pyco {

namespace {

const Object& class_arg(const Args& a, const char* method) {
    if (a.npos == 0) type_error(fmt::format("descriptor '{}' of 'type' object needs an argument", method));
    if (!is_type(a[0]))
        type_error(fmt::format("descriptor '{}' requires a 'type' object but received a '{}'", method,
                               type_name(a[0])));
    return a[0];
}

Args after_first(const Args& a) { return Args{a.pos + 1, a.npos - 1, a.kw, a.nkw}; }

std::string_view name_arg(const Object& v) {
    if (!is_str(v)) type_error(fmt::format("attribute name must be string, not '{}'", type_name(v)));
    return str_view(v);
}

// type.__new__(metatype, name, bases, dict, **kw)
Object t_new(const Args& a) {
    if (a.npos == 0) type_error("type.__new__(): not enough arguments");
    if (!is_type(a[0])) type_error(fmt::format("type.__new__(X): X is not a type object ({})", type_name(a[0])));
    const Type* meta = a[0].as<Type>();
    if (!meta->is_subtype_of(&TypeType))
        type_error(fmt::format("type.__new__({}): {} is not a subtype of type", tp_name(meta), tp_name(meta)));
    return new_class_from_args(meta, after_first(a));
}

// type.__init__(cls, name, bases, dict, **kw): the class is complete already; only the arguments are checked.
Object t_init(const Args& a) {
    class_arg(a, "__init__");
    size_t n = a.npos - 1;
    if (a.nkw && n == 1) type_error("type.__init__() takes no keyword arguments");
    if (n != 1 && n != 3) type_error("type.__init__() takes 1 or 3 arguments");
    return None();
}

// type.__prepare__(name, bases, **kw), a classmethod: the namespace of a class body is a plain dict.
Object t_prepare(const Args&) { return dict_(); }

Object t_getattribute(const Args& a) {
    check_nargs("__getattribute__", a, 2, 2);
    const Object& cls = class_arg(a, "__getattribute__");
    std::string_view name = name_arg(a[1]);
    Object r = class_getattribute(cls, name);
    if (r.null()) raise_attribute_error(cls, name);
    return r;
}

Object t_setattr(const Args& a) {
    check_nargs("__setattr__", a, 3, 3);
    class_setattro(class_arg(a, "__setattr__"), name_arg(a[1]), a[2]);
    return None();
}

Object t_delattr(const Args& a) {
    check_nargs("__delattr__", a, 2, 2);
    class_setattro(class_arg(a, "__delattr__"), name_arg(a[1]), Object());
    return None();
}

// The checks isinstance() and issubclass() make when the metaclass does not override them.
Object t_instancecheck(const Args& a) {
    check_nargs("__instancecheck__", a, 2, 2);
    return bool_(isinstance(a[1], *class_arg(a, "__instancecheck__").as<Type>()));
}

Object t_subclasscheck(const Args& a) {
    check_nargs("__subclasscheck__", a, 2, 2);
    const Type* cls = class_arg(a, "__subclasscheck__").as<Type>();
    if (!is_type(a[1])) type_error("issubclass() arg 1 must be a class");
    return bool_(a[1].as<Type>()->is_subtype_of(cls));
}

Object t_dir(const Args& a) {
    check_nargs("__dir__", a, 1, 1);
    return class_dir(class_arg(a, "__dir__"));
}

// type(x), or type.__call__ of a built-in metaclass: the class type.__new__ makes, then the __init__ of its
// metaclass when that is a user class's (CPython's type_call).
Object call_builtin_metaclass(const Type& meta, const Args& a) {
    if (&meta == &TypeType) {
        if (a.npos == 1 && !a.nkw) return type_object(*a[0].type());
        if (a.npos != 3) type_error("type() takes 1 or 3 arguments");
    }
    Object cls = new_class_from_args(&meta, a);
    if (!isinstance(cls, meta)) return cls;
    Object init = user_special(cls.type(), "__init__");
    if (init.null()) return cls;
    Object r = call(bind_attribute(init, cls, cls.type()), a);
    if (!is_none(r)) type_error(fmt::format("__init__() should return None, not '{}'", type_name(r)));
    return cls;
}

}  // namespace

void setup_type_methods() {
    add_methods(TypeType, {{"__init__", t_init},
                           {"__getattribute__", t_getattribute},
                           {"__setattr__", t_setattr},
                           {"__delattr__", t_delattr},
                           {"__instancecheck__", t_instancecheck},
                           {"__subclasscheck__", t_subclasscheck},
                           {"__dir__", t_dir}});
    TypeType.methods["__new__"] = immortal(new_staticmethod(make_builtin("__new__", t_new)));
    TypeType.methods["__prepare__"] = immortal(new_classmethod(make_builtin("__prepare__", t_prepare)));
    set_type_constructor(TypeType, call_builtin_metaclass);
}

}  // namespace pyco
