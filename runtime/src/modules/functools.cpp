// The functools module (CPython's Lib/functools.py and Modules/_functoolsmodule.c): reduce, partial, wraps
// and update_wrapper, lru_cache and cache, total_ordering, cmp_to_key, cached_property.
#include <fmt/format.h>

#include "internal/typing_objects.h"
#include "internal/class_layout.h"
#include "internal/native_function.h"
#include "pyco/module.h"
#include "internal/exit_registry.h"
#include "internal/module_registry.h"
#include "internal/type_setup.h"

namespace pyco {

namespace {

// ---- reduce ----

Object f_reduce(const Args& a) {
    check_no_kwargs("reduce", a);
    if (a.npos < 2 || a.npos > 3)
        type_error(fmt::format("reduce expected {} 3 arguments, got {}", a.npos < 2 ? "at least 2" : "at most",
                               a.npos));
    Object it = iter(a[1]);
    Object acc = a.npos == 3 ? a[2] : next(it);
    if (acc.null()) type_error("reduce() of empty iterable with no initial value");
    for (Object x = next(it); !x.null(); x = next(it)) acc = call(a[0], {acc, x});
    return acc;
}

// ---- partial ----

}  // namespace
// Also seen by asyncio.iscoroutinefunction, which looks through partial objects.
Type PartialType("partial", "functools", &ObjectType);
namespace {

struct PartialObj : Obj {
    Object func, args, keywords, dict;  // args a tuple, keywords a dict
    PartialObj() : Obj(&PartialType) {}
};

// Keyword arguments of a call as KwArgs whose names point into `keys` (kept alive by the caller).
void collect_kwargs(const Object& dict, std::vector<Object>& keys, std::vector<KwArg>& kw) {
    for (const DictEntry& e : dict.as<DictObj>()->entries) {
        if (e.key.null()) continue;
        keys.push_back(e.key);
        kw.push_back(KwArg{str_view(e.key), e.value});
    }
}

Object partial_new(Object func, std::vector<Object> args, Object keywords) {
    if (isinstance_exact(func, PartialType)) {  // partial(partial(f, 1), 2) is partial(f, 1, 2)
        auto* inner = func.as<PartialObj>();
        std::vector<Object> all = tuple_items(inner->args);
        all.insert(all.end(), args.begin(), args.end());
        Object kw = dict_();
        dict_update(kw, inner->keywords);
        dict_update(kw, keywords);
        func = inner->func;
        args = std::move(all);
        keywords = kw;
    }
    auto* p = new PartialObj();
    p->func = std::move(func);
    p->args = tuple_from(std::move(args));
    p->keywords = std::move(keywords);
    return Object::adopt(p);
}

Object partial_ctor(const Type&, const Args& a) {
    if (a.npos == 0) type_error("type 'partial' takes at least one argument");
    if (!a[0].type()->call) type_error("the first argument must be callable");
    Object kw = dict_();
    for (size_t i = 0; i < a.nkw; ++i) dict_set(kw, str_(a.kw[i].name), a.kw[i].value);
    return partial_new(a[0], std::vector<Object>(a.pos + 1, a.pos + a.npos), kw);
}

Object partial_call(const Object& o, const Args& a) {
    auto* p = o.as<PartialObj>();
    std::vector<Object> pos = tuple_items(p->args);
    pos.insert(pos.end(), a.pos, a.pos + a.npos);
    Object merged = p->keywords;
    if (a.nkw) {
        merged = dict_();
        dict_update(merged, p->keywords);
        for (size_t i = 0; i < a.nkw; ++i) dict_set(merged, str_(a.kw[i].name), a.kw[i].value);
    }
    std::vector<Object> keys;
    std::vector<KwArg> kw;
    collect_kwargs(merged, keys, kw);
    return call(p->func, Args{pos.data(), pos.size(), kw.data(), kw.size()});
}

std::string partial_repr(const Object& o) {
    auto* p = o.as<PartialObj>();
    ReprGuard guard(o.ptr());
    if (!guard.active()) return "...";
    std::string out = "functools.partial(" + repr_utf8(p->func);
    for (const Object& x : tuple_items(p->args)) out += ", " + repr_utf8(x);
    for (const DictEntry& e : p->keywords.as<DictObj>()->entries)
        if (!e.key.null()) out += fmt::format(", {}={}", str_view(e.key), repr_utf8(e.value));
    return out + ")";
}

Object partial_getattr(const Object& o, std::string_view name) {
    auto* p = o.as<PartialObj>();
    if (name == "func") return p->func;
    if (name == "args") return p->args;
    if (name == "keywords") return p->keywords;
    if (name == "__dict__") {
        if (p->dict.null()) p->dict = dict_();
        return p->dict;
    }
    return p->dict.null() ? Object() : dict_get(p->dict, str_(name));
}

void partial_setattr(const Object& o, std::string_view name, const Object& v) {
    auto* p = o.as<PartialObj>();
    if (name == "func" || name == "args" || name == "keywords")
        raise(AttributeErrorType, fmt::format("readonly attribute"));
    if (p->dict.null()) p->dict = dict_();
    if (!v.null()) return dict_set(p->dict, str_(name), v);
    if (!dict_del(p->dict, str_(name))) raise_attribute_error(o, name);
}

// ---- wraps / update_wrapper ----

Object f_update_wrapper(const Args& a) {
    check_kwargs("update_wrapper", a, {"wrapped", "assigned", "updated"});
    Object wrapper = a.npos > 0 ? a[0] : Object();
    Object wrapped = a.npos > 1 ? a[1] : kwarg(a, "wrapped");
    if (wrapper.null() || wrapped.null())
        type_error("update_wrapper() missing 1 required positional argument: 'wrapped'");
    update_wrapper(wrapper, wrapped);
    return wrapper;
}

Object f_wraps(const Args& a) {
    check_kwargs("wraps", a, {"assigned", "updated"});
    if (a.npos != 1) type_error(fmt::format("wraps() takes 1 positional argument but {} were given", a.npos));
    static Object update = immortal(make_builtin("update_wrapper", f_update_wrapper));
    Object kw = dict_();
    dict_set(kw, str_("wrapped"), a[0]);
    return partial_new(update, {}, kw);
}

// ---- lru_cache ----

Type CacheInfoType("CacheInfo", "functools", &ObjectType);
struct CacheInfoObj : Obj {
    Object fields;  // (hits, misses, maxsize, currsize)
    explicit CacheInfoObj(Object f) : Obj(&CacheInfoType), fields(std::move(f)) {}
};
const char* const kCacheInfoNames[] = {"hits", "misses", "maxsize", "currsize"};

std::string cache_info_repr(const Object& o) {
    auto& f = tuple_items(o.as<CacheInfoObj>()->fields);
    return fmt::format("CacheInfo(hits={}, misses={}, maxsize={}, currsize={})", repr_utf8(f[0]), repr_utf8(f[1]),
                       repr_utf8(f[2]), repr_utf8(f[3]));
}
Object cache_info_getattr(const Object& o, std::string_view name) {
    for (int i = 0; i < 4; ++i)
        if (name == kCacheInfoNames[i]) return tuple_items(o.as<CacheInfoObj>()->fields)[size_t(i)];
    return {};
}
Object cache_info_richcompare(const Object& a, const Object& b, CmpOp op) {
    Object other = isinstance_exact(b, CacheInfoType) ? b.as<CacheInfoObj>()->fields : b;
    if (!is_tuple(other)) return NotImplemented();
    return compare(op, a.as<CacheInfoObj>()->fields, other);
}
Object cache_info_iter(const Object& o) { return iter(o.as<CacheInfoObj>()->fields); }
Object cache_info_getitem(const Object& o, const Object& k) { return getitem(o.as<CacheInfoObj>()->fields, k); }
int64_t cache_info_len(const Object&) { return 4; }

// The wrapper's cells: [function, cache dict, stats list [hits, misses], maxsize (None or int)].
enum { kFunc, kCache, kStats, kMaxsize };

Object cache_key(const Args& a) {
    std::vector<Object> key(a.pos, a.pos + a.npos);
    if (a.nkw) {
        static Object mark = immortal(Object::adopt(new Obj(&ObjectType)));  // CPython's kwd_mark
        key.push_back(mark);
        for (size_t i = 0; i < a.nkw; ++i) {
            key.push_back(str_(a.kw[i].name));
            key.push_back(a.kw[i].value);
        }
    }
    return tuple_from(std::move(key));
}

void bump(const Object& stats, size_t i) {
    auto& v = list_items(stats);
    v[i] = binop(BinOp::Add, v[i], Object::small(1));
}

Object lru_entry(FunctionObj* self, const Args& a) {
    const Object& cache = self->cells[kCache];
    const Object& maxsize = self->cells[kMaxsize];
    bool unbounded = is_none(maxsize);
    int64_t limit = unbounded ? 0 : int_as_int64(maxsize);
    if (!unbounded && limit <= 0) {
        bump(self->cells[kStats], 1);
        return call(self->cells[kFunc], a);
    }
    Object key = cache_key(a);
    Object hit = dict_get(cache, key);
    if (!hit.null()) {
        bump(self->cells[kStats], 0);
        if (!unbounded) {  // most recently used goes last
            dict_del(cache, key);
            dict_set(cache, key, hit);
        }
        return hit;
    }
    bump(self->cells[kStats], 1);
    Object result = call(self->cells[kFunc], a);
    dict_set(cache, key, result);
    if (!unbounded && len(cache) > limit) {
        for (const DictEntry& e : cache.as<DictObj>()->entries) {
            if (e.key.null()) continue;
            Object oldest = e.key;
            dict_del(cache, oldest);
            break;
        }
    }
    return result;
}

Object m_cache_info(const Args& a) {
    auto* fn = a[0].as<FunctionObj>();
    auto& stats = list_items(fn->cells[kStats]);
    Object fields = tuple_({stats[0], stats[1], fn->cells[kMaxsize], int_(len(fn->cells[kCache]))});
    return Object::adopt(new CacheInfoObj(fields));
}

Object m_cache_clear(const Args& a) {
    auto* fn = a[0].as<FunctionObj>();
    call_method(fn->cells[kCache], "clear");
    fn->cells[kStats] = list_({Object::small(0), Object::small(0)});
    return None();
}

// The wrapper's cache_info and cache_clear are bound to the wrapper and stored in its __dict__: a reference
// cycle, which CPython's collector frees at exit. The exit registry breaks it then, unless the wrapper dies
// first (its attributes deleted).
const FuncInfo* lru_wrapper_info() {
    static const FuncInfo info{"_lru_cache_wrapper", "_lru_cache_wrapper", nullptr, {}, 0, {}, true, true};
    return &info;
}

struct LruWrapperObj : FunctionObj {
    explicit LruWrapperObj(std::vector<Object> state) : FunctionObj(lru_wrapper_info(), lru_entry) {
        cells = std::move(state);
        exit_registry_add(this, release);
    }
    ~LruWrapperObj() override { exit_registry_remove(this); }
    static void release(Obj* o) {
        auto* fn = static_cast<LruWrapperObj*>(o);
        Object dict = std::move(fn->dict);
        std::vector<Object> state = std::move(fn->cells);
    }
};

Object make_lru_wrapper(const Object& func, const Object& maxsize) {
    Object stats = list_({Object::small(0), Object::small(0)});
    Object w = Object::adopt(new LruWrapperObj({func, dict_(), stats, maxsize}));
    update_wrapper(w, func);
    setattr(w, "cache_info", Object::adopt(new BuiltinFunctionObj("cache_info", m_cache_info, w)));
    setattr(w, "cache_clear", Object::adopt(new BuiltinFunctionObj("cache_clear", m_cache_clear, w)));
    return w;
}

// lru_cache(maxsize)(f): the decorator remembers maxsize as its bound receiver.
Object lru_decorator(const Args& a) {
    check_nargs("decorating_function", a, 2, 2);
    return make_lru_wrapper(a[1], a[0]);
}

Object f_lru_cache(const Args& a) {
    check_kwargs("lru_cache", a, {"maxsize", "typed"});
    Object maxsize = a.npos > 0 ? a[0] : kwarg(a, "maxsize");
    if (maxsize.null()) maxsize = Object::small(128);
    if (is_intlike(maxsize)) {
        if (int_sign(maxsize) < 0) maxsize = Object::small(0);
    } else if (!is_none(maxsize)) {
        if (maxsize.type()->call) return make_lru_wrapper(maxsize, Object::small(128));
        type_error("Expected first argument to be an integer, a callable, or None");
    }
    return Object::adopt(new BuiltinFunctionObj("decorating_function", lru_decorator, maxsize));
}

Object f_cache(const Args& a) {
    check_nargs("cache", a, 1, 1);
    return make_lru_wrapper(a[0], None());
}

// ---- total_ordering ----

// The derived comparisons of functools.py: which root method they call and how they combine its result.
struct Derived {
    const char* name;
    const char* root;
    int how;  // 0: not r and self != other, 1: r or self == other, 2: not r, 3: not r or self == other,
              // 4: r and self != other
};
const Derived kDerived[] = {
    {"__gt__", "__lt__", 0}, {"__le__", "__lt__", 1}, {"__ge__", "__lt__", 2},
    {"__ge__", "__le__", 3}, {"__lt__", "__le__", 4}, {"__gt__", "__le__", 2},
    {"__lt__", "__gt__", 0}, {"__ge__", "__gt__", 1}, {"__le__", "__gt__", 2},
    {"__le__", "__ge__", 3}, {"__gt__", "__ge__", 4}, {"__lt__", "__ge__", 2},
};

Object derived_entry(FunctionObj* self, const Args& a) {
    Object s[2];
    bind_args(self, a, s);
    const Derived& d = kDerived[size_t(self->cells[0].small_value())];
    Object r = call(getattr(type_object(*s[0].type()), d.root), {s[0], s[1]});
    if (r.ptr() == &NotImplemented_obj) return r;
    bool t = truthy(r);
    switch (d.how) {
        case 0: return bool_(!t && !eq(s[0], s[1]) );
        case 1: return bool_(t || eq(s[0], s[1]));
        case 2: return bool_(!t);
        case 3: return bool_(!t || eq(s[0], s[1]));
        default: return bool_(t && !eq(s[0], s[1]));
    }
}

bool defines(const Type* cls, const char* name) {
    const Type* owner = nullptr;
    lookup_mro_owner(cls, name, owner);
    return owner && owner != &ObjectType;
}

Object f_total_ordering(const Args& a) {
    check_nargs("total_ordering", a, 1, 1);
    if (!is_type(a[0])) type_error("total_ordering() argument must be a class");
    const Type* cls = a[0].as<Type>();
    const char* root = nullptr;  // max() of the names defined: __lt__ > __le__ > __gt__ > __ge__
    for (const char* n : {"__ge__", "__gt__", "__le__", "__lt__"})
        if (defines(cls, n)) root = n;
    if (!root) value_error("must define at least one ordering operation: < > <= >=");
    for (size_t i = 0; i < std::size(kDerived); ++i) {
        const Derived& d = kDerived[i];
        if (std::string_view(d.root) != root || defines(cls, d.name)) continue;
        std::string qual = fmt::format("_{}_from_{}", std::string_view(d.name).substr(2, 2),
                                       std::string_view(d.root).substr(2, 2));
        const FuncInfo& info = intern_func_info(qual, qual, {"self", "other"});
        setattr(a[0], d.name, native_function(info, derived_entry, {int_(int64_t(i))}));
    }
    return a[0];
}

// ---- cmp_to_key ----

Type KeyType("K", "functools", &ObjectType);
struct KeyObj : Obj {
    Object cmp, obj;
    KeyObj(Object c, Object o) : Obj(&KeyType), cmp(std::move(c)), obj(std::move(o)) {}
};

Object key_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (!isinstance_exact(b, KeyType)) type_error("other argument must be K instance");
    auto* x = a.as<KeyObj>();
    Object r = call(x->cmp, {x->obj, b.as<KeyObj>()->obj});
    return compare(op, r, Object::small(0));
}

Object key_make(const Args& a) {
    check_nargs("K", a, 2, 2);
    return Object::adopt(new KeyObj(a[0], a[1]));
}

Object f_cmp_to_key(const Args& a) {
    check_nargs("cmp_to_key", a, 1, 1);
    return Object::adopt(new BuiltinFunctionObj("K", key_make, a[0]));
}

// ---- cached_property ----

Type CachedPropertyType("cached_property", "functools", &ObjectType);
struct CachedPropertyObj : Obj {
    Object func, attrname;
    explicit CachedPropertyObj(Object f) : Obj(&CachedPropertyType), func(std::move(f)) {}
};

Object cached_property_ctor(const Type&, const Args& a) {
    check_nargs("cached_property", a, 1, 1);
    return Object::adopt(new CachedPropertyObj(a[0]));
}

Object m_cp_set_name(const Args& a) {
    check_nargs("__set_name__", a, 3, 3);
    auto* p = a[0].as<CachedPropertyObj>();
    if (p->attrname.null()) p->attrname = a[2];
    else if (!eq(p->attrname, a[2]))
        type_error(fmt::format("Cannot assign the same cached_property to two different names ({} and {}).",
                               repr_utf8(p->attrname), repr_utf8(a[2])));
    return None();
}

Object m_cp_get(const Args& a) {
    check_nargs("__get__", a, 2, 3);
    auto* p = a[0].as<CachedPropertyObj>();
    if (is_none(a[1])) return a[0];
    if (p->attrname.null())
        type_error("Cannot use cached_property instance without calling __set_name__ on it.");
    Object d = getattr_or_null(a[1], "__dict__");
    if (d.null())
        type_error(fmt::format("No '__dict__' attribute on {} instance to cache {} property.",
                               repr_utf8(str_(type_name(a[1]))), repr_utf8(p->attrname)));
    Object v = dict_get(d, p->attrname);
    if (!v.null()) return v;
    v = call(p->func, {a[1]});
    dict_set(d, p->attrname, v);
    return v;
}

Object cached_property_getattr(const Object& o, std::string_view name) {
    auto* p = o.as<CachedPropertyObj>();
    if (name == "func") return p->func;
    if (name == "attrname") return p->attrname.null() ? None() : p->attrname;
    if (name == "__doc__") return getattr_or_null(p->func, "__doc__");
    return {};
}

}  // namespace

void setup_functools() {
    add_class_getitem(PartialType);
    set_slots(PartialType, {.repr = partial_repr, .call = partial_call, .getattr = partial_getattr,
                            .setattr = partial_setattr});
    set_type_constructor(PartialType, partial_ctor);
    set_slots(CacheInfoType, {.repr = cache_info_repr, .richcompare = cache_info_richcompare, .len = cache_info_len,
                              .iter = cache_info_iter, .getitem = cache_info_getitem, .getattr = cache_info_getattr});
    set_slots(KeyType, {.unhashable = true, .richcompare = key_richcompare});
    set_slots(CachedPropertyType, {.getattr = cached_property_getattr});
    set_type_constructor(CachedPropertyType, cached_property_ctor);
    add_methods(CachedPropertyType, {{"__set_name__", m_cp_set_name}, {"__get__", m_cp_get}});
}

void init_functools_module(ModuleObj& m) {
    module_add_functions(m, {{"reduce", f_reduce}, {"wraps", f_wraps}, {"update_wrapper", f_update_wrapper},
                             {"lru_cache", f_lru_cache}, {"cache", f_cache}, {"total_ordering", f_total_ordering},
                             {"cmp_to_key", f_cmp_to_key}});
    module_add(m, "partial", type_object(PartialType));
    module_add(m, "cached_property", type_object(CachedPropertyType));
    module_add(m, "WRAPPER_ASSIGNMENTS", tuple_({str_("__module__"), str_("__name__"), str_("__qualname__"),
                                                  str_("__doc__"), str_("__annotations__")}));
    module_add(m, "WRAPPER_UPDATES", tuple_({str_("__dict__")}));
}

}  // namespace pyco
