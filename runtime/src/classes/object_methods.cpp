// The methods of `object` that user classes inherit and reach through super() or `object.name`: __new__,
// __init__ (with CPython's excess-argument rules), __setattr__/__getattribute__/__delattr__, the default
// comparisons (__ne__ inverts __eq__), __hash__, __repr__, __str__, __format__, __init_subclass__ and
// __subclasshook__.
#include <fmt/format.h>

#include <unordered_map>

#include "internal/class_layout.h"

namespace pyco {

namespace {

bool excess(const Args& a, size_t fixed) { return a.npos > fixed || a.nkw; }

const Object& self_of(const Args& a, const char* method) {
    if (a.npos == 0)
        type_error(fmt::format("descriptor '{}' of 'object' object needs an argument", method));
    return a[0];
}

bool overrides(const Type* t, const char* name) {
    const Type* owner = nullptr;
    lookup_mro_owner(t, name, owner);
    return owner && is_user_class(owner);
}

// object.__new__(cls, *args)
Object o_new(const Args& a) {
    if (a.npos == 0) type_error("object.__new__(): not enough arguments");
    if (!is_type(a[0]))
        type_error(fmt::format("object.__new__(X): X is not a type object ({})", type_name(a[0])));
    const Type* cls = a[0].as<Type>();
    if (excess(a, 1)) {
        if (overrides(cls, "__new__")) type_error("object.__new__() takes exactly one argument (the type to instantiate)");
        if (!overrides(cls, "__init__")) type_error(fmt::format("{}() takes no arguments", cls->name));
    }
    if (is_user_class(cls) && as_class(cls)->layout == Layout::Type) {
        // A metaclass makes its instances with type.__new__ (named after the first class that does not
        // override it, as CPython's tp_new_wrapper does).
        const Type* base = cls;
        while (is_user_class(base) && !own_attribute(base, "__new__").null()) base = base->base;
        type_error(fmt::format("object.__new__({}) is not safe, use {}.__new__()", cls->name, base->name));
    }
    if (is_user_class(cls)) {
        check_not_abstract(cls);
        return allocate_instance(cls, Args{a.pos + 1, a.npos - 1, nullptr, 0});
    }
    if (cls == &ObjectType) return call(a[0]);
    type_error(fmt::format("object.__new__({}) is not safe, use {}.__new__()", cls->name, cls->name));
}

// BaseException.__new__(cls, *args): the positional arguments become args; keywords are left to __init__.
Object e_new(const Args& a) {
    if (a.npos == 0) type_error("BaseException.__new__(): not enough arguments");
    if (!is_type(a[0]))
        type_error(fmt::format("BaseException.__new__(X): X is not a type object ({})", type_name(a[0])));
    const Type* cls = a[0].as<Type>();
    if (!cls->is_subtype_of(&BaseExceptionType))
        type_error(fmt::format("BaseException.__new__({}): {} is not a subtype of BaseException", cls->name, cls->name));
    Args rest{a.pos + 1, a.npos - 1, nullptr, 0};
    if (is_user_class(cls)) return allocate_instance(cls, rest);
    return call(a[0], rest);
}

// list.__init__(self, iterable=(), /): the list's items become those of the iterable.
Object list_init(const Args& a) {
    if (a.npos == 0 || !is_list(a[0])) type_error("descriptor '__init__' of 'list' object needs an argument");
    if (a.nkw) type_error("list() takes no keyword arguments");
    if (a.npos > 2) type_error(fmt::format("list expected at most 1 argument, got {}", a.npos - 1));
    list_items(a[0]).clear();
    if (a.npos == 2) list_extend(a[0], a[1]);
    return None();
}

// dict.__init__(self, *args, **kwargs): dict.update with the same arguments.
Object dict_init(const Args& a) {
    if (a.npos == 0 || !is_dict(a[0])) type_error("descriptor '__init__' of 'dict' object needs an argument");
    if (a.npos > 2) type_error(fmt::format("dict expected at most 1 argument, got {}", a.npos - 1));
    Object update = lookup_mro(&DictType, "update");
    call(update, Args{a.pos, a.npos, a.kw, a.nkw});
    return None();
}

Object o_init(const Args& a) {
    const Object& self = self_of(a, "__init__");
    if (excess(a, 1)) {
        const Type* t = self.type();
        if (overrides(t, "__init__"))
            type_error("object.__init__() takes exactly one argument (the instance to initialize)");
        if (!overrides(t, "__new__"))
            type_error(fmt::format("{}.__init__() takes exactly one argument (the instance to initialize)", t->name));
    }
    return None();
}

std::string_view name_arg(const Object& v) {
    if (!is_str(v)) type_error(fmt::format("attribute name must be string, not '{}'", type_name(v)));
    return str_view(v);
}

// object's attribute methods do not apply to classes, whose type's own methods these would bypass.
void refuse_class(const Object& o, const char* method) {
    if (is_type(o)) type_error(fmt::format("can't apply this {} to {} object", method, type_name(o)));
}

Object o_setattr(const Args& a) {
    check_nargs("__setattr__", a, 3, 3);
    refuse_class(a[0], "__setattr__");
    if (is_user_class(a[0].type())) generic_setattr(a[0], name_arg(a[1]), a[2]);
    else setattr(a[0], name_arg(a[1]), a[2]);
    return None();
}
Object o_delattr(const Args& a) {
    check_nargs("__delattr__", a, 2, 2);
    refuse_class(a[0], "__delattr__");
    if (is_user_class(a[0].type())) generic_setattr(a[0], name_arg(a[1]), Object());
    else delattr(a[0], name_arg(a[1]));
    return None();
}
Object o_getattribute(const Args& a) {
    check_nargs("__getattribute__", a, 2, 2);
    std::string_view name = name_arg(a[1]);
    bool instance = is_user_class(a[0].type()) && !is_type(a[0]);
    Object r = instance ? generic_getattr(a[0], name) : getattr_or_null(a[0], name);
    if (r.null()) raise_attribute_error(a[0], name);
    return r;
}

Object o_eq(const Args& a) {
    check_nargs("__eq__", a, 2, 2);
    return is_(a[0], a[1]) ? bool_(true) : NotImplemented();
}
// object.__ne__: the inverse of __eq__ unless that is NotImplemented.
Object o_ne(const Args& a) {
    check_nargs("__ne__", a, 2, 2);
    const Type* t = a[0].type();
    Object r = t->richcompare ? t->richcompare(a[0], a[1], CmpOp::Eq) : (is_(a[0], a[1]) ? bool_(true) : NotImplemented());
    if (r.ptr() == &NotImplemented_obj) return r;
    return bool_(!truthy(r));
}
Object o_notimplemented(const Args& a) {
    check_nargs("comparison", a, 2, 2);
    return NotImplemented();
}
Object o_hash(const Args& a) {
    check_nargs("__hash__", a, 1, 1);
    return int_(pointer_hash(a[0].ptr()));
}
Object o_repr(const Args& a) {
    check_nargs("__repr__", a, 1, 1);
    return str_own(default_repr(a[0]));
}
Object o_str(const Args& a) {
    check_nargs("__str__", a, 1, 1);
    return repr(a[0]);
}
Object o_format(const Args& a) {
    check_nargs("__format__", a, 2, 2);
    if (!is_str(a[1])) type_error(fmt::format("__format__() argument must be str, not {}", type_name(a[1])));
    if (len(a[1]) > 0)
        type_error(fmt::format("unsupported format string passed to {}.__format__", type_name(a[0])));
    return str(a[0]);
}
// object.__init_subclass__ (a classmethod): accepts no keywords.
Object o_init_subclass(const Args& a) {
    if (a.nkw || a.npos > 1) {
        const Type* t = a.npos && is_type(a[0]) ? a[0].as<Type>() : &ObjectType;
        const std::string& name = t->qualname.empty() ? t->name : t->qualname;
        type_error(fmt::format("{}.__init_subclass__() takes no keyword arguments", name));
    }
    return None();
}
// object.__subclasshook__ (a classmethod): no opinion, so abc.ABCMeta's checks fall back to the MRO and the
// registry.
Object o_subclasshook(const Args&) { return NotImplemented(); }
Object o_dir(const Args& a) {
    check_nargs("__dir__", a, 1, 1);
    return object_dir(a[0]);
}

const std::unordered_map<std::string, Object, std::hash<std::string>, std::equal_to<>>& table() {
    static const auto t = [] {
        std::unordered_map<std::string, Object, std::hash<std::string>, std::equal_to<>> m;
        auto add = [&](const char* name, BuiltinFn fn) { m[name] = immortal(make_builtin(name, fn)); };
        add("__init__", o_init);
        add("__setattr__", o_setattr);
        add("__delattr__", o_delattr);
        add("__getattribute__", o_getattribute);
        add("__eq__", o_eq);
        add("__ne__", o_ne);
        for (const char* n : {"__lt__", "__le__", "__gt__", "__ge__"}) add(n, o_notimplemented);
        add("__hash__", o_hash);
        add("__repr__", o_repr);
        add("__str__", o_str);
        add("__format__", o_format);
        add("__dir__", o_dir);
        m["__new__"] = immortal(new_staticmethod(make_builtin("__new__", o_new)));
        add("list.__init__", list_init);
        add("dict.__init__", dict_init);
        m["BaseException.__new__"] = immortal(new_staticmethod(make_builtin("__new__", e_new)));
        m["__init_subclass__"] = immortal(new_classmethod(make_builtin("__init_subclass__", o_init_subclass)));
        m["__subclasshook__"] = immortal(new_classmethod(make_builtin("__subclasshook__", o_subclasshook)));
        return m;
    }();
    return t;
}

}  // namespace

Object builtin_init(const Type* t) { return object_method(t == &ListType ? "list.__init__" : "dict.__init__"); }

Object object_method(std::string_view name) {
    auto& t = table();
    auto it = t.find(std::string(name));
    return it == t.end() ? Object() : it->second;
}

}  // namespace pyco
