// list: a vector of Objects. Also the helpers list and tuple share (sequence repr and comparison, sorting,
// turning any iterable into a vector).
#include <fmt/format.h>

#include <algorithm>

#include "internal/typing_objects.h"
#include "internal/values.h"
#include "internal/type_setup.h"

namespace pyco {

Type ListType("list", "builtins", &ObjectType);
static Type ListIterType("list_iterator", "builtins", &ObjectType);
static Type ListRevIterType("list_reverseiterator", "builtins", &ObjectType);

Object list_(std::initializer_list<Object> items) { return Object::adopt(new ListObj(std::vector<Object>(items))); }
Object list_from(std::vector<Object> items) { return Object::adopt(new ListObj(std::move(items))); }
void list_append(const Object& list, const Object& item) { list_items(list).push_back(item); }
Object list_to_tuple(const Object& list) { return tuple_from(list_items(list)); }

std::vector<Object> to_vector(const Object& iterable) {
    if (is_list(iterable)) return list_items(iterable);
    if (is_tuple(iterable)) return tuple_items(iterable);
    std::vector<Object> out;
    int64_t n = 0;
    const Type* t = iterable.type();
    if (t->len && (t == &SetType || t == &FrozenSetType || t == &DictType || t == &StrType || t == &RangeType))
        n = t->len(iterable);
    out.reserve(size_t(n));
    Object it = iter(iterable);
    for (Object x = next(it); !x.null(); x = next(it)) out.push_back(std::move(x));
    return out;
}

void list_extend(const Object& list, const Object& iterable) {
    auto& items = list_items(list);
    if (is_list(iterable) || is_tuple(iterable)) {
        const auto& src = is_list(iterable) ? list_items(iterable) : tuple_items(iterable);
        if (&src == &items) {
            std::vector<Object> copy = src;
            items.insert(items.end(), copy.begin(), copy.end());
        } else {
            items.insert(items.end(), src.begin(), src.end());
        }
        return;
    }
    Object it = iter(iterable);
    for (Object x = next(it); !x.null(); x = next(it)) items.push_back(std::move(x));
}

std::string sequence_repr(const std::vector<Object>& v, const char* open, const char* close) {
    std::string r = open;
    for (size_t i = 0; i < v.size(); ++i) {
        if (i) r += ", ";
        r += repr_utf8(v[i]);
    }
    r += close;
    return r;
}

// The items' __eq__ may change a list being compared: the sizes are read again at each step and the items
// compared are held by references of our own, as CPython's list_richcompare does.
Object sequence_compare(const std::vector<Object>& a, const std::vector<Object>& b, CmpOp op) {
    if ((op == CmpOp::Eq || op == CmpOp::Ne) && a.size() != b.size()) return bool_(op == CmpOp::Ne);
    size_t i = 0;
    for (; i < a.size() && i < b.size(); ++i) {
        if (is_(a[i], b[i])) continue;
        Object x = a[i], y = b[i];
        if (!eq(x, y)) break;
    }
    if (i >= a.size() || i >= b.size()) {
        size_t x = a.size(), y = b.size();
        return bool_(cmp_holds(op, x, y));
    }
    if (op == CmpOp::Eq) return bool_(false);
    if (op == CmpOp::Ne) return bool_(true);
    Object x = a[i], y = b[i];
    return compare(op, x, y);
}

// ---- sorting ----

namespace {

bool all_small(const std::vector<Object>& v) {
    for (const Object& o : v)
        if (!o.is_small()) return false;
    return true;
}
bool all_str(const std::vector<Object>& v) {
    for (const Object& o : v)
        if (!isinstance_exact(o, StrType)) return false;
    return true;
}

// Sorts positions by key (stable); a comparison that raises leaves `keys` untouched for the caller.
void sort_positions(std::vector<size_t>& pos, const std::vector<Object>& keys, bool reverse) {
    if (all_small(keys)) {
        auto less = [&](size_t a, size_t b) { return keys[a].small_value() < keys[b].small_value(); };
        if (reverse) std::stable_sort(pos.begin(), pos.end(), [&](size_t a, size_t b) { return less(b, a); });
        else std::stable_sort(pos.begin(), pos.end(), less);
        return;
    }
    if (all_str(keys)) {
        auto less = [&](size_t a, size_t b) { return as_str(keys[a])->s < as_str(keys[b])->s; };
        if (reverse) std::stable_sort(pos.begin(), pos.end(), [&](size_t a, size_t b) { return less(b, a); });
        else std::stable_sort(pos.begin(), pos.end(), less);
        return;
    }
    // Any other keys: CPython's timsort (list_sort.cpp), the same comparisons in the same order; reverse=True
    // reverses, sorts and reverses back, also when a comparison raised.
    if (reverse) std::reverse(pos.begin(), pos.end());
    try {
        timsort_positions(keys, pos);
    } catch (...) {
        if (reverse) std::reverse(pos.begin(), pos.end());
        throw;
    }
    if (reverse) std::reverse(pos.begin(), pos.end());
}

}  // namespace

bool sort_reverse_arg(const Object& rev) {
    if (rev.null()) return false;
    return index_value(rev) != 0;  // an int, as Argument Clinic's bool(accept={int})
}

void sort_objects(std::vector<Object>& v, const Object& key, bool reverse) {
    if (v.empty()) return;
    std::vector<Object> keys;
    if (key.null() || is_none(key)) {
        keys = v;
    } else {
        keys.reserve(v.size());
        for (const Object& o : v) keys.push_back(call(key, {o}));  // even for one item, as CPython
    }
    if (v.size() < 2) return;
    std::vector<size_t> pos(v.size());
    for (size_t i = 0; i < pos.size(); ++i) pos[i] = i;
    // The items in the order the positions reached: sorted, or where a comparison raised, as CPython leaves them.
    auto apply = [&] {
        std::vector<Object> sorted;
        sorted.reserve(v.size());
        for (size_t p : pos) sorted.push_back(std::move(v[p]));
        v = std::move(sorted);
    };
    try {
        sort_positions(pos, keys, reverse);
    } catch (...) {
        apply();
        throw;
    }
    apply();
}

// ---- slots ----

static std::string list_repr(const Object& o) {
    ReprGuard g(o.ptr());
    if (!g.active()) return "[...]";
    return sequence_repr(list_items(o), "[", "]");
}

static Object list_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (!is_list(a) || !is_list(b)) return NotImplemented();
    return sequence_compare(list_items(a), list_items(b), op);
}

static Object repeat(const std::vector<Object>& v, const Object& n) {
    int64_t k = repeat_count(n);
    check_repeat_size(int64_t(v.size()), k, sizeof(Object));
    std::vector<Object> r;
    if (k > 0) {
        r.reserve(v.size() * size_t(k));
        for (int64_t i = 0; i < k; ++i) r.insert(r.end(), v.begin(), v.end());
    }
    return list_from(std::move(r));
}

static Object list_binop(const Object& a, const Object& b, BinOp op) {
    if (op == BinOp::Add && is_list(a) && is_list(b)) {
        std::vector<Object> r;
        r.reserve(list_items(a).size() + list_items(b).size());
        r = list_items(a);
        r.insert(r.end(), list_items(b).begin(), list_items(b).end());
        return list_from(std::move(r));
    }
    if (op == BinOp::Mul) {
        if (is_list(a) && is_index(b)) return repeat(list_items(a), b);
        if (is_index(a) && is_list(b)) return repeat(list_items(b), a);
    }
    return NotImplemented();
}

static int64_t list_len(const Object& o) { return int64_t(list_items(o).size()); }

int64_t seq_index(const Object& key, int64_t length, const char* what) {
    int64_t i = index_value(key);
    if (i < 0) i += length;
    if (i < 0 || i >= length) raise(IndexErrorType, fmt::format("{} index out of range", what));
    return i;
}

[[noreturn]] static void bad_index(const Object& key, const char* what) {
    type_error(fmt::format("{} indices must be integers or slices, not {}", what, type_name(key)));
}

static Object list_getitem(const Object& o, const Object& key) {
    auto& v = list_items(o);
    if (key.is_small()) {
        int64_t i = key.small_value();
        if (i < 0) i += int64_t(v.size());
        if (i < 0 || i >= int64_t(v.size())) raise(IndexErrorType, "list index out of range");
        return v[size_t(i)];
    }
    if (isinstance_exact(key, SliceType)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(key, int64_t(v.size()), start, stop, step);
        std::vector<Object> r;
        r.reserve(size_t(n));
        for (int64_t i = 0, k = start; i < n; ++i, k += step) r.push_back(v[size_t(k)]);
        return list_from(std::move(r));
    }
    if (!is_index(key)) bad_index(key, "list");
    return v[size_t(seq_index(key, int64_t(v.size()), "list"))];
}

static void list_setitem(const Object& o, const Object& key, const Object& value) {
    auto& v = list_items(o);
    if (isinstance_exact(key, SliceType)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(key, int64_t(v.size()), start, stop, step);
        if (!value.type()->iter && !value.type()->getitem) type_error("can only assign an iterable");
        std::vector<Object> src = to_vector(value);
        if (step == 1) {
            v.erase(v.begin() + start, v.begin() + std::max(start, stop));
            v.insert(v.begin() + start, src.begin(), src.end());
            return;
        }
        if (int64_t(src.size()) != n)
            value_error(fmt::format("attempt to assign sequence of size {} to extended slice of size {}", src.size(), n));
        for (int64_t i = 0, k = start; i < n; ++i, k += step) v[size_t(k)] = src[size_t(i)];
        return;
    }
    if (!is_index(key)) bad_index(key, "list");
    int64_t i = index_value(key);
    if (i < 0) i += int64_t(v.size());
    if (i < 0 || i >= int64_t(v.size())) raise(IndexErrorType, "list assignment index out of range");
    v[size_t(i)] = value;
}

static void list_delitem(const Object& o, const Object& key) {
    auto& v = list_items(o);
    if (isinstance_exact(key, SliceType)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(key, int64_t(v.size()), start, stop, step);
        if (step < 0) {  // delete the same positions walking forwards
            start = start + (n - 1) * step;
            step = -step;
        }
        std::vector<Object> keep;
        keep.reserve(v.size() - size_t(n));
        for (int64_t i = 0, k = 0; i < int64_t(v.size()); ++i) {
            bool del = k < n && i == start + k * step;
            if (del) ++k;
            else keep.push_back(std::move(v[size_t(i)]));
        }
        v = std::move(keep);
        return;
    }
    if (!is_index(key)) bad_index(key, "list");
    int64_t i = index_value(key);
    if (i < 0) i += int64_t(v.size());
    if (i < 0 || i >= int64_t(v.size())) raise(IndexErrorType, "list assignment index out of range");
    v.erase(v.begin() + i);
}

// By index, holding the item compared: its __eq__ may change the list.
bool sequence_contains(const std::vector<Object>& v, const Object& item) {
    for (size_t i = 0; i < v.size(); ++i) {
        Object x = v[i];
        if (is_(x, item) || eq(x, item)) return true;
    }
    return false;
}

static int list_contains(const Object& o, const Object& item) { return sequence_contains(list_items(o), item); }

struct ListIterObj : Obj {
    Object list;
    size_t i = 0;
    ListIterObj(const Type* t, Object l, size_t start) : Obj(t), list(std::move(l)), i(start) {}
};

static Object list_iter(const Object& o) { return Object::adopt(new ListIterObj(&ListIterType, o, 0)); }
static Object list_iter_next(const Object& it) {
    auto* li = it.as<ListIterObj>();
    if (li->list.null()) return {};
    auto& v = list_items(li->list);
    if (li->i < v.size()) return v[li->i++];
    li->list = Object();
    return {};
}
static Object list_reviter_next(const Object& it) {
    auto* li = it.as<ListIterObj>();
    if (li->list.null()) return {};
    auto& v = list_items(li->list);
    if (li->i > 0 && li->i <= v.size()) return v[--li->i];
    li->list = Object();
    return {};
}

Object list_reversed(const Object& list) {
    return Object::adopt(new ListIterObj(&ListRevIterType, list, list_items(list).size()));
}

// ---- methods ----

// `min`/`max` count the arguments after self; `qualname` is "list.name".
static std::vector<Object>& self_list(const Args& a, const char* qualname, size_t min, size_t max,
                                      MethodConv conv = MethodConv::Clinic) {
    check_method_nargs(qualname, a, min, max, conv);
    const char* name = qualname + 5;
    if (!is_list(a[0]))
        type_error(fmt::format("descriptor '{}' for 'list' objects doesn't apply to a '{}' object", name, type_name(a[0])));
    return list_items(a[0]);
}

static Object m_append(const Args& a) {
    self_list(a, "list.append", 1, 1, MethodConv::One).push_back(a[1]);
    return None();
}
static Object m_extend(const Args& a) {
    self_list(a, "list.extend", 1, 1, MethodConv::One);
    list_extend(a[0], a[1]);
    return None();
}
static Object m_pop(const Args& a) {
    auto& v = self_list(a, "list.pop", 0, 1);
    if (v.empty()) raise(IndexErrorType, "pop from empty list");
    int64_t i = a.npos > 1 ? index_value(a[1]) : -1;
    if (i < 0) i += int64_t(v.size());
    if (i < 0 || i >= int64_t(v.size())) raise(IndexErrorType, "pop index out of range");
    Object r = std::move(v[size_t(i)]);
    v.erase(v.begin() + i);
    return r;
}
static Object m_insert(const Args& a) {
    auto& v = self_list(a, "list.insert", 2, 2);
    int64_t i = index_value(a[1]), n = int64_t(v.size());
    if (i < 0) i = std::max<int64_t>(i + n, 0);
    if (i > n) i = n;
    v.insert(v.begin() + i, a[2]);
    return None();
}
static Object m_remove(const Args& a) {
    auto& v = self_list(a, "list.remove", 1, 1, MethodConv::One);
    for (size_t i = 0; i < v.size(); ++i) {
        Object x = v[i];
        if (is_(x, a[1]) || eq(x, a[1])) {
            if (i < v.size()) v.erase(v.begin() + int64_t(i));  // __eq__ may have shortened the list
            return None();
        }
    }
    value_error("list.remove(x): x not in list");
}
static Object m_index(const Args& a) {
    auto& v = self_list(a, "list.index", 1, 3);
    int64_t n = int64_t(v.size());
    int64_t start = a.npos > 2 ? index_value(a[2]) : 0, stop = a.npos > 3 ? index_value(a[3]) : n;
    if (start < 0) start = std::max<int64_t>(start + n, 0);
    if (stop < 0) stop = std::max<int64_t>(stop + n, 0);
    for (int64_t i = start; i < std::min(stop, int64_t(v.size())); ++i) {
        Object x = v[size_t(i)];
        if (is_(x, a[1]) || eq(x, a[1])) return int_(i);
    }
    value_error(fmt::format("{} is not in list", repr_utf8(a[1])));
}
static Object m_count(const Args& a) {
    auto& v = self_list(a, "list.count", 1, 1, MethodConv::One);
    int64_t c = 0;
    for (size_t i = 0; i < v.size(); ++i) {
        Object x = v[i];
        c += is_(x, a[1]) || eq(x, a[1]);
    }
    return int_(c);
}
static Object m_sort(const Args& a) {
    check_c_kwargs("sort", a, {"key", "reverse"});
    if (a.npos > 1) type_error("sort() takes no positional arguments");
    auto& v = self_list(a, "list.sort", 0, 0, MethodConv::NoArgs);
    Object key = kwarg(a, "key"), rev = kwarg(a, "reverse");
    std::vector<Object> work = std::move(v);
    v.clear();
    try {
        sort_objects(work, key, sort_reverse_arg(rev));
    } catch (...) {
        v = std::move(work);
        throw;
    }
    // The list is empty while it sorts (CPython's too): anything a comparison or key added is dropped, and an
    // error.
    bool modified = !v.empty();
    v = std::move(work);
    if (modified) value_error("list modified during sort");
    return None();
}
static Object m_reverse(const Args& a) {
    auto& v = self_list(a, "list.reverse", 0, 0, MethodConv::NoArgs);
    std::reverse(v.begin(), v.end());
    return None();
}
static Object m_copy(const Args& a) { return list_from(self_list(a, "list.copy", 0, 0, MethodConv::NoArgs)); }
static Object m_clear(const Args& a) {
    std::vector<Object> old = std::move(self_list(a, "list.clear", 0, 0, MethodConv::NoArgs));
    list_items(a[0]).clear();
    return None();
}

static Object list_ctor(const Type&, const Args& a) {
    check_no_kwargs("list", a);
    check_nargs("list", a, 0, 1);
    if (a.npos == 0) return list_();
    return list_from(to_vector(a[0]));
}

void setup_list() {
    ListType.collection_flags = kCollectionSequence;  // matched by sequence/mapping patterns
    add_class_getitem(ListType);
    set_slots(ListType, {.repr = list_repr, .unhashable = true, .richcompare = list_richcompare, .binop = list_binop,
                         .len = list_len, .iter = list_iter, .getitem = list_getitem, .setitem = list_setitem,
                         .delitem = list_delitem, .contains = list_contains});
    set_iterator_type(ListIterType, list_iter_next);
    set_iterator_type(ListRevIterType, list_reviter_next);
    add_methods(ListType, {{"append", m_append}, {"extend", m_extend}, {"pop", m_pop}, {"insert", m_insert},
                           {"remove", m_remove}, {"index", m_index}, {"count", m_count}, {"sort", m_sort},
                           {"reverse", m_reverse}, {"copy", m_copy}, {"clear", m_clear}});
    set_type_constructor(ListType, list_ctor);
}

}  // namespace pyco
