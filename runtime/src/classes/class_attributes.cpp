// Attributes of classes themselves: `C.x` (descriptors bound to no instance: a function stays a function, a
// classmethod binds C), `C.x = v` (which recomputes the slots when a dunder changes), and type's own
// attributes (__name__, __qualname__, __module__, __mro__, __bases__, __dict__, __doc__, mro()).
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
    if (name == "__class__") return type_object(TypeType);
    if (name == "mro") return Object::adopt(new BuiltinFunctionObj("mro", m_mro, cls));
    if (name == "__subclasses__") return Object::adopt(new BuiltinFunctionObj("__subclasses__", m_subclasses, cls));
    return {};
}

}  // namespace

Object user_class_getattr(const Object& cls, std::string_view name) {
    auto* c = as_class(cls.as<Type>());
    if (name == "__name__") return str_(c->name);
    if (name == "__qualname__") return str_(c->qualname);
    if (name == "__dict__") {
        Object copy = dict_();  // CPython gives a read-only mappingproxy
        dict_update(copy, c->dict);
        return copy;
    }
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
    if (name == "__dict__") return dict_();
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

void user_attribute_names(const Object& o, std::vector<std::string>& out) {
    bool is_class = is_type(o);
    const Type* t = is_class ? o.as<Type>() : o.type();
    auto add_keys = [&](const Object& d) {
        if (d.null()) return;
        for (const DictEntry& e : d.as<DictObj>()->entries)
            if (!e.key.null() && is_str(e.key)) out.emplace_back(str_view(e.key));
    };
    if (!is_class) add_keys(instance_dict(o));
    for (const Type* m : mro_of(t)) {
        if (is_user_class(m)) {
            add_keys(as_class(m)->dict);
            continue;
        }
        for (auto& [k, _] : m->methods) out.push_back(k);
        for (auto& [k, _] : m->attrs) out.push_back(k);
    }
    for (const char* n : {"__class__", "__dict__", "__module__", "__doc__", "__weakref__"}) out.emplace_back(n);
}

}  // namespace pyco
