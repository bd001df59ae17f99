// Attributes of classes themselves: `C.x` (descriptors bound to no instance: a function stays a function, a
// classmethod binds C), `C.x = v` (which recomputes the slots when a dunder changes), type's own attributes
// (__name__, __qualname__, __module__, __mro__, __bases__, __dict__, __doc__, mro()), and what a user
// metaclass adds (CPython's type_getattro): its data descriptors first, then the class's MRO, then its other
// attributes bound to the class, with its __getattribute__, __getattr__, __setattr__ and __delattr__.
#include <fmt/format.h>

#include "internal/class_layout.h"

namespace pyco {

namespace {

Object types_tuple(const std::vector<const Type*>& types) {
    std::vector<Object> items;
    for (const Type* t : types) items.push_back(type_object(*t));
    return tuple_from(std::move(items));
}

Object bases_of(const Type* t) {
    if (is_user_class(t)) return tuple_from(as_class(t)->bases);
    return t->base ? tuple_({type_object(*t->base)}) : tuple_();
}

Object m_mro(const Args& a) {
    check_nargs("mro", a, 1, 1);
    if (!is_type(a[0])) type_error("descriptor 'mro' for 'type' objects doesn't apply to this object");
    return list_from(tuple_items(types_tuple(mro_of(a[0].as<Type>()))));
}

Object m_subclasses(const Args& a) {
    check_nargs("__subclasses__", a, 1, 1);
    std::vector<Object> out;
    if (is_type(a[0]) && is_user_class(a[0].as<Type>()))
        for (ClassObj* s : as_class(a[0].as<Type>())->subclasses) out.push_back(type_object(*s));
    return list_from(std::move(out));
}

// Attributes every class has, user-defined or built-in.
Object type_attribute(const Object& cls, std::string_view name) {
    const Type* t = cls.as<Type>();
    if (name == "__mro__") return types_tuple(mro_of(t));
    if (name == "__bases__") return bases_of(t);
    if (name == "__base__") return t->base ? type_object(*t->base) : None();
    if (name == "__class__") return type_object(*cls.type());
    if (name == "mro") return Object::adopt(new BuiltinFunctionObj("mro", m_mro, cls));
    if (name == "__subclasses__") return Object::adopt(new BuiltinFunctionObj("__subclasses__", m_subclasses, cls));
    return {};
}

}  // namespace

Object user_class_getattr(const Object& cls, std::string_view name) {
    auto* c = as_class(cls.as<Type>());
    if (name == "__name__") return str_(c->name);
    if (name == "__qualname__") return str_(c->qualname);
    if (name == "__dict__") return mapping_proxy(c->dict);
    if (name != "__doc__" && name != "__module__")
        if (Object v = type_attribute(cls, name); !v.null()) return v;
    Object attr = lookup_mro(c, name);
    if (attr.null()) return name == "__module__" ? str_(c->module) : attr;
    return bind_attribute(attr, Object(), c);
}

Object builtin_class_getattr(const Type* cls, std::string_view name) {
    Object self = type_object(*cls);
    if (Object v = type_attribute(self, name); !v.null()) return v;
    if (name == "__doc__") return None();
    if (name == "__dict__") return mapping_proxy(builtin_type_dict(cls));
    for (const Type* t = cls; t; t = t->base) {
        Object attr = own_attribute(t, name);
        if (!attr.null()) return bind_attribute(attr, Object(), cls);
    }
    return {};
}

void class_setattr(const Object& cls, std::string_view name, const Object& v) {
    const Type* t = cls.as<Type>();
    if (!is_user_class(t)) {
        type_error(fmt::format("cannot set '{}' attribute of immutable type '{}'", name, t->name));
    }
    auto* c = as_class(t);
    if (name == "__name__" || name == "__qualname__") {
        if (v.null() || !is_str(v))
            type_error(fmt::format("can only assign string to {}.{}, not '{}'", c->name, name,
                                   v.null() ? "NoneType" : type_name(v)));
        (name == "__name__" ? c->name : c->qualname) = std::string(str_view(v));
        return;
    }
    Object key = str_(name);
    bump_class_epoch();
    if (v.null()) {
        if (!dict_del(c->dict, key))
            raise(AttributeErrorType, fmt::format("type object '{}' has no attribute '{}'", c->name, name));
    } else {
        dict_set(c->dict, key, v);
    }
    if (name.size() > 4 && name.substr(0, 2) == "__" && name.substr(name.size() - 2) == "__") update_slots(c);
}

Object class_getattribute(const Object& cls, std::string_view name) {
    const Type* meta = cls.type();
    if (!is_user_class(meta)) return getattr_or_null(cls, name);
    const Type* owner = nullptr;
    Object meta_attr = lookup_mro_owner(meta, name, owner);
    bool from_user_meta = !meta_attr.null() && is_user_class(owner);
    if (from_user_meta && is_data_descriptor(meta_attr)) return bind_attribute(meta_attr, cls, meta);
    Object r;
    if (!from_user_meta) {
        r = user_class_getattr(cls, name);
    } else if (Object attr = lookup_mro(cls.as<Type>(), name); !attr.null()) {
        r = bind_attribute(attr, Object(), cls.as<Type>());
    }
    if (!r.null() || meta_attr.null()) return r;
    return bind_found(meta_attr, owner, cls, meta);
}

Object metaclass_instance_getattr(const Object& cls, std::string_view name) {
    const auto* meta = as_class(cls.type());
    if (!meta->has_getattribute && !meta->has_getattr) return class_getattribute(cls, name);
    Object getattribute = meta->has_getattribute ? user_special(meta, "__getattribute__") : Object();
    Object fallback = meta->has_getattr ? user_special(meta, "__getattr__") : Object();
    try {
        if (!getattribute.null()) return call(bind_attribute(getattribute, cls, meta), {str_(name)});
        Object r = class_getattribute(cls, name);
        if (!r.null()) return r;
    } catch (const PyExc& e) {
        if (fallback.null() || !isinstance(e.exc, AttributeErrorType)) throw;
    }
    if (fallback.null()) return {};
    return call(bind_attribute(fallback, cls, meta), {str_(name)});
}

void class_setattro(const Object& cls, std::string_view name, const Object& v) {
    const Type* meta = cls.type();
    if (is_user_class(meta)) {
        Object attr = lookup_mro(meta, name);
        if (!attr.null() && descriptor_set(attr, cls, v, name)) return;
    }
    class_setattr(cls, name, v);
}

void metaclass_instance_setattr(const Object& cls, std::string_view name, const Object& v) {
    const auto* meta = as_class(cls.type());
    if (!(v.null() ? meta->has_delattr : meta->has_setattr)) return class_setattro(cls, name, v);
    Object hook = user_special(meta, v.null() ? "__delattr__" : "__setattr__");
    Object bound = bind_attribute(hook, cls, meta);
    if (v.null()) call(bound, {str_(name)});
    else call(bound, {str_(name), v});
}

}  // namespace pyco
