// set and frozenset: a port of CPython's Objects/setobject.c table (open addressing with 9 linear probes before
// perturbation, resizing at 3/5 full, dummies for deleted keys) so that iteration order — what printing a set
// shows — matches CPython's for keys whose hashes match CPython's (ints, and tuples of them).
#include <fmt/format.h>

#include "internal/typing_objects.h"
#include "internal/values.h"
#include "internal/type_setup.h"

namespace pyco {

Type SetType("set", "builtins", &ObjectType);
Type FrozenSetType("frozenset", "builtins", &ObjectType);
static Type SetIterType("set_iterator", "builtins", &ObjectType);

namespace {

constexpr int kLinearProbes = 9;
constexpr int kPerturbShift = 5;
constexpr size_t kMinSize = 8;

SetObj* S(const Object& o) { return o.as<SetObj>(); }

bool is_unused(const SetEntry& e) { return e.key.null() && e.hash == 0; }
bool is_dummy(const SetEntry& e) { return e.key.null() && e.hash == -1; }
bool is_active(const SetEntry& e) { return !e.key.null(); }

bool keys_equal(const Object& a, const Object& b) {
    if (is_(a, b)) return true;
    if (isinstance_exact(a, StrType) && isinstance_exact(b, StrType)) return as_str(a)->s == as_str(b)->s;
    if (a.is_small() && b.is_small()) return false;
    return eq(a, b);
}

// The active entry holding `key`, or null.
SetEntry* lookkey(SetObj* so, const Object& key, int64_t hash) {
    size_t mask = so->mask, i = size_t(hash) & mask, perturb = size_t(hash);
    while (true) {
        SetEntry* entry = &so->table[i];
        int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        do {
            if (is_unused(*entry)) return nullptr;
            if (entry->hash == hash && !entry->key.null()) {
                Object start = entry->key;
                SetEntry* table = so->table.data();
                bool equal = keys_equal(start, key);
                // __eq__ may have changed the set: look again from the start, as CPython's set_lookkey does.
                if (table != so->table.data() || !is_(entry->key, start)) return lookkey(so, key, hash);
                if (equal) return entry;
            }
            ++entry;
        } while (probes--);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void insert_clean(std::vector<SetEntry>& table, size_t mask, Object key, int64_t hash) {
    size_t perturb = size_t(hash), i = size_t(hash) & mask;
    while (true) {
        SetEntry* entry = &table[i];
        if (entry->key.null()) goto found;
        if (i + kLinearProbes <= mask) {
            for (int j = 0; j < kLinearProbes; ++j) {
                ++entry;
                if (entry->key.null()) goto found;
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = std::move(key);
        entry->hash = hash;
        return;
    }
}

void table_resize(SetObj* so, int64_t minused) {
    size_t newsize = kMinSize;
    while (newsize <= size_t(minused)) newsize <<= 1;
    std::vector<SetEntry> old = std::move(so->table);
    so->table.assign(newsize, SetEntry{});
    so->mask = newsize - 1;
    so->fill = so->used;
    for (SetEntry& e : old)
        if (is_active(e)) insert_clean(so->table, so->mask, std::move(e.key), e.hash);
}

void add_entry(SetObj* so, const Object& key, int64_t hash) {
    size_t mask, i, perturb;
    SetEntry* freeslot;
restart:
    mask = so->mask;
    i = size_t(hash) & mask;
    freeslot = nullptr;
    perturb = size_t(hash);
    while (true) {
        SetEntry* entry = &so->table[i];
        int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        do {
            if (is_unused(*entry)) {
                if (freeslot) {
                    ++so->used;
                    freeslot->key = key;
                    freeslot->hash = hash;
                    return;
                }
                ++so->fill;
                ++so->used;
                entry->key = key;
                entry->hash = hash;
                if (size_t(so->fill) * 5 < mask * 3) return;
                table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
                return;
            }
            if (entry->hash == hash && !entry->key.null()) {
                Object start = entry->key;
                SetEntry* table = so->table.data();
                if (keys_equal(start, key)) return;
                if (table != so->table.data() || !is_(entry->key, start)) goto restart;  // mutated by __eq__
                mask = so->mask;
            } else if (is_dummy(*entry)) {
                freeslot = entry;  // CPython 3.11 keeps the last dummy seen (checked against its tables)
            }
            ++entry;
        } while (probes--);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

bool discard_entry(SetObj* so, const Object& key, int64_t hash) {
    SetEntry* e = lookkey(so, key, hash);
    if (!e) return false;
    Object old = std::move(e->key);
    e->key = Object();
    e->hash = -1;
    --so->used;
    return true;
}

void clear_table(SetObj* so) { set_take_entries(so); }

void merge(SetObj* so, SetObj* other) {
    if (other == so || other->used == 0) return;
    if ((so->fill + other->used) * 5 >= int64_t(so->mask) * 3) table_resize(so, (so->used + other->used) * 2);
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; ++i) so->table[i] = other->table[i];
        so->fill = other->fill;
        so->used = other->used;
        return;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (const SetEntry& e : other->table)
            if (is_active(e)) insert_clean(so->table, so->mask, e.key, e.hash);
        return;
    }
    std::vector<SetEntry> snapshot = other->table;
    for (const SetEntry& e : snapshot)
        if (is_active(e)) add_entry(so, e.key, e.hash);
}

int64_t key_hash(const Object& key) { return hash(key); }

template <class F>
void for_each_entry(SetObj* so, F f) {
    std::vector<SetEntry> snapshot = so->table;  // callbacks may run Python code that mutates the set
    for (const SetEntry& e : snapshot)
        if (is_active(e)) f(e);
}

}  // namespace

std::vector<SetEntry> set_take_entries(SetObj* so) {
    std::vector<SetEntry> old = std::move(so->table);
    so->table.assign(kMinSize, SetEntry{});
    so->mask = kMinSize - 1;
    so->fill = so->used = 0;
    return old;
}

SetObj::SetObj(const Type* t) : Obj(t), table(kMinSize) {}

// ---- public helpers ----

void set_update(const Object& s, const Object& iterable) {
    SetObj* so = S(s);
    if (is_anyset(iterable)) return merge(so, S(iterable));
    if (is_dict(iterable)) {
        DictObj* d = iterable.as<DictObj>();
        if ((so->fill + d->used) * 5 >= int64_t(so->mask) * 3) table_resize(so, (so->used + d->used) * 2);
        std::vector<DictEntry> entries = d->entries;
        for (const DictEntry& e : entries)
            if (!e.key.null()) add_entry(so, e.key, e.hash);
        return;
    }
    Object it = iter(iterable);
    for (Object x = next(it); !x.null(); x = next(it)) add_entry(so, x, key_hash(x));
}

Object new_set(const Type& t, const Object& iterable) {
    Object s = Object::adopt(new SetObj(&t));
    if (!iterable.null()) set_update(s, iterable);
    return s;
}

Object set_(std::initializer_list<Object> items) {
    Object s = Object::adopt(new SetObj(&SetType));
    for (const Object& x : items) add_entry(S(s), x, key_hash(x));
    return s;
}

Object set_const_(std::initializer_list<Object> items) {
    Object folded = new_set(FrozenSetType, tuple_from(std::vector<Object>(items)));
    Object merged = new_set(FrozenSetType, tuple_from(to_vector(folded)));
    return new_set(SetType, merged);
}

void set_add(const Object& set, const Object& item) { add_entry(S(set), item, key_hash(item)); }
bool set_contains(const Object& s, const Object& key) { return lookkey(S(s), key, key_hash(key)) != nullptr; }
bool set_discard(const Object& s, const Object& key) { return discard_entry(S(s), key, key_hash(key)); }

// ---- set algebra, in CPython's iteration orders ----

static Object set_copy(const Object& s) { return new_set(*s.type(), s); }

static Object set_union(const Object& a, const Object& b) {
    Object r = set_copy(a);
    set_update(r, b);
    return r;
}

static Object set_intersection(const Object& a, const Object& b) {
    Object result = Object::adopt(new SetObj(a.type()));
    SetObj* so = S(a);
    if (is_anyset(b)) {
        SetObj* other = S(b);
        if (other->used > so->used) std::swap(so, other);
        for_each_entry(other, [&](const SetEntry& e) {
            if (lookkey(so, e.key, e.hash)) add_entry(S(result), e.key, e.hash);
        });
        return result;
    }
    Object it = iter(b);
    for (Object x = next(it); !x.null(); x = next(it)) {
        int64_t h = key_hash(x);
        if (lookkey(so, x, h)) add_entry(S(result), x, h);
    }
    return result;
}

static void difference_update(const Object& s, const Object& other) {
    if (is_(s, other)) return clear_table(S(s));
    if (is_anyset(other)) {
        for_each_entry(S(other), [&](const SetEntry& e) { discard_entry(S(s), e.key, e.hash); });
        return;
    }
    Object it = iter(other);
    for (Object x = next(it); !x.null(); x = next(it)) discard_entry(S(s), x, key_hash(x));
}

static Object set_difference(const Object& a, const Object& b) {
    int64_t other_size;
    if (is_anyset(b)) other_size = S(b)->used;
    else if (is_dict(b)) other_size = b.as<DictObj>()->used;
    else other_size = -1;
    if (other_size < 0 || (S(a)->used >> 2) > other_size) {
        Object r = set_copy(a);
        difference_update(r, b);
        return r;
    }
    Object result = Object::adopt(new SetObj(a.type()));
    for_each_entry(S(a), [&](const SetEntry& e) {
        bool found = is_dict(b) ? !dict_get(b, e.key).null() : lookkey(S(b), e.key, e.hash) != nullptr;
        if (!found) add_entry(S(result), e.key, e.hash);
    });
    return result;
}

static void symmetric_difference_update(const Object& s, const Object& other) {
    if (is_(s, other)) return clear_table(S(s));
    Object o = is_anyset(other) ? other : new_set(SetType, other);
    for_each_entry(S(o), [&](const SetEntry& e) {
        if (!discard_entry(S(s), e.key, e.hash)) add_entry(S(s), e.key, e.hash);
    });
}

static Object set_symmetric_difference(const Object& a, const Object& b) {
    Object r = new_set(*a.type(), b);
    symmetric_difference_update(r, a);
    return r;
}

static bool is_subset(const Object& a, const Object& b) {
    if (S(a)->used > S(b)->used) return false;
    bool ok = true;
    for_each_entry(S(a), [&](const SetEntry& e) { ok = ok && lookkey(S(b), e.key, e.hash); });
    return ok;
}

// ---- slots ----

static std::string set_repr(const Object& o) {
    bool frozen = o.type() == &FrozenSetType;
    SetObj* so = S(o);
    if (so->used == 0) return frozen ? "frozenset()" : "set()";
    ReprGuard g(o.ptr());
    if (!g.active()) return o.type()->name + "(...)";
    std::string r = frozen ? "frozenset({" : "{";
    bool first = true;
    for_each_entry(so, [&](const SetEntry& e) {
        if (!first) r += ", ";
        first = false;
        r += repr_utf8(e.key);
    });
    return r + (frozen ? "})" : "}");
}

static Object set_binop(const Object& a, const Object& b, BinOp op) {
    if (!is_anyset(a) || !is_anyset(b)) return NotImplemented();
    switch (op) {
        case BinOp::Or: return set_union(a, b);
        case BinOp::And: return set_intersection(a, b);
        case BinOp::Sub: return set_difference(a, b);
        case BinOp::Xor: return set_symmetric_difference(a, b);
        default: return NotImplemented();
    }
}

// `s |= t` and friends mutate a set in place (ops.cpp's inplace_binop calls this first).
Object set_inplace_binop(const Object& a, const Object& b, BinOp op) {
    if (!isinstance_exact(a, SetType) || !is_anyset(b)) return {};
    switch (op) {
        case BinOp::Or: set_update(a, b); return a;
        case BinOp::Sub: difference_update(a, b); return a;
        case BinOp::Xor: symmetric_difference_update(a, b); return a;
        case BinOp::And: {
            Object r = set_intersection(a, b);
            std::swap(S(a)->table, S(r)->table);
            std::swap(S(a)->mask, S(r)->mask);
            std::swap(S(a)->fill, S(r)->fill);
            std::swap(S(a)->used, S(r)->used);
            return a;
        }
        default: return {};
    }
}

static Object set_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (!is_anyset(a) || !is_anyset(b)) return NotImplemented();
    int64_t x = S(a)->used, y = S(b)->used;
    switch (op) {
        case CmpOp::Eq: return bool_(x == y && is_subset(a, b));
        case CmpOp::Ne: return bool_(!(x == y && is_subset(a, b)));
        case CmpOp::Le: return bool_(is_subset(a, b));
        case CmpOp::Lt: return bool_(x < y && is_subset(a, b));
        case CmpOp::Ge: return bool_(is_subset(b, a));
        case CmpOp::Gt: return bool_(x > y && is_subset(b, a));
    }
    return NotImplemented();
}

static int64_t frozenset_hash(const Object& o) {
    SetObj* so = S(o);
    auto shuffle = [](uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
    uint64_t h = 0;
    for (const SetEntry& e : so->table) h ^= shuffle(uint64_t(e.hash));
    if ((so->mask + 1 - size_t(so->fill)) & 1) h ^= shuffle(0);
    if ((so->fill - so->used) & 1) h ^= shuffle(uint64_t(-1));
    h ^= (uint64_t(so->used) + 1) * 1927868237ull;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923ull;
    if (h == uint64_t(-1)) h = 590923713ull;
    return int64_t(h);
}

static int64_t set_len(const Object& o) { return S(o)->used; }
static int set_contains_slot(const Object& o, const Object& key) { return set_contains(o, key); }

struct SetIterObj : Obj {
    Object set;
    size_t pos = 0;
    int64_t used_at_start;
    explicit SetIterObj(Object s) : Obj(&SetIterType), set(std::move(s)), used_at_start(S(set)->used) {}
};
static Object set_iter(const Object& o) { return Object::adopt(new SetIterObj(o)); }
static Object set_iter_next(const Object& it) {
    auto* si = it.as<SetIterObj>();
    if (si->set.null()) return {};
    SetObj* so = S(si->set);
    if (so->used != si->used_at_start) {
        si->used_at_start = -1;
        raise(RuntimeErrorType, "Set changed size during iteration");
    }
    while (si->pos <= so->mask) {
        SetEntry& e = so->table[si->pos++];
        if (is_active(e)) return e.key;
    }
    si->set = Object();
    return {};
}

// ---- methods ----

static const Object& self_set(const Args& a, const char* name, size_t min, size_t max, bool mutating = false) {
    check_nargs(name, a, min, max);
    if (!is_anyset(a[0]) || (mutating && a[0].type() != &SetType))
        type_error(fmt::format("descriptor '{}' for 'set' objects doesn't apply to a '{}' object", name, type_name(a[0])));
    return a[0];
}

static Object m_add(const Args& a) {
    set_add(self_set(a, "add", 2, 2, true), a[1]);
    return None();
}
static Object m_discard(const Args& a) {
    set_discard(self_set(a, "discard", 2, 2, true), a[1]);
    return None();
}
static Object m_remove(const Args& a) {
    if (!set_discard(self_set(a, "remove", 2, 2, true), a[1])) raise_(new_exception(KeyErrorType, {a[1]}));
    return None();
}
static Object m_pop(const Args& a) {
    SetObj* so = S(self_set(a, "pop", 1, 1, true));
    if (so->used == 0) raise_(new_exception(KeyErrorType, {str_("pop from an empty set")}));
    size_t i = so->finger & so->mask;
    while (!is_active(so->table[i])) i = (i + 1) & so->mask;
    Object key = std::move(so->table[i].key);
    so->table[i].key = Object();
    so->table[i].hash = -1;
    --so->used;
    so->finger = i + 1;
    return key;
}
static Object m_clear(const Args& a) {
    clear_table(S(self_set(a, "clear", 1, 1, true)));
    return None();
}
static Object m_copy(const Args& a) {
    const Object& s = self_set(a, "copy", 1, 1);
    if (s.type() == &FrozenSetType) return s;
    return set_copy(s);
}
static Object m_update(const Args& a) {
    const Object& s = self_set(a, "update", 1, size_t(-1), true);
    for (size_t i = 1; i < a.npos; ++i) set_update(s, a[i]);
    return None();
}
static Object as_set(const Object& o) { return is_anyset(o) ? o : new_set(SetType, o); }
static Object m_union(const Args& a) {
    Object r = set_copy(self_set(a, "union", 1, size_t(-1)));
    for (size_t i = 1; i < a.npos; ++i) set_update(r, a[i]);
    return r;
}
static Object m_intersection(const Args& a) {
    Object r = self_set(a, "intersection", 1, size_t(-1));
    if (a.npos == 1) return set_copy(r);
    for (size_t i = 1; i < a.npos; ++i) r = set_intersection(r, a[i]);
    return r;
}
static Object m_difference(const Args& a) {
    Object r = self_set(a, "difference", 1, size_t(-1));
    if (a.npos == 1) return set_copy(r);
    for (size_t i = 1; i < a.npos; ++i) r = set_difference(r, a[i]);
    return r;
}
static Object m_symmetric_difference(const Args& a) {
    return set_symmetric_difference(self_set(a, "symmetric_difference", 2, 2), a[1]);
}
static Object m_intersection_update(const Args& a) {
    const Object& s = self_set(a, "intersection_update", 1, size_t(-1), true);
    for (size_t i = 1; i < a.npos; ++i) set_inplace_binop(s, as_set(a[i]), BinOp::And);
    return None();
}
static Object m_difference_update(const Args& a) {
    const Object& s = self_set(a, "difference_update", 1, size_t(-1), true);
    for (size_t i = 1; i < a.npos; ++i) difference_update(s, a[i]);
    return None();
}
static Object m_symmetric_difference_update(const Args& a) {
    symmetric_difference_update(self_set(a, "symmetric_difference_update", 2, 2, true), a[1]);
    return None();
}
static Object m_issubset(const Args& a) { return bool_(is_subset(self_set(a, "issubset", 2, 2), as_set(a[1]))); }
static Object m_issuperset(const Args& a) { return bool_(is_subset(as_set(a[1]), self_set(a, "issuperset", 2, 2))); }
static Object m_isdisjoint(const Args& a) {
    Object i = set_intersection(self_set(a, "isdisjoint", 2, 2), as_set(a[1]));
    return bool_(S(i)->used == 0);
}

static Object set_ctor(const Type& cls, const Args& a) {
    check_no_kwargs(cls.name.c_str(), a);
    check_nargs(cls.name.c_str(), a, 0, 1);
    if (&cls == &FrozenSetType && a.npos == 1 && a[0].type() == &FrozenSetType) return a[0];
    return new_set(cls, a.npos ? a[0] : Object());
}

void setup_set() {
    add_class_getitem(SetType);
    add_class_getitem(FrozenSetType);
    set_slots(SetType, {.repr = set_repr, .unhashable = true, .richcompare = set_richcompare, .binop = set_binop,
                        .len = set_len, .iter = set_iter, .contains = set_contains_slot});
    set_slots(FrozenSetType, {.repr = set_repr, .hash = frozenset_hash, .richcompare = set_richcompare,
                              .binop = set_binop, .len = set_len, .iter = set_iter, .contains = set_contains_slot});
    for (Type* t : {&SetType, &FrozenSetType}) {
        add_methods(*t, {{"copy", m_copy}, {"union", m_union}, {"intersection", m_intersection},
                         {"difference", m_difference}, {"symmetric_difference", m_symmetric_difference},
                         {"issubset", m_issubset}, {"issuperset", m_issuperset}, {"isdisjoint", m_isdisjoint}});
        set_type_constructor(*t, set_ctor);
    }
    add_methods(SetType, {{"add", m_add}, {"discard", m_discard}, {"remove", m_remove}, {"pop", m_pop},
                          {"clear", m_clear}, {"update", m_update}, {"intersection_update", m_intersection_update},
                          {"difference_update", m_difference_update},
                          {"symmetric_difference_update", m_symmetric_difference_update}});
    set_iterator_type(SetIterType, set_iter_next);
}

}  // namespace pyco
