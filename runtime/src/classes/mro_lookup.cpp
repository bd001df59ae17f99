// Attribute lookup along an MRO, shared by instances, classes and super(): one class's own attribute (a user
// class's namespace dict, a built-in type's methods, attributes and slot wrappers), the per-class lookup cache
// (CPython's method cache with type version tags), and binding what was found.
#include "internal/class_layout.h"

namespace pyco {

Object own_attribute(const Type* t, std::string_view name) {
    if (is_user_class(t)) return dict_get(as_class(t)->dict, attr_name(name));
    std::string key(name);
    if (auto m = t->methods.find(key); m != t->methods.end()) return m->second;
    if (auto a = t->attrs.find(key); a != t->attrs.end()) return a->second;
    if (t->unhashable && t->hash == nullptr && name == "__hash__") return None();  // CPython's list.__hash__ is None
    if (t == &ObjectType) return object_method(name);
    if (name.size() > 4 && name[0] == '_' && name[1] == '_')
        if (Object w = slot_wrapper(t, name); !w.null()) return w;
    if (t == &BaseExceptionType && name == "__new__") return object_method("BaseException.__new__");
    if ((t == &ListType || t == &DictType) && name == "__init__") return builtin_init(t);
    return {};
}

namespace {
uint64_t g_class_epoch = 1;

LookupEntry lookup_uncached(const Type* t, const Object& key, std::string_view name) {
    for (const Type* c : t->mro) {
        Object v = is_user_class(c) ? dict_get(as_class(c)->dict, key) : own_attribute(c, name);
        if (!v.null()) return LookupEntry{key, v, c};
    }
    return LookupEntry{key, Object(), nullptr};
}
}  // namespace

void bump_class_epoch() noexcept { ++g_class_epoch; }

LookupEntry& LookupCache::insert(LookupEntry e) {
    if ((used_ + 1) * 2 > slots_.size()) {  // keep at most half full
        std::vector<LookupEntry> old = std::move(slots_);
        slots_.assign(old.empty() ? 16 : old.size() * 2, LookupEntry{});
        used_ = 0;
        for (LookupEntry& x : old)
            if (!x.key.null()) insert(std::move(x));
    }
    size_t i = index(e.key.ptr());
    while (!slots_[i].key.null()) i = (i + 1) & (slots_.size() - 1);
    ++used_;
    return slots_[i] = std::move(e);
}

Object lookup_mro_owner(const Type* t, std::string_view name, const Type*& owner) {
    if (!is_user_class(t)) {
        for (const Type* c = t; c; c = c->base)
            if (Object v = own_attribute(c, name); !v.null()) return owner = c, v;
        return {};
    }
    return lookup_mro_key(as_class(t), attr_name(name), name, owner);
}

Object lookup_mro_key(const ClassObj* c, const Object& key, std::string_view name, const Type*& owner) {
    ClassObj* cls = const_cast<ClassObj*>(c);
    if (cls->cache_epoch != g_class_epoch) {
        cls->lookup_cache.clear();
        cls->cache_epoch = g_class_epoch;
    }
    LookupEntry* e = cls->lookup_cache.find(key.ptr());
    if (!e) e = &cls->lookup_cache.insert(lookup_uncached(cls, key, name));
    owner = e->owner;
    return e->attr;
}

Object lookup_mro(const Type* t, std::string_view name) {
    const Type* owner = nullptr;
    return lookup_mro_owner(t, name, owner);
}

Object bind_found(const Object& attr, const Type* owner, const Object& obj, const Type* type) {
    if (!obj.null() && owner && !is_user_class(owner) && isinstance_exact(attr, BuiltinFunctionType)) {
        auto* b = attr.as<BuiltinFunctionObj>();
        if (b->self.null()) return Object::adopt(new BuiltinFunctionObj(b->name, b->fn, obj));
    }
    if (Object w = bind_slot_wrapper(attr, obj); !w.null()) return w;
    return bind_attribute(attr, obj, type);
}

Object user_special(const Type* t, std::string_view name) {
    const Type* owner = nullptr;
    Object v = lookup_mro_owner(t, name, owner);
    return !v.null() && is_user_class(owner) ? v : Object();
}

}  // namespace pyco
