// The class statement (CPython's type_new): checks the bases, computes the MRO, copies the namespace with
// CPython's implicit changes (__new__ is a staticmethod, __init_subclass__ a classmethod, __eq__ without
// __hash__ makes instances unhashable), computes the slots, then runs __set_name__ and __init_subclass__.
// Also the lookup of attributes along an MRO that instances, classes and super() share.
#include <fmt/format.h>

#include <algorithm>

#include "internal/class_layout.h"
#include "internal/exit_registry.h"

namespace pyco {

namespace {

// A class is always part of a reference cycle (its MRO holds the class itself; its methods' __class__ cells and
// its instances in class attributes refer back to it), which CPython's garbage collector frees at exit. With
// reference counting alone, the exit registry breaks it: the class drops its namespace, MRO and lookup cache,
// and dies once nothing else holds it.
void release_class(Obj* o) {
    auto* c = static_cast<ClassObj*>(o);
    Object dict = std::move(c->dict);
    std::vector<Object> mro = std::move(c->mro_refs);
    c->lookup_cache = LookupCache();
}

}  // namespace

ClassObj::ClassObj(std::string n, std::string m) : Type(std::move(n), std::move(m), &ObjectType) {
    refcnt = 1;  // Type makes built-in types immortal; a class dies with its last reference
    exit_registry_add(this, release_class);
}

ClassObj::~ClassObj() {
    exit_registry_remove(this);
    for (const Object& b : bases) {
        if (!is_user_class(b.as<Type>())) continue;
        auto& subs = as_class(b.as<Type>())->subclasses;
        subs.erase(std::remove(subs.begin(), subs.end(), this), subs.end());
    }
}

// ---- lookup along the MRO ----

Object own_attribute(const Type* t, std::string_view name) {
    if (is_user_class(t)) return dict_get(as_class(t)->dict, attr_name(name));
    std::string key(name);
    if (auto m = t->methods.find(key); m != t->methods.end()) return m->second;
    if (auto a = t->attrs.find(key); a != t->attrs.end()) return a->second;
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

// ---- the class statement ----

namespace {

std::vector<Object> checked_bases(const Object& bases) {
    std::vector<Object> out = bases.null() ? std::vector<Object>() : tuple_items(bases);
    for (const Object& b : out)
        if (!is_type(b)) type_error("bases must be types");
    for (size_t i = 0; i < out.size(); ++i)
        for (size_t j = i + 1; j < out.size(); ++j)
            if (is_(out[i], out[j])) type_error(fmt::format("duplicate base class {}", out[i].as<Type>()->name));
    if (out.empty()) out.push_back(type_object(ObjectType));
    return out;
}

// CPython's __base__: the first base whose instances have the layout the new class's instances get.
const Type* best_base(const std::vector<const Type*>& bases, Layout layout) {
    const Type* solid = layout == Layout::Exception ? &BaseExceptionType
                        : layout == Layout::List    ? &ListType
                        : layout == Layout::Dict    ? &DictType
                        : layout == Layout::Tuple   ? &TupleType
                                                    : &ObjectType;
    for (const Type* b : bases)
        if (b->is_subtype_of(solid)) return b;
    return bases[0];
}

std::string str_item(const Object& ns, const char* key, const char* fallback) {
    Object v = dict_get(ns, str_(key));
    return !v.null() && is_str(v) ? std::string(str_view(v)) : fallback;
}

// The namespace as the class keeps it, with CPython's implicit wrappers.
Object class_dict(const Object& ns) {
    Object d = dict_();
    dict_update(d, ns);
    dict_del(d, str_("__qualname__"));
    Object doc = str_("__doc__");
    if (dict_get(d, doc).null()) dict_set(d, doc, None());
    for (const char* name : {"__new__"}) {
        Object f = dict_get(d, str_(name));
        if (isinstance_exact(f, FunctionType)) dict_set(d, str_(name), new_staticmethod(f));
    }
    for (const char* name : {"__init_subclass__", "__class_getitem__"}) {
        Object f = dict_get(d, str_(name));
        if (isinstance_exact(f, FunctionType)) dict_set(d, str_(name), new_classmethod(f));
    }
    // Defining __eq__ without __hash__ makes instances unhashable.
    if (!dict_get(d, str_("__eq__")).null() && dict_get(d, str_("__hash__")).null())
        dict_set(d, str_("__hash__"), None());
    return d;
}

// Descriptors learn the name they are bound to (property names itself in its error messages).
void call_set_names(const Object& cls) {
    std::vector<std::pair<Object, Object>> items;
    const Object& d = as_class(cls.as<Type>())->dict;
    for (const DictEntry& e : d.as<DictObj>()->entries)
        if (!e.key.null()) items.emplace_back(e.key, e.value);
    for (auto& [name, value] : items) {
        Object set_name = special_method(value, "__set_name__");
        if (!set_name.null()) call(set_name, {cls, name});
    }
}

// super(cls, cls).__init_subclass__(**keywords)
void call_init_subclass(const Object& cls, const Object& keywords) {
    const Type* t = cls.as<Type>();
    Object hook;
    for (size_t i = 1; i < t->mro.size() && hook.null(); ++i) {
        Object v = own_attribute(t->mro[i], "__init_subclass__");
        if (!v.null()) hook = bind_attribute(v, Object(), t);
    }
    std::vector<Object> names;
    std::vector<KwArg> kw;
    if (!keywords.null()) {
        for (const DictEntry& e : keywords.as<DictObj>()->entries) {
            if (e.key.null()) continue;
            names.push_back(e.key);
            kw.push_back(KwArg{str_view(e.key), e.value});
        }
    }
    call(hook, Args{nullptr, 0, kw.data(), kw.size()});
}

// The metaclass keyword: `type` or abc.ABCMeta are the ones pyco knows.
Object without_metaclass(const Object& keywords, const Type*& meta_out) {
    if (keywords.null()) return keywords;
    Object meta = dict_get(keywords, str_("metaclass"));
    if (meta.null()) return keywords;
    if (is_(meta, type_object(ABCMetaType))) meta_out = &ABCMetaType;
    else if (!is_(meta, type_object(TypeType))) type_error("pyco does not support metaclasses");
    Object rest = dict_();
    dict_update(rest, keywords);
    dict_del(rest, str_("metaclass"));
    return rest;
}

}  // namespace

Object build_class(const ClassInfo& info, const Object& bases_tuple, const Object& ns, const Object& keywords) {
    const Type* meta = &TypeType;
    Object kw = without_metaclass(keywords, meta);
    std::vector<Object> base_refs = checked_bases(bases_tuple);
    std::vector<const Type*> bases;
    for (const Object& b : base_refs) {
        bases.push_back(b.as<Type>());
        if (b.type() == &ABCMetaType) meta = &ABCMetaType;  // the most derived metaclass of the bases
    }
    Layout layout = check_layout(bases);
    std::vector<const Type*> mro = compute_mro(bases);

    auto* cls = new ClassObj(info.name, str_item(ns, "__module__", "__main__"));
    Object self = Object::adopt(cls);
    cls->type = meta;
    cls->qualname = str_item(ns, "__qualname__", info.qualname);
    cls->layout = layout;
    cls->base = best_base(bases, layout);
    cls->dict = class_dict(ns);
    cls->mro.push_back(cls);
    for (const Type* t : mro) {
        cls->mro.push_back(t);
        cls->mro_refs.push_back(type_object(*t));
    }
    cls->bases = std::move(base_refs);
    for (const Type* b : bases)
        if (is_user_class(b)) as_class(b)->subclasses.push_back(cls);
    compute_slots(cls);
    update_slots(cls);
    if (meta == &ABCMetaType) compute_abstract_methods(cls);
    call_set_names(self);
    call_init_subclass(self, kw);
    return self;
}

void compute_slots(ClassObj* cls) {
    for (size_t i = 1; i < cls->mro.size(); ++i)  // slots of the ancestors stay slots here
        if (is_user_class(cls->mro[i])) {
            const auto& inherited = as_class(cls->mro[i])->slot_names;
            cls->slot_names.insert(cls->slot_names.end(), inherited.begin(), inherited.end());
        }
    Object decl = dict_get(cls->dict, str_("__slots__"));
    if (decl.null()) return;
    std::vector<Object> names = is_str(decl) ? std::vector<Object>{decl} : to_vector(decl);
    bool with_dict = false;
    for (const Object& n : names) {
        if (!is_str(n)) type_error(fmt::format("__slots__ items must be strings, not '{}'", type_name(n)));
        std::string s(str_view(n));
        if (s == "__dict__") {
            with_dict = true;
            continue;
        }
        if (!dict_get(cls->dict, n).null())
            value_error(fmt::format("{} in __slots__ conflicts with class variable", repr_utf8(n)));
        cls->slot_names.push_back(s);
    }
    // Without '__dict__' anywhere, instances have no dict only if every ancestor lacks one too.
    bool all_slotted = !with_dict && cls->layout != Layout::Exception;
    for (size_t i = 1; i < cls->mro.size() && all_slotted; ++i) {
        const Type* t = cls->mro[i];
        if (!is_user_class(t)) continue;
        all_slotted = as_class(t)->slots_only;
    }
    cls->slots_only = all_slotted;
}

bool is_slot_name(const Type* t, std::string_view name) {
    for (const std::string& n : as_class(t)->slot_names)
        if (n == name) return true;
    return false;
}

bool accepts_attribute(const Type* t, std::string_view name) {
    const ClassObj* c = as_class(t);
    if (!c->slots_only) return true;
    for (const std::string& n : c->slot_names)
        if (n == name) return true;
    return false;
}

Object type_new(const Object& name, const Object& bases, const Object& dict) {
    if (!is_str(name)) type_error("type.__new__() argument 1 must be str, not " + type_name(name));
    if (!is_tuple(bases)) type_error("type.__new__() argument 2 must be tuple, not " + type_name(bases));
    if (!is_dict(dict)) type_error("type.__new__() argument 3 must be dict, not " + type_name(dict));
    Object ns = dict_();
    dict_update(ns, dict);
    Object module = str_("__module__");
    // CPython takes __name__ from the caller's globals.
    if (dict_get(ns, module).null()) {
        const Frame* f = current_frame();
        dict_set(ns, module, str_(f && f->code ? f->code->file->module : "__main__"));
    }
    std::string n(str_view(name));
    ClassInfo info{n.c_str(), n.c_str()};
    return build_class(info, bases, ns, Object());
}

}  // namespace pyco
