// dir(o) (CPython's PyObject_Dir): the list type(o).__dir__(o) returns, sorted; and the __dir__ of objects
// and classes behind it. object.__dir__ lists the instance's __dict__ and the attributes of its class and
// every base; type.__dir__ the attributes of the class and every base (CPython's merge_class_dict). A
// built-in type's own names are the keys CPython's __dict__ has for it (builtin_type_dicts.inc, generated
// from CPython 3.11), since pyco's types do not hold every slot wrapper and descriptor as an attribute.
// The same names, with their values, make a built-in type's __dict__.
#include <cstring>
#include <string_view>
#include <unordered_map>

#include "internal/class_layout.h"

namespace pyco {

namespace {

struct BuiltinDict {
    const char* type;
    const char* names;
};
const BuiltinDict kBuiltinDicts[] = {
#include "builtin_type_dicts.inc"
};

const char* builtin_dict_names(const Type* t) {
    static const auto table = [] {
        std::unordered_map<std::string_view, const char*> m;
        for (const BuiltinDict& d : kBuiltinDicts) m.emplace(d.type, d.names);
        return m;
    }();
    if (t->module != "builtins") return nullptr;
    auto it = table.find(t->name);
    return it == table.end() ? nullptr : it->second;
}

// `names` is a dict used as an ordered set, as CPython's merge does.
void add_name(const Object& names, std::string_view name) { dict_set(names, str_(name), None()); }

void add_dict_keys(const Object& names, const Object& d) {
    for (const DictEntry& e : d.as<DictObj>()->entries)
        if (!e.key.null()) dict_set(names, e.key, None());
}

// The keys of the class's own __dict__.
void add_own_names(const Object& names, const Type* t) {
    if (is_user_class(t)) {
        const ClassObj* c = as_class(t);
        add_dict_keys(names, c->dict);
        for (const std::string& slot : c->slot_names)  // their member descriptors
            if (slot != "__weakref__") add_name(names, slot);
        if (c->dict_descriptor) add_name(names, "__dict__");
        if (c->weakref_descriptor) add_name(names, "__weakref__");
        return;
    }
    if (const char* list = builtin_dict_names(t)) {
        for (const char* p = list; *p;) {
            size_t n = std::strcspn(p, " ");
            add_name(names, std::string_view(p, n));
            p += n + (p[n] == ' ');
        }
        return;
    }
    for (const auto& [k, _] : t->methods) add_name(names, k);
    for (const auto& [k, _] : t->attrs) add_name(names, k);
}

void merge_class(const Object& names, const Type* t) {
    add_own_names(names, t);
    if (!is_user_class(t)) {
        if (t->base) merge_class(names, t->base);
        return;
    }
    for (const Object& b : as_class(t)->bases) merge_class(names, b.as<Type>());
}

Object keys_list(const Object& names) {
    std::vector<Object> out;
    for (const DictEntry& e : names.as<DictObj>()->entries)
        if (!e.key.null()) out.push_back(e.key);
    return list_from(std::move(out));
}

// getattr(o, name) with AttributeError read as absence, as object.__dir__ reads __dict__ and __class__.
Object attribute_or_null(const Object& o, std::string_view name) {
    try {
        return getattr_or_null(o, name);
    } catch (const PyExc& e) {
        if (!isinstance(e.exc, AttributeErrorType)) throw;
    }
    return {};
}

}  // namespace

Object object_dir(const Object& o) {
    Object names = dict_();
    Object d = attribute_or_null(o, "__dict__");
    if (!d.null() && is_dict(d)) add_dict_keys(names, d);
    Object cls = attribute_or_null(o, "__class__");
    if (!cls.null() && is_type(cls)) merge_class(names, cls.as<Type>());
    return keys_list(names);
}

Object class_dir(const Object& cls) {
    Object names = dict_();
    merge_class(names, cls.as<Type>());
    return keys_list(names);
}

// The names dir() lists for the type itself, its slot wrappers and `__hash__` (None for an unhashable type,
// as collections.abc.Hashable checks it), each with the attribute pyco has for it; a name CPython's __dict__
// holds but pyco's type lacks (`__doc__`, `__getattribute__`, ...) is left out.
Object builtin_type_dict(const Type* t) {
    Object names = dict_();
    add_own_names(names, t);
    for (const char* k : slot_wrapper_names(t)) add_name(names, k);
    add_name(names, "__hash__");
    Object d = dict_();
    for (const DictEntry& e : names.as<DictObj>()->entries) {
        if (e.key.null()) continue;
        if (Object v = own_attribute(t, str_view(e.key)); !v.null()) dict_set(d, e.key, v);
    }
    return d;
}

Object dir(const Object& o) {
    Object method = special_method(o, "__dir__");
    if (method.null()) type_error("object does not provide __dir__");
    std::vector<Object> names = to_vector(call(method));
    sort_objects(names, Object(), false);
    return list_from(std::move(names));
}

}  // namespace pyco
