// The abc module (CPython's Lib/abc.py and its C half, Modules/_abc.c): ABCMeta, ABC, abstractmethod,
// get_cache_token and update_abstractmethods. A class ABCMeta makes records its abstract methods
// (__abstractmethods__), and object.__new__ refuses to instantiate it while any remain. ABCMeta's
// isinstance/issubclass answer from subclassing, the class's __subclasshook__, virtual subclasses
// (ABC.register) and its subclasses' answers, cached as CPython caches them: a positive cache per class, and a
// negative one that any register() call invalidates (the cache token).
#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "internal/class_layout.h"
#include "pyco/module.h"
#include "internal/module_registry.h"
#include "internal/type_setup.h"

namespace pyco {

Type ABCMetaType("ABCMeta", "abc", &TypeType);

// An ABC's registry and caches. The maps hold the classes they name, so that a class address is never reused
// while a cache entry names it (CPython keeps weak references).
struct AbcState {
    std::vector<Object> registry;  // register()ed classes, in order
    std::unordered_map<const Type*, Object> positive, negative;
    uint64_t negative_version = 0;  // the cache token the negative cache was filled under
};

namespace {

uint64_t g_cache_token = 0;  // bumped by every register(): negative answers may have become positive

AbcState& abc_state(const Object& cls) {
    if (!is_type(cls) || !is_user_class(cls.as<Type>())) type_error("_abc_impl is set to a wrong type");
    ClassObj* c = as_class(cls.as<Type>());
    if (!c->abc_state) c->abc_state = std::make_shared<AbcState>();
    return *c->abc_state;
}

// The result of cls.__subclasshook__(sub): 1 yes, 0 no, -1 no opinion (NotImplemented).
int ask_subclasshook(const Object& cls, const Object& sub) {
    Object ok = call(getattr(cls, "__subclasshook__"), {sub});
    if (ok.ptr() == &NotImplemented_obj) return -1;
    if (ok.ptr() == &True_obj) return 1;
    if (ok.ptr() == &False_obj) return 0;
    raise(AssertionErrorType, "__subclasshook__ must return either False, True, or NotImplemented");
}

// Whether `sub` is a subclass of a registered class or of one of cls's subclasses (the last two steps of
// CPython's _abc_subclasscheck).
bool registered_or_subclass(const Object& cls, const Object& sub) {
    std::vector<Object> registry = abc_state(cls).registry;  // a check may register more
    for (const Object& r : registry)
        if (issubclass_check(sub, r)) return true;
    std::vector<Object> subclasses;
    for (ClassObj* s : as_class(cls.as<Type>())->subclasses) subclasses.push_back(type_object(*s));
    for (const Object& s : subclasses)
        if (issubclass_check(sub, s)) return true;
    return false;
}

// _abc_register: a class registered with a sequence or mapping ABC becomes one for match, with every subclass
// of it, unless it is a built-in type (CPython's immutable types keep their flags: str stays no sequence).
void set_collection_flags(ClassObj* c, uint8_t flags) {
    if (c->collection_flags == flags) return;
    c->collection_flags = flags;
    for (ClassObj* s : c->subclasses) set_collection_flags(s, flags);
}

Object m_register(const Args& a) {
    check_nargs("register", a, 2, 2);
    const Object& cls = a[0];
    const Object& sub = a[1];
    if (!is_type(sub)) type_error("Can only register classes");
    if (issubclass_check(sub, cls)) return sub;  // already a subclass, real or virtual
    if (issubclass_check(cls, sub)) raise(RuntimeErrorType, "Refusing to create an inheritance cycle");
    abc_state(cls).registry.push_back(sub);
    ++g_cache_token;
    uint8_t flags = cls.as<Type>()->collection_flags & (kCollectionSequence | kCollectionMapping);
    if (flags && is_user_class(sub.as<Type>())) set_collection_flags(as_class(sub.as<Type>()), flags);
    return sub;
}

Object m_instancecheck(const Args& a) {
    check_nargs("__instancecheck__", a, 2, 2);
    return bool_(abc_instancecheck(a[0], a[1]));
}

Object m_subclasscheck(const Args& a) {
    check_nargs("__subclasscheck__", a, 2, 2);
    return bool_(abc_subclasscheck(a[0], a[1]));
}

Object m_registry_clear(const Args& a) {
    check_nargs("_abc_registry_clear", a, 1, 1);
    abc_state(a[0]).registry.clear();
    return None();
}

Object m_caches_clear(const Args& a) {
    check_nargs("_abc_caches_clear", a, 1, 1);
    AbcState& st = abc_state(a[0]);
    st.positive.clear();
    st.negative.clear();
    return None();
}

Object f_get_cache_token(const Args& a) {
    check_nargs("get_cache_token", a, 0, 0);
    return int_(int64_t(g_cache_token));
}

bool is_abstract(const Object& value) {
    if (value.null()) return false;
    try {
        Object flag = getattr_or_null(value, "__isabstractmethod__");
        return !flag.null() && truthy(flag);
    } catch (const PyExc& e) {
        if (!isinstance(e.exc, AttributeErrorType)) throw;
        return false;
    }
}

Object f_abstractmethod(const Args& a) {
    check_nargs("abstractmethod", a, 1, 1);
    setattr(a[0], "__isabstractmethod__", bool_(true));
    return a[0];
}

// update_abstractmethods(cls): recomputes __abstractmethods__ after methods were added or replaced (as
// dataclasses and total_ordering do); a class ABCMeta did not make is returned untouched.
Object f_update_abstractmethods(const Args& a) {
    check_nargs("update_abstractmethods", a, 1, 1);
    const Object& cls = a[0];
    if (is_type(cls) && is_user_class(cls.as<Type>()) && cls.type()->is_subtype_of(&ABCMetaType))
        compute_abstract_methods(as_class(cls.as<Type>()));
    return cls;
}

}  // namespace

bool abc_subclasscheck(const Object& cls, const Object& sub) {
    if (!is_type(sub)) type_error("issubclass() arg 1 must be a class");
    AbcState& st = abc_state(cls);
    const Type* t = sub.as<Type>();
    if (st.positive.count(t)) return true;
    if (st.negative_version < g_cache_token) {
        st.negative.clear();
        st.negative_version = g_cache_token;
    } else if (st.negative.count(t)) {
        return false;
    }
    bool ok;
    if (int hook = ask_subclasshook(cls, sub); hook >= 0) ok = hook == 1;
    else ok = t->is_subtype_of(cls.as<Type>()) || registered_or_subclass(cls, sub);
    AbcState& after = abc_state(cls);  // the hook may have cleared the caches, never the state itself
    (ok ? after.positive : after.negative)[t] = sub;
    return ok;
}

bool abc_instancecheck(const Object& cls, const Object& inst) {
    Object subclass = getattr(inst, "__class__");
    AbcState& st = abc_state(cls);
    if (is_type(subclass) && st.positive.count(subclass.as<Type>())) return true;
    Object subtype = type_object(*inst.type());
    if (is_(subtype, subclass)) {
        if (st.negative_version == g_cache_token && st.negative.count(subclass.as<Type>())) return false;
        return issubclass_check(subclass, cls);
    }
    return issubclass_check(subclass, cls) || issubclass_check(subtype, cls);
}

void compute_abstract_methods(ClassObj* cls) {
    std::vector<std::string> names;
    for (const DictEntry& e : cls->dict.as<DictObj>()->entries)
        if (!e.key.null() && is_abstract(e.value)) names.emplace_back(str_view(e.key));
    for (const Object& b : cls->bases) {
        if (!is_user_class(b.as<Type>())) continue;
        for (const std::string& n : as_class(b.as<Type>())->abstract_methods)
            if (is_abstract(lookup_mro(cls, n))) names.push_back(n);
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    cls->abstract_methods = std::move(names);
    std::vector<Object> items;
    for (const std::string& n : cls->abstract_methods) items.push_back(str_(n));
    dict_set(cls->dict, str_("__abstractmethods__"), call(type_object(FrozenSetType), {list_from(std::move(items))}));
    bump_class_epoch();
}

void abc_collection_flags(ClassObj* cls) {
    Object key = str_("__abc_tpflags__");
    Object flags = dict_get(cls->dict, key);
    if (flags.null()) return;
    if (is_int(flags)) {
        // The bits are CPython's: Py_TPFLAGS_SEQUENCE (1 << 5) and Py_TPFLAGS_MAPPING (1 << 6).
        int64_t bits = flags.is_small() ? flags.small_value() : 0;
        if ((bits & 0x60) == 0x60)
            type_error("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
        if (bits & 0x20) cls->collection_flags |= kCollectionSequence;
        if (bits & 0x40) cls->collection_flags |= kCollectionMapping;
    }
    dict_del(cls->dict, key);
    bump_class_epoch();
}

void check_not_abstract(const Type* cls) {
    if (!is_user_class(cls)) return;
    const auto& names = as_class(cls)->abstract_methods;
    if (names.empty()) return;
    std::string list;
    for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
    type_error(fmt::format("Can't instantiate abstract class {} with abstract method{} {}", cls->name,
                           names.size() > 1 ? "s" : "", list));
}

// A metaclass behaves as `type` does: it has type's slots (setups.def lists this after setup_object).
void setup_abc() {
    set_slots(ABCMetaType, TypeType);
    add_methods(ABCMetaType, {{"register", m_register},
                              {"__instancecheck__", m_instancecheck},
                              {"__subclasscheck__", m_subclasscheck},
                              {"_abc_registry_clear", m_registry_clear},
                              {"_abc_caches_clear", m_caches_clear}});
}

void init_abc_module(ModuleObj& m) {
    Object ns = dict_();
    dict_set(ns, str_("__module__"), str_("abc"));
    dict_set(ns, str_("__qualname__"), str_("ABC"));
    dict_set(ns, str_("__doc__"), str_("Helper class that provides a standard way to create an ABC using\n"
                                       "inheritance.\n    "));
    dict_set(ns, str_("__slots__"), tuple_());
    module_add(m, "ABC", new_class(&ABCMetaType, str_("ABC"), tuple_(), ns, Object()));
    module_add(m, "ABCMeta", type_object(ABCMetaType));
    module_add_function(m, "abstractmethod", f_abstractmethod);
    module_add_function(m, "get_cache_token", f_get_cache_token);
    module_add_function(m, "update_abstractmethods", f_update_abstractmethods);
}

}  // namespace pyco
