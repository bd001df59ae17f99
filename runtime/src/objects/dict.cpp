// dict: CPython's compact layout — entries in insertion order plus an open-addressing index into them — so
// iteration follows insertion order and deletion leaves a hole until the next resize compacts the entries.
#include <fmt/format.h>

#include "internal/typing_objects.h"
#include "pyco/builtins.h"
#include "internal/values.h"
#include "internal/type_setup.h"

namespace pyco {

Type DictType("dict", "builtins", &ObjectType);
static Type DictKeysType("dict_keys", "builtins", &ObjectType);
static Type DictValuesType("dict_values", "builtins", &ObjectType);
static Type DictItemsType("dict_items", "builtins", &ObjectType);
static Type DictKeyIterType("dict_keyiterator", "builtins", &ObjectType);
static Type DictValueIterType("dict_valueiterator", "builtins", &ObjectType);
static Type DictItemIterType("dict_itemiterator", "builtins", &ObjectType);

namespace {

constexpr int32_t kEmpty = -1, kDeleted = -2;

DictObj* D(const Object& o) { return o.as<DictObj>(); }

bool keys_equal(const Object& a, const Object& b) {
    if (is_(a, b)) return true;
    if (isinstance_exact(a, StrType) && isinstance_exact(b, StrType)) return as_str(a)->s == as_str(b)->s;
    if (a.is_small() && b.is_small()) return false;
    return eq(a, b);
}

// The index slot holding `key`, or the slot where it would go (an empty slot, or the first deleted one seen).
struct Probe {
    size_t slot;
    int32_t entry;  // >= 0 when found
};

Probe probe(DictObj* d, const Object& key, int64_t h) {
restart:
    size_t mask = d->index.size() - 1;
    size_t i = size_t(h) & mask;
    uint64_t perturb = uint64_t(h);
    size_t free_slot = SIZE_MAX;
    while (true) {
        int32_t ix = d->index[i];
        if (ix == kEmpty) return {free_slot != SIZE_MAX ? free_slot : i, -1};
        if (ix == kDeleted) {
            if (free_slot == SIZE_MAX) free_slot = i;
        } else if (d->entries[size_t(ix)].hash == h) {
            // The key's __eq__ may change the dict: compare a reference of our own, and look again from the
            // start when the tables moved or the entry changed meanwhile (as CPython's lookdict does).
            Object start = d->entries[size_t(ix)].key;
            const int32_t* index = d->index.data();
            const DictEntry* entries = d->entries.data();
            uint64_t version = d->version;
            bool equal = keys_equal(start, key);
            if (index != d->index.data() || entries != d->entries.data() || version != d->version ||
                !is_(d->entries[size_t(ix)].key, start))
                goto restart;
            if (equal) return {i, ix};
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

void rebuild(DictObj* d, size_t min_used) {
    size_t size = 8;
    while (size * 2 < (min_used + 1) * 3) size <<= 1;
    std::vector<DictEntry> entries;
    entries.reserve(size_t(d->used) + 1);
    for (DictEntry& e : d->entries)
        if (!e.key.null()) entries.push_back(std::move(e));
    d->entries = std::move(entries);
    d->index.assign(size, kEmpty);
    size_t mask = size - 1;
    for (size_t k = 0; k < d->entries.size(); ++k) {
        uint64_t h = uint64_t(d->entries[k].hash), perturb = h;
        size_t i = size_t(h) & mask;
        while (d->index[i] != kEmpty) {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        d->index[i] = int32_t(k);
    }
}

int32_t find(DictObj* d, const Object& key, int64_t h) {
    if (d->used == 0) return -1;
    return probe(d, key, h).entry;
}

void insert(DictObj* d, const Object& key, int64_t h, const Object& value) {
    if (d->index.empty()) d->index.assign(8, kEmpty);
    Probe p = probe(d, key, h);
    if (p.entry >= 0) {
        d->entries[size_t(p.entry)].value = value;
        return;
    }
    if ((d->entries.size() + 1) * 3 > d->index.size() * 2) {
        rebuild(d, size_t(d->used) + 1);
        p = probe(d, key, h);
    }
    d->index[p.slot] = int32_t(d->entries.size());
    d->entries.push_back(DictEntry{h, key, value});
    ++d->used;
    ++d->version;
}

Object remove_at(DictObj* d, const Object& key, int64_t h) {
    if (d->used == 0) return {};
    Probe p = probe(d, key, h);
    if (p.entry < 0) return {};
    DictEntry& e = d->entries[size_t(p.entry)];
    Object v = std::move(e.value);
    e.key = Object();
    d->index[p.slot] = kDeleted;
    --d->used;
    ++d->version;
    if (d->used == 0) {
        d->entries.clear();
        d->index.assign(8, kEmpty);
    }
    return v;
}

[[noreturn]] void key_error(const Object& key) { raise_(new_exception(KeyErrorType, {key})); }

}  // namespace

// ---- public helpers ----

Object dict_(std::initializer_list<std::pair<Object, Object>> items) {
    Object d = Object::adopt(new DictObj());
    for (auto& kv : items) dict_set(d, kv.first, kv.second);
    return d;
}

void dict_set(const Object& d, const Object& key, const Object& v) { insert(D(d), key, hash(key), v); }

Object dict_get(const Object& d, const Object& key) {
    DictObj* o = D(d);
    int32_t ix = find(o, key, hash(key));
    return ix < 0 ? Object() : o->entries[size_t(ix)].value;
}

std::vector<DictEntry> dict_take_entries(DictObj* d) {
    std::vector<DictEntry> old = std::move(d->entries);
    d->entries.clear();
    d->index.assign(8, kEmpty);
    d->used = 0;
    ++d->version;
    return old;
}

Object dict_pop(const Object& d, const Object& key) { return remove_at(D(d), key, hash(key)); }
bool dict_del(const Object& d, const Object& key) { return !dict_pop(d, key).null(); }

static void merge_pairs(const Object& d, const Object& iterable) {
    Object it = iter(iterable);
    int64_t n = 0;
    for (Object x = next(it); !x.null(); x = next(it), ++n) {
        if (!is_tuple(x) && !is_list(x) && x.type()->iter == nullptr)
            type_error(fmt::format("cannot convert dictionary update sequence element #{} to a sequence", n));
        std::vector<Object> kv = to_vector(x);
        if (kv.size() != 2)
            value_error(fmt::format("dictionary update sequence element #{} has length {}; 2 is required", n, kv.size()));
        dict_set(d, kv[0], kv[1]);
    }
}

void dict_update(const Object& d, const Object& other) {
    if (is_dict(other)) {
        for (const DictEntry& e : std::vector<DictEntry>(D(other)->entries))
            if (!e.key.null()) insert(D(d), e.key, e.hash, e.value);
        return;
    }
    Object keys = getattr_or_null(other, "keys");
    if (keys.null()) type_error(fmt::format("'{}' object is not a mapping", type_name(other)));
    Object it = iter(call(keys));
    for (Object k = next(it); !k.null(); k = next(it)) dict_set(d, k, getitem(other, k));
}

void dict_update_arg(const Object& d, const Object& arg) {
    if (is_dict(arg) || !getattr_or_null(arg, "keys").null()) dict_update(d, arg);
    else merge_pairs(d, arg);
}

// ---- slots ----

static std::string dict_repr(const Object& o) {
    ReprGuard g(o.ptr());
    if (!g.active()) return "{...}";
    std::string r = "{";
    bool first = true;
    for (const DictEntry& e : std::vector<DictEntry>(D(o)->entries)) {
        if (e.key.null()) continue;
        if (!first) r += ", ";
        first = false;
        r += repr_utf8(e.key);
        r += ": ";
        r += repr_utf8(e.value);
    }
    return r + "}";
}

static Object dict_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (!is_dict(a) || !is_dict(b) || (op != CmpOp::Eq && op != CmpOp::Ne)) return NotImplemented();
    bool same = D(a)->used == D(b)->used;
    if (same) {
        // By index, holding the key and value: their __eq__ may change either dict.
        for (size_t i = 0; i < D(a)->entries.size(); ++i) {
            Object key = D(a)->entries[i].key;
            if (key.null()) continue;
            Object value = D(a)->entries[i].value;
            Object v = dict_get(b, key);
            if (v.null() || !(is_(value, v) || eq(value, v))) { same = false; break; }  // a's value first
        }
    }
    return bool_(op == CmpOp::Eq ? same : !same);
}

static Object dict_copy_obj(const Object& d) {
    Object r = Object::adopt(new DictObj());
    dict_update(r, d);
    return r;
}

static Object dict_binop(const Object& a, const Object& b, BinOp op) {
    if (op != BinOp::Or || !is_dict(a) || !is_dict(b)) return NotImplemented();
    Object r = dict_copy_obj(a);
    dict_update(r, b);
    return r;
}

static int64_t dict_len(const Object& o) { return D(o)->used; }

static Object dict_getitem(const Object& o, const Object& key) {
    DictObj* d = D(o);
    int32_t ix = find(d, key, hash(key));
    if (ix < 0) key_error(key);
    return d->entries[size_t(ix)].value;
}

static void dict_setitem(const Object& o, const Object& key, const Object& v) { dict_set(o, key, v); }
static void dict_delitem(const Object& o, const Object& key) {
    if (remove_at(D(o), key, hash(key)).null()) key_error(key);
}
static int dict_contains(const Object& o, const Object& key) { return find(D(o), key, hash(key)) >= 0; }

// ---- iteration and views ----

enum class Kind { Keys, Values, Items };

struct DictIterObj : Obj {
    Object dict;
    size_t pos = 0;
    int64_t used_at_start;
    Kind kind;
    DictIterObj(const Type* t, Object d, Kind k)
        : Obj(t), dict(std::move(d)), used_at_start(D(dict)->used), kind(k) {}
};

struct DictViewObj : Obj {
    Object dict;
    Kind kind;
    DictViewObj(const Type* t, Object d, Kind k) : Obj(t), dict(std::move(d)), kind(k) {}
};

static const Type* iter_type(Kind k) {
    return k == Kind::Keys ? &DictKeyIterType : k == Kind::Values ? &DictValueIterType : &DictItemIterType;
}

static Object dict_iter(const Object& o) { return Object::adopt(new DictIterObj(&DictKeyIterType, o, Kind::Keys)); }

static Object dict_iter_next(const Object& it) {
    auto* di = it.as<DictIterObj>();
    if (di->dict.null()) return {};
    DictObj* d = D(di->dict);
    if (d->used != di->used_at_start) {
        di->used_at_start = -1;  // stays broken, as CPython's
        raise(RuntimeErrorType, "dictionary changed size during iteration");
    }
    while (di->pos < d->entries.size()) {
        DictEntry& e = d->entries[di->pos++];
        if (e.key.null()) continue;
        switch (di->kind) {
            case Kind::Keys: return e.key;
            case Kind::Values: return e.value;
            case Kind::Items: return tuple_({e.key, e.value});
        }
    }
    di->dict = Object();
    return {};
}

static Object view_iter(const Object& v) {
    auto* dv = v.as<DictViewObj>();
    return Object::adopt(new DictIterObj(iter_type(dv->kind), dv->dict, dv->kind));
}
static int64_t view_len(const Object& v) { return D(v.as<DictViewObj>()->dict)->used; }

static std::string view_repr(const Object& v) {
    ReprGuard g(v.ptr());
    if (!g.active()) return "...";
    std::vector<Object> items = to_vector(v);
    return v.type()->name + "(" + sequence_repr(items, "[", "]") + ")";
}

static int view_contains(const Object& v, const Object& x) {
    auto* dv = v.as<DictViewObj>();
    if (dv->kind == Kind::Keys) return dict_contains(dv->dict, x);
    if (dv->kind == Kind::Items) {
        if (!is_tuple(x) || tuple_items(x).size() != 2) return 0;
        Object val = dict_get(dv->dict, tuple_items(x)[0]);
        return !val.null() && (is_(val, tuple_items(x)[1]) || eq(val, tuple_items(x)[1]));
    }
    for (size_t i = 0; i < D(dv->dict)->entries.size(); ++i) {  // by index: __eq__ may change the dict
        if (D(dv->dict)->entries[i].key.null()) continue;
        Object value = D(dv->dict)->entries[i].value;
        if (is_(value, x) || eq(value, x)) return 1;
    }
    return 0;
}

// keys() and items() views behave as sets in operators and comparisons. The result set is built as CPython's
// dictviews_* functions build it (a copy of the left operand updated in place), so that it iterates in CPython's
// order.
static bool setlike_view(const Object& o) {
    return o.is_ptr() && (o.ptr()->type == &DictKeysType || o.ptr()->type == &DictItemsType);
}

// CPython's _PyDictView_Intersect: iterate the other operand, or let a larger set do the work.
static Object view_intersect(Object self, Object other) {
    if (!setlike_view(self)) std::swap(self, other);
    int64_t len_self = len(self);
    if (isinstance_exact(other, SetType) && len_self <= len(other)) return call_method(other, "intersection", {self});
    if (setlike_view(other) && len(other) > len_self) std::swap(self, other);
    Object result = new_set(SetType, Object());
    Object it = iter(other);
    for (Object k = next(it); !k.null(); k = next(it))
        if (contains(self, k)) set_add(result, k);
    return result;
}

static Object view_binop(const Object& a, const Object& b, BinOp op) {
    if (!setlike_view(a) && !setlike_view(b)) return NotImplemented();
    const char* update = nullptr;
    switch (op) {
        case BinOp::And: return view_intersect(a, b);
        case BinOp::Or: update = "update"; break;
        case BinOp::Sub: update = "difference_update"; break;
        case BinOp::Xor: update = "symmetric_difference_update"; break;
        default: return NotImplemented();
    }
    Object result = new_set(SetType, a);
    call_method(result, update, {b});
    return result;
}

static Object view_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (a.type() == &DictValuesType) return NotImplemented();
    return compare(op, new_set(SetType, a), is_anyset(b) ? b : new_set(SetType, b));
}

bool is_dict_view(const Object& o) noexcept {
    return o.is_ptr() && (o.ptr()->type == &DictKeysType || o.ptr()->type == &DictValuesType ||
                          o.ptr()->type == &DictItemsType);
}

// keys().isdisjoint(other), items().isdisjoint(other)
static Object view_isdisjoint(const Args& a) {
    check_nargs("isdisjoint", a, 2, 2);
    Object it = iter(a[1]);
    for (Object x = next(it); !x.null(); x = next(it))
        if (view_contains(a[0], x)) return bool_(false);
    return bool_(true);
}

static Object make_view(const Object& d, Kind k) {
    const Type* t = k == Kind::Keys ? &DictKeysType : k == Kind::Values ? &DictValuesType : &DictItemsType;
    return Object::adopt(new DictViewObj(t, d, k));
}

// ---- methods ----

static const Object& self_dict(const Args& a, const char* name, size_t min, size_t max) {
    check_nargs(name, a, min, max);
    if (!is_dict(a[0]))
        type_error(fmt::format("descriptor '{}' for 'dict' objects doesn't apply to a '{}' object", name, type_name(a[0])));
    return a[0];
}

static Object m_get(const Args& a) {
    const Object& d = self_dict(a, "get", 2, 3);
    Object v = dict_get(d, a[1]);
    if (!v.null()) return v;
    return a.npos > 2 ? a[2] : None();
}
static Object m_pop(const Args& a) {
    const Object& d = self_dict(a, "pop", 2, 3);
    Object v = dict_pop(d, a[1]);
    if (!v.null()) return v;
    if (a.npos > 2) return a[2];
    key_error(a[1]);
}
static Object m_setdefault(const Args& a) {
    const Object& d = self_dict(a, "setdefault", 2, 3);
    Object v = dict_get(d, a[1]);
    if (!v.null()) return v;
    Object def = a.npos > 2 ? a[2] : None();
    dict_set(d, a[1], def);
    return def;
}
static Object m_update(const Args& a) {
    const Object& d = self_dict(a, "update", 1, 2);
    if (a.npos > 1) {
        dict_update_arg(d, a[1]);
    }
    for (size_t i = 0; i < a.nkw; ++i) dict_set(d, str_(a.kw[i].name), a.kw[i].value);
    return None();
}
static Object m_keys(const Args& a) { return make_view(self_dict(a, "keys", 1, 1), Kind::Keys); }
static Object m_values(const Args& a) { return make_view(self_dict(a, "values", 1, 1), Kind::Values); }
static Object m_items(const Args& a) { return make_view(self_dict(a, "items", 1, 1), Kind::Items); }
static Object m_copy(const Args& a) { return dict_copy_obj(self_dict(a, "copy", 1, 1)); }
static Object m_clear(const Args& a) {
    dict_take_entries(D(self_dict(a, "clear", 1, 1)));  // the values die after the dict is consistent
    return None();
}
static Object m_popitem(const Args& a) {
    DictObj* d = D(self_dict(a, "popitem", 1, 1));
    if (d->used == 0) raise_(new_exception(KeyErrorType, {str_("popitem(): dictionary is empty")}));
    for (size_t i = d->entries.size(); i-- > 0;) {
        if (d->entries[i].key.null()) continue;
        Object k = d->entries[i].key;
        Object v = remove_at(d, k, d->entries[i].hash);
        return tuple_({k, v});
    }
    return None();
}
static Object m_fromkeys(const Args& a) {
    check_nargs("fromkeys", a, 1, 2);
    Object d = Object::adopt(new DictObj());
    Object v = a.npos > 1 ? a[1] : None();
    Object it = iter(a[0]);
    for (Object k = next(it); !k.null(); k = next(it)) dict_set(d, k, v);
    return d;
}

static Object dict_ctor(const Type&, const Args& a) {
    if (a.npos > 1) type_error(fmt::format("dict expected at most 1 argument, got {}", a.npos));
    Object d = Object::adopt(new DictObj());
    if (a.npos == 1) {
        dict_update_arg(d, a[0]);
    }
    for (size_t i = 0; i < a.nkw; ++i) dict_set(d, str_(a.kw[i].name), a.kw[i].value);
    return d;
}

// dict.__reversed__ and its views' (which collections.abc.Reversible looks for): reversed() knows them.
static Object m_reversed(const Args& a) {
    check_nargs("__reversed__", a, 1, 1);
    return call(builtin("reversed"), {a[0]});
}

void setup_dict() {
    DictType.collection_flags = kCollectionMapping;  // matched by sequence/mapping patterns
    add_class_getitem(DictType);
    set_slots(DictType, {.repr = dict_repr, .unhashable = true, .richcompare = dict_richcompare, .binop = dict_binop,
                         .len = dict_len, .iter = dict_iter, .getitem = dict_getitem, .setitem = dict_setitem,
                         .delitem = dict_delitem, .contains = dict_contains});
    add_methods(DictType, {{"get", m_get}, {"pop", m_pop}, {"setdefault", m_setdefault}, {"update", m_update},
                           {"keys", m_keys}, {"values", m_values}, {"items", m_items}, {"copy", m_copy},
                           {"clear", m_clear}, {"popitem", m_popitem}, {"__reversed__", m_reversed}});
    add_unbound_functions(DictType, {{"fromkeys", m_fromkeys}});
    set_type_constructor(DictType, dict_ctor);
    for (Type* t : {&DictKeyIterType, &DictValueIterType, &DictItemIterType}) set_iterator_type(*t, dict_iter_next);
    // keys() and items() compare as sets, so they are unhashable; values() keeps identity hashing.
    for (Type* t : {&DictKeysType, &DictItemsType}) {
        set_slots(*t, {.repr = view_repr, .unhashable = true, .richcompare = view_richcompare, .binop = view_binop,
                       .len = view_len, .iter = view_iter, .contains = view_contains});
        add_methods(*t, {{"isdisjoint", view_isdisjoint}, {"__reversed__", m_reversed}});
    }
    set_slots(DictValuesType, {.repr = view_repr, .len = view_len, .iter = view_iter, .contains = view_contains});
    add_methods(DictValuesType, {{"__reversed__", m_reversed}});
}

}  // namespace pyco
