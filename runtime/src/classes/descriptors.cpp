// Descriptors: what a class attribute becomes when it is read through an instance or the class (CPython's
// descriptor protocol): functions bind, staticmethod unwraps, classmethod binds the class, property calls its
// getter, and instances of user classes with __get__/__set__/__delete__ run those.
#include <fmt/format.h>

#include "internal/class_layout.h"
#include "internal/type_setup.h"

namespace pyco {

Type PropertyType("property", "builtins", &ObjectType);
Type StaticMethodType("staticmethod", "builtins", &ObjectType);
Type ClassMethodType("classmethod", "builtins", &ObjectType);

namespace {

struct PropertyObj : Obj {
    Object fget, fset, fdel, doc, name;  // None when absent; name set by __set_name__ (null until then)
    PropertyObj() : Obj(&PropertyType), fget(None()), fset(None()), fdel(None()), doc(None()) {}
};
struct WrapperObj : Obj {  // staticmethod and classmethod
    Object func;
    Object dict;  // __dict__: __name__, __doc__, ... as functools.update_wrapper would copy them
    WrapperObj(const Type* t, Object f) : Obj(t), func(std::move(f)) {}
};

PropertyObj* as_property(const Object& o) { return o.as<PropertyObj>(); }

// "property 'x' of 'C' object has no getter" (CPython 3.11 names the property once __set_name__ ran).
[[noreturn]] void property_error(const PropertyObj* p, const Object& obj, const char* what) {
    std::string owner = obj.type()->qualname.empty() ? obj.type()->name : obj.type()->qualname;
    if (p->name.null())
        raise(AttributeErrorType, fmt::format("property of '{}' object has no {}", owner, what));
    raise(AttributeErrorType, fmt::format("property {} of '{}' object has no {}", repr_utf8(p->name), owner, what));
}

Object property_get(const Object& prop, const Object& obj) {
    auto* p = as_property(prop);
    if (is_none(p->fget)) property_error(p, obj, "getter");
    return call(p->fget, {obj});
}

// property.getter/setter/deleter: a copy with one function replaced, keeping the name.
Object property_copy(const Object& prop, int which, const Object& f) {
    auto* p = as_property(prop);
    auto* q = new PropertyObj();
    q->fget = which == 0 ? f : p->fget;
    q->fset = which == 1 ? f : p->fset;
    q->fdel = which == 2 ? f : p->fdel;
    q->doc = p->doc;
    if (which == 0 && is_none(q->doc)) q->doc = getattr_or_null(f, "__doc__");
    if (q->doc.null()) q->doc = None();
    q->name = p->name;
    return Object::adopt(q);
}

const Object& self_arg(const Args& a, const Type& t, const char* method) {
    if (a.npos == 0 || !isinstance(a[0], t))
        type_error(fmt::format("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", method, t.name,
                               a.npos ? type_name(a[0]) : std::string("NoneType")));
    return a[0];
}

Object m_getter(const Args& a) {
    check_nargs("getter", a, 2, 2);
    return property_copy(self_arg(a, PropertyType, "getter"), 0, a[1]);
}
Object m_setter(const Args& a) {
    check_nargs("setter", a, 2, 2);
    return property_copy(self_arg(a, PropertyType, "setter"), 1, a[1]);
}
Object m_deleter(const Args& a) {
    check_nargs("deleter", a, 2, 2);
    return property_copy(self_arg(a, PropertyType, "deleter"), 2, a[1]);
}
Object m_property_get(const Args& a) {
    check_nargs("__get__", a, 2, 3);
    const Object& self = self_arg(a, PropertyType, "__get__");
    if (is_none(a[1])) return self;
    return property_get(self, a[1]);
}
Object m_property_set(const Args& a) {
    check_nargs("__set__", a, 3, 3);
    descriptor_set(self_arg(a, PropertyType, "__set__"), a[1], a[2], "");
    return None();
}
Object m_property_delete(const Args& a) {
    check_nargs("__delete__", a, 2, 2);
    descriptor_set(self_arg(a, PropertyType, "__delete__"), a[1], Object(), "");
    return None();
}
Object m_property_set_name(const Args& a) {
    check_nargs("__set_name__", a, 3, 3);
    as_property(self_arg(a, PropertyType, "__set_name__"))->name = a[2];
    return None();
}

Object property_ctor(const Type&, const Args& a) {
    check_kwargs("property", a, {"fget", "fset", "fdel", "doc"});
    if (a.npos > 4) type_error(fmt::format("property expected at most 4 arguments, got {}", a.npos));
    auto* p = new PropertyObj();
    Object self = Object::adopt(p);
    Object* fields[] = {&p->fget, &p->fset, &p->fdel, &p->doc};
    const char* names[] = {"fget", "fset", "fdel", "doc"};
    for (size_t i = 0; i < 4; ++i) {
        Object v = i < a.npos ? a[i] : kwarg(a, names[i]);
        if (!v.null()) *fields[i] = v;
    }
    if (is_none(p->doc) && !is_none(p->fget)) {
        Object d = getattr_or_null(p->fget, "__doc__");
        if (!d.null()) p->doc = d;
    }
    return self;
}

Object property_getattr(const Object& o, std::string_view name) {
    auto* p = as_property(o);
    if (name == "fget") return p->fget;
    if (name == "fset") return p->fset;
    if (name == "fdel") return p->fdel;
    if (name == "__doc__") return p->doc;
    if (name == "__isabstractmethod__") {  // abstract when one of its functions is
        for (const Object* f : {&p->fget, &p->fset, &p->fdel}) {
            Object flag = is_none(*f) ? Object() : getattr_or_null(*f, "__isabstractmethod__");
            if (!flag.null() && truthy(flag)) return bool_(true);
        }
        return bool_(false);
    }
    return {};
}

// ---- staticmethod / classmethod ----

Object wrapper_ctor(const Type& t, const Args& a) {
    check_no_kwargs(t.name.c_str(), a);
    if (a.npos != 1) type_error(fmt::format("{} expected 1 argument, got {}", t.name, a.npos));
    return Object::adopt(new WrapperObj(&t, a[0]));
}

Object wrapper_getattr(const Object& o, std::string_view name) {
    auto* w = o.as<WrapperObj>();
    if (name == "__func__" || name == "__wrapped__") return w->func;
    if (!w->dict.null()) {
        Object v = dict_get(w->dict, str_(name));
        if (!v.null()) return v;
    }
    if (name == "__isabstractmethod__") {
        Object flag = getattr_or_null(w->func, name);
        return bool_(!flag.null() && truthy(flag));
    }
    if (name == "__name__" || name == "__qualname__" || name == "__doc__" || name == "__module__")
        return getattr_or_null(w->func, name);
    if (name == "__dict__") {
        if (w->dict.null()) w->dict = dict_();
        return w->dict;
    }
    return {};
}

void wrapper_setattr(const Object& o, std::string_view name, const Object& v) {
    auto* w = o.as<WrapperObj>();
    if (w->dict.null()) w->dict = dict_();
    if (v.null()) {
        if (!dict_del(w->dict, str_(name))) raise_attribute_error(o, name);
        return;
    }
    dict_set(w->dict, str_(name), v);
}

std::string wrapper_repr(const Object& o) {
    return fmt::format("<{}({})>", o.type()->name, repr_utf8(o.as<WrapperObj>()->func));
}

// Since 3.10 a staticmethod object is callable like its function.
Object staticmethod_call(const Object& o, const Args& a) { return call(o.as<WrapperObj>()->func, a); }

Object m_staticmethod_get(const Args& a) {
    check_nargs("__get__", a, 2, 3);
    return self_arg(a, StaticMethodType, "__get__").as<WrapperObj>()->func;
}
// A classmethod bound to `cls`: a bound method, or for a built-in function (object.__init_subclass__) a built-in
// method whose __self__ is the class, as CPython's classmethod_descriptor gives.
Object bind_classmethod(const Object& func, const Object& cls) {
    if (func.type() == &BuiltinFunctionType && func.as<BuiltinFunctionObj>()->self.null()) {
        auto* b = func.as<BuiltinFunctionObj>();
        return Object::adopt(new BuiltinFunctionObj(b->name, b->fn, cls));
    }
    return Object::adopt(new MethodObj(func, cls));
}

Object m_classmethod_get(const Args& a) {
    check_nargs("__get__", a, 2, 3);
    const Object& self = self_arg(a, ClassMethodType, "__get__");
    Object cls = a.npos > 2 && !is_none(a[2]) ? a[2] : type_object(*a[1].type());
    return bind_classmethod(self.as<WrapperObj>()->func, cls);
}

// An object's __get__/__set__/__delete__, looked up on its class: a user class's MRO, or the methods of a
// built-in descriptor type (functools.cached_property).
Object user_descriptor_method(const Object& attr, std::string_view name) {
    const Type* t = attr.type();
    if (is_user_class(t)) return lookup_mro(t, name);
    std::string key(name);
    for (; t; t = t->base)
        if (auto m = t->methods.find(key); m != t->methods.end()) return m->second;
    return {};
}

}  // namespace

void setup_descriptors() {
    set_slots(PropertyType, {.getattr = property_getattr});
    add_methods(PropertyType, {{"getter", m_getter}, {"setter", m_setter}, {"deleter", m_deleter},
                               {"__get__", m_property_get}, {"__set__", m_property_set},
                               {"__delete__", m_property_delete}, {"__set_name__", m_property_set_name}});
    set_type_constructor(PropertyType, property_ctor);
    set_slots(StaticMethodType, {.repr = wrapper_repr, .call = staticmethod_call, .getattr = wrapper_getattr,
                                 .setattr = wrapper_setattr});
    add_methods(StaticMethodType, {{"__get__", m_staticmethod_get}});
    set_slots(ClassMethodType, {.repr = wrapper_repr, .getattr = wrapper_getattr, .setattr = wrapper_setattr});
    add_methods(ClassMethodType, {{"__get__", m_classmethod_get}});
    for (Type* t : {&StaticMethodType, &ClassMethodType}) set_type_constructor(*t, wrapper_ctor);
}

Object staticmethod_func(const Object& sm) {
    return isinstance_exact(sm, StaticMethodType) ? sm.as<WrapperObj>()->func : Object();
}
Object new_staticmethod(const Object& f) { return Object::adopt(new WrapperObj(&StaticMethodType, f)); }
Object new_classmethod(const Object& f) { return Object::adopt(new WrapperObj(&ClassMethodType, f)); }

Object bind_attribute(const Object& attr, const Object& obj, const Type* type) {
    if (!attr.is_ptr()) return attr;
    const Type* t = attr.type();
    if (t == &FunctionType) return obj.null() ? attr : Object::adopt(new MethodObj(attr, obj));
    if (t == &StaticMethodType) return attr.as<WrapperObj>()->func;
    if (t == &ClassMethodType) return bind_classmethod(attr.as<WrapperObj>()->func, type_object(*type));
    if (t == &PropertyType) return obj.null() ? attr : property_get(attr, obj);
    if (Object get = user_descriptor_method(attr, "__get__"); !get.null())
        return call(get, {attr, obj.null() ? None() : obj, type_object(*type)});
    return attr;
}

bool is_data_descriptor(const Object& attr) {
    if (!attr.is_ptr()) return false;
    if (attr.type() == &PropertyType) return true;
    return !user_descriptor_method(attr, "__set__").null() || !user_descriptor_method(attr, "__delete__").null();
}

bool descriptor_set(const Object& attr, const Object& obj, const Object& v, std::string_view) {
    if (!attr.is_ptr()) return false;
    if (attr.type() == &PropertyType) {
        auto* p = as_property(attr);
        const Object& f = v.null() ? p->fdel : p->fset;
        if (is_none(f)) property_error(p, obj, v.null() ? "deleter" : "setter");
        if (v.null()) call(f, {obj});
        else call(f, {obj, v});
        return true;
    }
    if (v.null()) {
        Object del = user_descriptor_method(attr, "__delete__");
        if (!del.null()) {
            call(del, {attr, obj});
            return true;
        }
        if (!user_descriptor_method(attr, "__set__").null())
            raise(AttributeErrorType, "__delete__");
        return false;
    }
    Object set = user_descriptor_method(attr, "__set__");
    if (!set.null()) {
        call(set, {attr, obj, v});
        return true;
    }
    if (!user_descriptor_method(attr, "__delete__").null()) raise(AttributeErrorType, "__set__");
    return false;
}

}  // namespace pyco
