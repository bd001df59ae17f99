// tuple: an immutable vector of Objects, hashed with CPython's xxHash-based combination so that sets of
// tuples iterate in CPython's order when their items do.
#include <fmt/format.h>

#include <algorithm>

#include "internal/typing_objects.h"
#include "internal/values.h"
#include "internal/type_setup.h"

namespace pyco {

Type TupleType("tuple", "builtins", &ObjectType);
static Type TupleIterType("tuple_iterator", "builtins", &ObjectType);

static Object empty_tuple() {
    static Object e = immortal(Object::adopt(new TupleObj({})));
    return e;
}

Object tuple_(std::initializer_list<Object> items) {
    if (items.size() == 0) return empty_tuple();
    return Object::adopt(new TupleObj(std::vector<Object>(items)));
}
Object tuple_from(std::vector<Object> items) {
    if (items.empty()) return empty_tuple();
    return Object::adopt(new TupleObj(std::move(items)));
}

static std::string tuple_repr(const Object& o) {
    auto& v = tuple_items(o);
    if (v.empty()) return "()";
    ReprGuard g(o.ptr());  // a one-item tuple can contain itself through a list too
    if (!g.active()) return "(...)";
    if (v.size() == 1) return "(" + repr_utf8(v[0]) + ",)";
    return sequence_repr(v, "(", ")");
}

static int64_t tuple_hash(const Object& o) {
    constexpr uint64_t p1 = 11400714785074694791ull, p2 = 14029467366897019727ull, p5 = 2870177450012600261ull;
    auto& v = tuple_items(o);
    uint64_t acc = p5;
    for (const Object& x : v) {
        uint64_t lane = uint64_t(hash(x));
        acc += lane * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    acc += v.size() ^ (p5 ^ 3527539ull);
    if (acc == uint64_t(-1)) return 1546275796;
    return int64_t(acc);
}

static Object tuple_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (!is_tuple(a) || !is_tuple(b)) return NotImplemented();
    return sequence_compare(tuple_items(a), tuple_items(b), op);
}

static Object repeat(const Object& t, const Object& n) {
    int64_t k = repeat_count(n);
    if (k == 1) return t;
    check_repeat_size(int64_t(tuple_items(t).size()), k, sizeof(Object));
    std::vector<Object> r;
    if (k > 0) r.reserve(tuple_items(t).size() * size_t(k));
    for (int64_t i = 0; i < k; ++i) r.insert(r.end(), tuple_items(t).begin(), tuple_items(t).end());
    return tuple_from(std::move(r));
}

static Object tuple_binop(const Object& a, const Object& b, BinOp op) {
    if (op == BinOp::Add && is_tuple(a) && is_tuple(b)) {
        std::vector<Object> r = tuple_items(a);
        r.insert(r.end(), tuple_items(b).begin(), tuple_items(b).end());
        return tuple_from(std::move(r));
    }
    if (op == BinOp::Mul) {
        if (is_tuple(a) && is_index(b)) return repeat(a, b);
        if (is_index(a) && is_tuple(b)) return repeat(b, a);
    }
    return NotImplemented();
}

static int64_t tuple_len(const Object& o) { return int64_t(tuple_items(o).size()); }

static Object tuple_getitem(const Object& o, const Object& key) {
    auto& v = tuple_items(o);
    if (isinstance_exact(key, SliceType)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(key, int64_t(v.size()), start, stop, step);
        if (n == int64_t(v.size()) && step == 1) return o;
        std::vector<Object> r;
        for (int64_t i = 0, k = start; i < n; ++i, k += step) r.push_back(v[size_t(k)]);
        return tuple_from(std::move(r));
    }
    if (!is_index(key)) type_error(fmt::format("tuple indices must be integers or slices, not {}", type_name(key)));
    return v[size_t(seq_index(key, int64_t(v.size()), "tuple"))];
}

static int tuple_contains(const Object& o, const Object& item) { return sequence_contains(tuple_items(o), item); }

struct TupleIterObj : Obj {
    Object t;
    size_t i = 0;
    explicit TupleIterObj(Object tup) : Obj(&TupleIterType), t(std::move(tup)) {}
};
static Object tuple_iter(const Object& o) { return Object::adopt(new TupleIterObj(o)); }
static Object tuple_iter_next(const Object& it) {
    auto* ti = it.as<TupleIterObj>();
    auto& v = tuple_items(ti->t);
    if (ti->i < v.size()) return v[ti->i++];
    return {};
}

static Object m_index(const Args& a) {
    check_method_nargs("tuple.index", a, 1, 3, MethodConv::Clinic);
    auto& v = tuple_items(a[0]);
    // start/stop clamp like slice bounds (CPython's _PyEval_SliceIndexNotNone).
    int64_t n = int64_t(v.size());
    int64_t start = a.npos > 2 ? index_value(a[2]) : 0, stop = a.npos > 3 ? index_value(a[3]) : n;
    if (start < 0) start = std::max<int64_t>(start + n, 0);
    if (stop < 0) stop = std::max<int64_t>(stop + n, 0);
    for (int64_t i = start; i < std::min(stop, n); ++i)
        if (is_(v[size_t(i)], a[1]) || eq(v[size_t(i)], a[1])) return int_(i);
    value_error("tuple.index(x): x not in tuple");
}
static Object m_count(const Args& a) {
    check_method_nargs("tuple.count", a, 1, 1, MethodConv::One);
    int64_t c = 0;
    for (const Object& x : tuple_items(a[0])) c += is_(x, a[1]) || eq(x, a[1]);
    return int_(c);
}

static Object tuple_ctor(const Type&, const Args& a) {
    check_no_kwargs("tuple", a);
    check_nargs("tuple", a, 0, 1);
    if (a.npos == 0) return tuple_();
    if (is_tuple(a[0])) return a[0];
    return tuple_from(to_vector(a[0]));
}

void setup_tuple() {
    TupleType.collection_flags = kCollectionSequence;  // matched by sequence/mapping patterns
    add_class_getitem(TupleType);
    set_slots(TupleType, {.repr = tuple_repr, .hash = tuple_hash, .richcompare = tuple_richcompare,
                          .binop = tuple_binop, .len = tuple_len, .iter = tuple_iter, .getitem = tuple_getitem,
                          .contains = tuple_contains});
    set_iterator_type(TupleIterType, tuple_iter_next);
    add_methods(TupleType, {{"index", m_index}, {"count", m_count}});
    set_type_constructor(TupleType, tuple_ctor);
}

}  // namespace pyco
