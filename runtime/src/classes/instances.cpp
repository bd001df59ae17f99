// Instances of user classes: allocation, calling a class (__new__ then __init__, CPython's type_call), and
// attribute access on instances (object.__getattribute__ / __setattr__ / __delattr__, user overrides and the
// __getattr__ fallback).
#include <fmt/format.h>

#include "internal/class_layout.h"

namespace pyco {

InstanceObj::InstanceObj(const Type* t) : Obj(t), cls(type_object(*t)), dict(dict_()) {}
UserListObj::UserListObj(const Type* t) : cls(type_object(*t)), dict(dict_()) { type = t; }
UserDictObj::UserDictObj(const Type* t) : cls(type_object(*t)), dict(dict_()) { type = t; }
UserTupleObj::UserTupleObj(const Type* t, std::vector<Object> items)
    : TupleObj(std::move(items)), cls(type_object(*t)), dict(dict_()) {
    type = t;
}

Object new_user_tuple(const Type* cls, std::vector<Object> items) {
    return Object::adopt(new UserTupleObj(cls, std::move(items)));
}
UserExceptionObj::UserExceptionObj(const Type* t) : ExceptionObj(t), cls(type_object(*t)) {}

namespace {

// The built-in exception class whose getattr/setattr give an exception instance its fields.
const Type* layout_base(const Type* t) {
    for (const Type* m : t->mro)
        if (!is_user_class(m) && m->getattr && m->setattr) return m;
    return &BaseExceptionType;
}

bool is_object_method(const Object& attr, std::string_view name) { return is_(attr, object_method(name)); }

// An attribute the built-in type's getattr slot gives an instance of a Layout::Native class (null: none).
Object native_attribute(const Object& o, std::string_view name) {
    const ClassObj* c = as_class(o.type());
    if (c->layout != Layout::Native || !c->native_base->getattr) return {};
    return c->native_base->getattr(o, name);
}

}  // namespace

Object allocate_instance(const Type* cls, const Args& a) {
    Layout layout = as_class(cls)->layout;
    if (layout == Layout::List) return Object::adopt(new UserListObj(cls));
    if (layout == Layout::Dict) return Object::adopt(new UserDictObj(cls));
    if (layout == Layout::Tuple) {  // the built-in tuple type of the MRO makes the items from the arguments
        for (const Type* t : cls->mro)
            if (!is_user_class(t)) return new_user_tuple(cls, tuple_items(call(type_object(*t), a)));
    }
    if (layout == Layout::Native) {
        const NativeLayout* native = as_class(cls)->native_base->native_layout;
        Object o = native->allocate(cls);
        if (native->created) native->created(o, a);
        return o;
    }
    if (layout == Layout::Exception) {
        auto* e = new UserExceptionObj(cls);
        Object self = Object::adopt(e);
        e->args = tuple_from(std::vector<Object>(a.pos, a.pos + a.npos));  // as BaseException.__new__
        return self;
    }
    return Object::adopt(new InstanceObj(cls));
}

NativeExtras* native_extras(Obj* o) { return as_class(o->type)->native_base->native_layout->extras(o); }

Object instance_dict(const Object& o) {
    if (!o.is_ptr() || !is_user_class(o.type())) return {};
    switch (as_class(o.type())->layout) {
        case Layout::Exception: {
            auto* e = o.as<ExceptionObj>();
            if (e->dict.null()) e->dict = dict_();
            return e->dict;
        }
        case Layout::List: return static_cast<UserListObj*>(o.ptr())->dict;
        case Layout::Dict: return static_cast<UserDictObj*>(o.ptr())->dict;
        case Layout::Tuple: return static_cast<UserTupleObj*>(o.ptr())->dict;
        case Layout::Native: return native_extras(o.ptr())->dict;
        case Layout::Type: return {};  // a class: its namespace is no instance dict
        case Layout::Object: break;
    }
    return o.as<InstanceObj>()->dict;
}

// ---- calling a class ----

namespace {

bool excess_args(const Args& a) { return a.npos || a.nkw; }

Object run_new(const Type& cls, const Args& a, const Object& init) {
    Object new_attr = lookup_mro(&cls, "__new__");
    Object sm = staticmethod_func(new_attr);
    bool builtin_new = sm.null() || isinstance_exact(sm, BuiltinFunctionType);
    if (!builtin_new) {
        std::vector<Object> pos{type_object(cls)};
        pos.insert(pos.end(), a.pos, a.pos + a.npos);
        return call(sm, Args{pos.data(), pos.size(), a.kw, a.nkw});
    }
    check_not_abstract(&cls);
    if (as_class(&cls)->layout == Layout::Type) return new_class_from_args(&cls, a);  // type.__new__
    // object.__new__: extra arguments are an error unless __init__ takes them.
    if (as_class(&cls)->layout == Layout::Object && excess_args(a) && is_object_method(init, "__init__"))
        type_error(fmt::format("{}() takes no arguments", cls.name));
    return allocate_instance(&cls, a);
}

void run_init(const Object& self, const Type* owner, const Object& init, const Args& a) {
    if (is_object_method(init, "__init__")) return;  // object.__init__ has nothing to do here
    // BaseException.__init__: the positional arguments become args; keywords are refused.
    if (!is_user_class(owner) && owner->is_subtype_of(&BaseExceptionType) && a.nkw)
        type_error(fmt::format("{}() takes no keyword arguments", self.type()->name));
    Object r = call(bind_found(init, owner, self, self.type()), a);
    if (!is_none(r)) type_error(fmt::format("__init__() should return None, not '{}'", type_name(r)));
}

}  // namespace

Object call_user_class(const Type& cls, const Args& a) {
    const Type* owner = nullptr;
    Object init = lookup_mro_owner(&cls, "__init__", owner);
    Object self = run_new(cls, a, init);
    if (!isinstance(self, cls)) return self;
    if (self.type() != &cls) init = lookup_mro_owner(self.type(), "__init__", owner);
    run_init(self, owner, init, a);
    return self;
}

// ---- attribute access ----

namespace {
Object bind_found_or_null(const Object& attr, const Type* owner, const Object& o, const Type* t) {
    return attr.null() ? attr : bind_found(attr, owner, o, t);
}
}  // namespace

Object generic_getattr(const Object& o, std::string_view name) {
    const Type* t = o.type();
    if (name == "__class__") return type_object(*t);
    if (name == "__dict__") return as_class(t)->slots_only ? Object() : instance_dict(o);
    const Type* owner = nullptr;
    Object key = attr_name(name);
    Object attr = lookup_mro_key(as_class(t), key, name, owner);
    if (!attr.null() && is_data_descriptor(attr)) return bind_attribute(attr, o, t);
    if (!as_class(t)->slot_names.empty() && as_class(t)->layout == Layout::Object && is_slot_name(t, name)) {
        const Object& slots = o.as<InstanceObj>()->slots;
        Object v = slots.null() ? Object() : dict_get(slots, key);
        return v.null() ? bind_found_or_null(attr, owner, o, t) : v;
    }
    if (as_class(t)->layout == Layout::Exception) {
        // args, __traceback__, __cause__, ... and the instance dict, as the built-in exception provides them.
        Object v = layout_base(t)->getattr(o, name);
        if (!v.null()) return v;
    } else {
        if (Object v = native_attribute(o, name); !v.null()) return v;
        Object v = dict_get(instance_dict(o), key);
        if (!v.null()) return v;
    }
    if (!attr.null()) return bind_found(attr, owner, o, t);
    return {};
}

void generic_setattr(const Object& o, std::string_view name, const Object& v) {
    const Type* t = o.type();
    Object attr = lookup_mro(t, name);
    if (!attr.null() && descriptor_set(attr, o, v, name)) return;
    if (name == "__class__") type_error("pyco does not support assigning __class__");
    if (!accepts_attribute(t, name))
        raise(AttributeErrorType, fmt::format("'{}' object has no attribute '{}'", t->name, name));
    Object key = attr_name(name);
    if (as_class(t)->layout == Layout::Object && is_slot_name(t, name)) {
        Object& slots = o.as<InstanceObj>()->slots;
        if (slots.null()) slots = dict_();
        if (!v.null()) return dict_set(slots, key, v);
        if (!dict_del(slots, key))
            raise(AttributeErrorType, fmt::format("'{}' object has no attribute '{}'", t->name, name));
        return;
    }
    if (as_class(t)->layout == Layout::Exception) {
        if (!v.null()) return layout_base(t)->setattr(o, name, v);
        auto* e = o.as<ExceptionObj>();
        if (e->dict.null() || !dict_del(e->dict, key))
            raise(AttributeErrorType, fmt::format("'{}' object has no attribute '{}'", t->name, name));
        return;
    }
    if (!v.null() && as_class(t)->layout == Layout::Native && as_class(t)->native_base->setattr &&
        !native_attribute(o, name).null())
        return as_class(t)->native_base->setattr(o, name, v);
    Object d = instance_dict(o);
    if (!v.null()) return dict_set(d, key, v);
    if (!dict_del(d, key)) raise(AttributeErrorType, fmt::format("'{}' object has no attribute '{}'", t->name, name));
}

namespace {

bool is_attribute_error(const PyExc& e) { return isinstance(e.exc, AttributeErrorType); }

Object call_getattr_hook(const Object& o, const Object& hook, std::string_view name) {
    return call(bind_attribute(hook, o, o.type()), {str_(name)});
}

}  // namespace

// The getattr slot of every user class: __getattribute__ (the user's or object's), then __getattr__ when that
// found nothing or raised AttributeError.
Object instance_getattr(const Object& o, std::string_view name) {
    const Type* t = o.type();
    const ClassObj* c = as_class(t);
    if (!c->has_getattribute && !c->has_getattr) return generic_getattr(o, name);
    Object getattribute = c->has_getattribute ? user_special(t, "__getattribute__") : Object();
    Object fallback = c->has_getattr ? user_special(t, "__getattr__") : Object();
    try {
        if (!getattribute.null()) return call(bind_attribute(getattribute, o, t), {str_(name)});
        Object r = generic_getattr(o, name);
        if (!r.null()) return r;
    } catch (const PyExc& e) {
        if (fallback.null() || !is_attribute_error(e)) throw;
    }
    if (fallback.null()) return {};
    return call_getattr_hook(o, fallback, name);
}

// The setattr slot (v null: delete): the user's __setattr__/__delattr__, else object's.
void instance_setattr(const Object& o, std::string_view name, const Object& v) {
    const Type* t = o.type();
    if (!(v.null() ? as_class(t)->has_delattr : as_class(t)->has_setattr)) return generic_setattr(o, name, v);
    Object hook = user_special(t, v.null() ? "__delattr__" : "__setattr__");
    if (hook.null()) return generic_setattr(o, name, v);
    Object bound = bind_attribute(hook, o, t);
    if (v.null()) call(bound, {str_(name)});
    else call(bound, {str_(name), v});
}

Object special_method(const Object& o, std::string_view name) {
    const Type* owner = nullptr;
    Object attr = lookup_mro_owner(o.type(), name, owner);
    return attr.null() ? attr : bind_found(attr, owner, o, o.type());
}

}  // namespace pyco
