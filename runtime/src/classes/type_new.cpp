// type.__new__ (CPython's type_new): finds the most derived metaclass, checks the bases, computes the MRO,
// copies the namespace with CPython's implicit changes (__new__ is a staticmethod, __init_subclass__ a
// classmethod, __eq__ without __hash__ makes instances unhashable, '__classcell__' gets the class), computes
// the slots, then runs __set_name__ and __init_subclass__. Also __slots__ and the class object's life.
#include <fmt/format.h>

#include <algorithm>

#include "internal/class_layout.h"
#include "pyco/frame.h"
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

// ---- type.__new__ ----

namespace {

// type() makes classes from classes only; the class statement resolves __mro_entries__ before it calls the
// metaclass (class_statement.cpp).
void refuse_mro_entries(const std::vector<Object>& bases) {
    for (const Object& b : bases)
        if (!is_type(b) && !getattr_or_null(b, "__mro_entries__").null())
            type_error("type() doesn't support MRO entry resolution; use types.new_class()");
}

std::vector<Object> checked_bases(std::vector<Object> out) {
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
                        : layout == Layout::Type    ? &TypeType
                        : layout == Layout::Native  ? native_base(bases)
                                                    : &ObjectType;
    for (const Type* b : bases)
        if (b->is_subtype_of(solid)) return b;
    return bases[0];
}

// A class made without a class statement (type(name, bases, dict)) belongs to the caller's module, as CPython
// takes __name__ from the calling frame's globals.
std::string module_of(const Object& ns) {
    Object v = dict_get(ns, attr_name("__module__"));
    if (!v.null() && is_str(v)) return std::string(str_view(v));
    const Frame* f = current_frame();
    return f && f->code ? f->code->file->module : "__main__";
}

std::string qualname_of(const Object& ns, const Object& name) {
    Object v = dict_get(ns, attr_name("__qualname__"));
    if (v.null()) return std::string(str_view(name));
    if (!is_str(v)) type_error(fmt::format("type __qualname__ must be a str, not {}", type_name(v)));
    return std::string(str_view(v));
}

// The namespace as the class keeps it, with CPython's implicit wrappers; a body that uses __class__ or super()
// passes its cell as '__classcell__', which gets the new class.
Object class_dict(const Object& ns, const Object& cls) {
    Object d = dict_();
    dict_update(d, ns);
    dict_del(d, attr_name("__qualname__"));
    Object cell_key = attr_name("__classcell__");
    if (Object cell = dict_get(d, cell_key); !cell.null()) {
        if (!isinstance_exact(cell, CellType))
            type_error(fmt::format("__classcell__ must be a nonlocal cell, not {}", repr_utf8(type_object(*cell.type()))));
        cell.as<CellObj>()->value = cls;
        dict_del(d, cell_key);
    }
    Object doc = attr_name("__doc__");
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
    call_ex(hook, tuple_(), keywords);
}

// Whether instances of `t` have a __dict__, and a slot for weak references (CPython's tp_dictoffset and
// tp_weaklistoffset): a new class gets '__dict__' and '__weakref__' descriptors for what its base lacks.
bool has_instance_dict(const Type* t) {
    if (is_user_class(t)) return !as_class(t)->slots_only;
    return t->is_subtype_of(&BaseExceptionType) || t->is_subtype_of(&TypeType);
}
bool has_weakrefs(const Type* t) {
    if (is_user_class(t)) return as_class(t)->weakrefs;
    return t->is_subtype_of(&TypeType);
}
// Variable-size instances (tuples) have no room for a weak reference slot.
bool var_sized(const Type* t) { return is_user_class(t) ? as_class(t)->layout == Layout::Tuple : t == &TupleType; }

void add_instance_descriptors(ClassObj* cls) {
    Object decl = dict_get(cls->dict, attr_name("__slots__"));
    auto declared = [&](const char* name) {
        if (decl.null()) return true;
        if (is_str(decl)) return str_view(decl) == name;
        return contains(decl, str_(name));
    };
    const Type* base = cls->base;
    cls->dict_descriptor = declared("__dict__") && !has_instance_dict(base);
    cls->weakref_descriptor = declared("__weakref__") && !has_weakrefs(base) && !var_sized(base);
    cls->weakrefs = has_weakrefs(base) || cls->weakref_descriptor;
}

// The class `meta` makes, once the most derived metaclass is known.
Object make_class(const Type* meta, const Object& name, std::vector<Object> base_refs, const Object& ns,
                  const Object& kw) {
    base_refs = checked_bases(std::move(base_refs));
    std::vector<const Type*> bases;
    for (const Object& b : base_refs) bases.push_back(b.as<Type>());
    Layout layout = check_layout(bases);
    std::vector<const Type*> mro = compute_mro(bases);

    auto* cls = new ClassObj(std::string(str_view(name)), module_of(ns));
    Object self = Object::adopt(cls);
    cls->type = meta;
    if (is_user_class(meta)) cls->metaclass = type_object(*meta);
    cls->qualname = qualname_of(ns, name);
    cls->layout = layout;
    cls->native_base = native_base(bases);
    cls->base = best_base(bases, layout);
    cls->dict = class_dict(ns, self);
    cls->mro.push_back(cls);
    for (const Type* t : mro) {
        cls->mro.push_back(t);
        cls->mro_refs.push_back(type_object(*t));
    }
    cls->bases = std::move(base_refs);
    for (const Type* b : bases)
        if (is_user_class(b)) as_class(b)->subclasses.push_back(cls);
    // CPython's inherit_patma_flags: the first class of the MRO that is a sequence or a mapping decides.
    for (const Type* t : mro)
        if (t->collection_flags) {
            cls->collection_flags = t->collection_flags;
            break;
        }
    compute_slots(cls);
    add_instance_descriptors(cls);
    update_slots(cls);
    if (meta->is_subtype_of(&ABCMetaType)) {
        compute_abstract_methods(cls);
        abc_collection_flags(cls);
    }
    call_set_names(self);
    call_init_subclass(self, kw);
    return self;
}

}  // namespace

const Type* most_derived_metaclass(const Type* meta, const std::vector<Object>& bases) {
    const Type* winner = meta;
    for (const Object& b : bases) {
        const Type* t = b.type();
        if (winner->is_subtype_of(t)) continue;
        if (t->is_subtype_of(winner)) {
            winner = t;
            continue;
        }
        type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                   "metaclasses of all its bases");
    }
    return winner;
}

Object new_class(const Type* meta, const Object& name, const Object& bases, const Object& ns, const Object& kw) {
    std::vector<Object> base_refs = tuple_items(bases);
    refuse_mro_entries(base_refs);
    const Type* winner = most_derived_metaclass(meta, base_refs);
    if (winner != meta) {
        // A more derived metaclass with a __new__ of its own makes the class instead (CPython's type_new).
        const Type* owner = nullptr;
        Object winner_new = lookup_mro_owner(winner, "__new__", owner);
        if (is_user_class(owner))
            return call_ex(bind_attribute(winner_new, Object(), winner),
                           tuple_({type_object(*winner), name, bases, ns}), kw);
    }
    return make_class(winner, name, std::move(base_refs), ns, kw);
}

Object new_class_from_args(const Type* meta, const Args& a) {
    if (a.npos != 3) type_error(fmt::format("type.__new__() takes exactly 3 arguments ({} given)", a.npos));
    if (!is_str(a[0])) type_error("type.__new__() argument 1 must be str, not " + type_name(a[0]));
    if (!is_tuple(a[1])) type_error("type.__new__() argument 2 must be tuple, not " + type_name(a[1]));
    if (!is_dict(a[2])) type_error("type.__new__() argument 3 must be dict, not " + type_name(a[2]));
    return new_class(meta, a[0], a[1], a[2], keywords_dict(a));
}

Object keywords_dict(const Args& a) {
    if (!a.nkw) return {};
    Object d = dict_();
    for (size_t i = 0; i < a.nkw; ++i) dict_set(d, str_(a.kw[i].name), a.kw[i].value);
    return d;
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
    bool all_slotted = !with_dict && cls->layout != Layout::Exception && cls->layout != Layout::Type;
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

}  // namespace pyco
