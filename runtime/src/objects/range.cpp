// range: start/stop/step with its length precomputed; iteration, indexing, slicing and `in` by arithmetic.
// Ranges whose numbers fit int64 use machine arithmetic; the others (`big`) the same formulas on Python ints,
// as CPython's rangeobject.c does for every range.
#include <fmt/format.h>

#include "internal/values.h"
#include "internal/type_setup.h"

namespace pyco {

Type RangeType("range", "builtins", &ObjectType);
static Type RangeIterType("range_iterator", "builtins", &ObjectType);

static int64_t range_length(int64_t start, int64_t stop, int64_t step) {
    if (step > 0) return start < stop ? int64_t((uint64_t(stop) - uint64_t(start) - 1) / uint64_t(step)) + 1 : 0;
    return stop < start ? int64_t((uint64_t(start) - uint64_t(stop) - 1) / (0 - uint64_t(step))) + 1 : 0;
}

RangeObj::RangeObj(int64_t a, int64_t b, int64_t c)
    : Obj(&RangeType), start(a), stop(b), step(c), length(range_length(a, b, c)) {}

RangeObj::RangeObj(Object a, Object b, Object c, Object len)
    : Obj(&RangeType), big(true), bstart(std::move(a)), bstop(std::move(b)), bstep(std::move(c)),
      blength(std::move(len)) {}

Object range_new(int64_t start, int64_t stop, int64_t step) {
    if (step == 0) value_error("range() arg 3 must not be zero");
    return Object::adopt(new RangeObj(start, stop, step));
}

static RangeObj* R(const Object& o) { return o.as<RangeObj>(); }

// ---- Python-int arithmetic, for big ranges ----

static bool less(const Object& a, const Object& b) { return compare_bool(CmpOp::Lt, a, b); }
static bool negative(const Object& a) { return less(a, Object::small(0)); }

// CPython's compute_range_length.
static Object length_of(const Object& lo, const Object& hi, const Object& step) {
    bool up = !negative(step);
    const Object& low = up ? lo : hi;
    const Object& high = up ? hi : lo;
    if (!less(low, high)) return Object::small(0);
    Object span = sub(sub(high, low), Object::small(1));
    return add(binop(BinOp::FloorDiv, span, up ? step : unop(UnOp::Neg, step)), Object::small(1));
}

// A range from Python ints: machine integers when everything fits.
static Object range_from_ints(const Object& start, const Object& stop, const Object& step) {
    if (compare_bool(CmpOp::Eq, step, Object::small(0))) value_error("range() arg 3 must not be zero");
    Object len = length_of(start, stop, step);
    if (int_fits_int64(start) && int_fits_int64(stop) && int_fits_int64(step) && int_fits_int64(len))
        return range_new(int_as_int64(start), int_as_int64(stop), int_as_int64(step));
    return Object::adopt(new RangeObj(start, stop, step, len));
}

static Object start_of(RangeObj* r) { return r->big ? r->bstart : int_(r->start); }
static Object stop_of(RangeObj* r) { return r->big ? r->bstop : int_(r->stop); }
static Object step_of(RangeObj* r) { return r->big ? r->bstep : int_(r->step); }
static Object length_obj(RangeObj* r) { return r->big ? r->blength : int_(r->length); }

// slice.indices(length) on Python ints (CPython's _PySlice_GetLongIndices).
static void slice_big_indices(const Object& slice, const Object& length, Object& start, Object& stop, Object& step) {
    auto* s = slice.as<SliceObj>();
    step = is_none(s->step) ? Object::small(1) : index_object(s->step);
    if (compare_bool(CmpOp::Eq, step, Object::small(0))) value_error("slice step cannot be zero");
    bool back = negative(step);
    Object lower = back ? Object::small(-1) : Object::small(0);
    Object upper = back ? sub(length, Object::small(1)) : length;
    auto clamp = [&](const Object& v, const Object& dflt) -> Object {
        if (is_none(v)) return dflt;
        Object i = index_object(v);
        if (negative(i)) {
            i = add(i, length);
            return less(i, lower) ? lower : i;
        }
        return less(upper, i) ? upper : i;
    };
    start = clamp(s->start, back ? upper : lower);
    stop = clamp(s->stop, back ? lower : upper);
}

static bool big_has(RangeObj* r, const Object& v) {
    bool inside = negative(r->bstep) ? (less(r->bstop, v) && !less(r->bstart, v))
                                     : (!less(v, r->bstart) && less(v, r->bstop));
    return inside && compare_bool(CmpOp::Eq, binop(BinOp::Mod, sub(v, r->bstart), r->bstep), Object::small(0));
}

static std::string range_repr(const Object& o) {
    RangeObj* r = R(o);
    if (r->big) {
        if (compare_bool(CmpOp::Eq, r->bstep, Object::small(1)))
            return fmt::format("range({}, {})", repr_utf8(r->bstart), repr_utf8(r->bstop));
        return fmt::format("range({}, {}, {})", repr_utf8(r->bstart), repr_utf8(r->bstop), repr_utf8(r->bstep));
    }
    if (r->step == 1) return fmt::format("range({}, {})", r->start, r->stop);
    return fmt::format("range({}, {}, {})", r->start, r->stop, r->step);
}

static int64_t range_len(const Object& o) { return R(o)->big ? index_value(R(o)->blength) : R(o)->length; }
static int range_truthy(const Object& o) {
    RangeObj* r = R(o);
    return r->big ? !compare_bool(CmpOp::Eq, r->blength, Object::small(0)) : r->length != 0;
}

static Object big_getitem(RangeObj* r, const Object& key) {
    if (isinstance_exact(key, SliceType)) {
        Object start, stop, step;
        slice_big_indices(key, r->blength, start, stop, step);
        return range_from_ints(add(r->bstart, mul(start, r->bstep)), add(r->bstart, mul(stop, r->bstep)),
                               mul(step, r->bstep));
    }
    if (!is_index(key))
        type_error(fmt::format("range indices must be integers or slices, not {}", type_name(key)));
    Object i = index_object(key);
    if (negative(i)) i = add(i, r->blength);
    if (negative(i) || !less(i, r->blength)) raise(IndexErrorType, "range object index out of range");
    return add(r->bstart, mul(i, r->bstep));
}

static Object range_getitem(const Object& o, const Object& key) {
    RangeObj* r = R(o);
    if (r->big) return big_getitem(r, key);
    if (isinstance_exact(key, SliceType)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(key, r->length, start, stop, step);
        int64_t nstart = r->start + start * r->step, nstep = r->step * step;
        (void)n;
        return range_new(nstart, r->start + stop * r->step, nstep);  // as CPython's compute_slice
    }
    if (!is_index(key))
        type_error(fmt::format("range indices must be integers or slices, not {}", type_name(key)));
    Object index = index_object(key);
    if (!int_fits_int64(index)) raise(IndexErrorType, "range object index out of range");
    int64_t i = int_as_int64(index);
    if (i < 0) i += r->length;
    if (i < 0 || i >= r->length) raise(IndexErrorType, "range object index out of range");
    return int_(r->start + i * r->step);
}

static bool range_has(RangeObj* r, int64_t v) {
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return false;
    return (v - r->start) % r->step == 0;
}

static int range_contains(const Object& o, const Object& item) {
    RangeObj* r = R(o);
    if (r->big && is_intlike(item)) return big_has(r, item);
    if (is_intlike(item)) return int_fits_int64(item) && range_has(r, int_as_int64(item));
    // Anything else is compared with each item, as CPython does.
    for (Object it = iter(o), v; !(v = next(it)).null();)
        if (eq(v, item)) return 1;
    return 0;
}

static Object range_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (!isinstance_exact(a, RangeType) || !isinstance_exact(b, RangeType) || (op != CmpOp::Eq && op != CmpOp::Ne))
        return NotImplemented();
    RangeObj *x = R(a), *y = R(b);
    auto equal = [](const Object& p, const Object& q) { return compare_bool(CmpOp::Eq, p, q); };
    Object n = length_obj(x);
    bool same = equal(n, length_obj(y)) &&
                (equal(n, Object::small(0)) ||
                 (equal(start_of(x), start_of(y)) && (equal(n, Object::small(1)) || equal(step_of(x), step_of(y)))));
    return bool_((op == CmpOp::Eq) == same);
}

static int64_t range_hash(const Object& o) {
    RangeObj* r = R(o);
    Object n = length_obj(r);
    bool empty = compare_bool(CmpOp::Eq, n, Object::small(0)), one = compare_bool(CmpOp::Eq, n, Object::small(1));
    Object t = empty ? tuple_({int_(0), None(), None()})
               : one ? tuple_({int_(1), start_of(r), None()})
                     : tuple_({n, start_of(r), step_of(r)});
    return hash(t);
}

struct RangeIterObj : Obj {
    int64_t next, step, remaining;
    RangeIterObj(int64_t n, int64_t s, int64_t len) : Obj(&RangeIterType), next(n), step(s), remaining(len) {}
};

// The iterator of a big range (CPython's longrangeiterator).
static Type LongRangeIterType("longrange_iterator", "builtins", &ObjectType);
struct LongRangeIterObj : Obj {
    Object next, step, remaining;
    LongRangeIterObj(Object n, Object s, Object len)
        : Obj(&LongRangeIterType), next(std::move(n)), step(std::move(s)), remaining(std::move(len)) {}
};
static Object long_range_iter_next(const Object& it) {
    auto* ri = it.as<LongRangeIterObj>();
    if (!less(Object::small(0), ri->remaining)) return {};
    ri->remaining = sub(ri->remaining, Object::small(1));
    Object v = ri->next;
    ri->next = add(ri->next, ri->step);
    return v;
}

static Object range_iter(const Object& o) {
    RangeObj* r = R(o);
    if (r->big) return Object::adopt(new LongRangeIterObj(r->bstart, r->bstep, r->blength));
    return Object::adopt(new RangeIterObj(r->start, r->step, r->length));
}
static Object range_iter_next(const Object& it) {
    auto* ri = it.as<RangeIterObj>();
    if (ri->remaining <= 0) return {};
    --ri->remaining;
    int64_t v = ri->next;
    ri->next += ri->step;
    return int_(v);
}

// reversed(range)
Object range_reversed(const Object& o) {
    RangeObj* r = R(o);
    if (r->big) {
        Object last = add(r->bstart, mul(sub(r->blength, Object::small(1)), r->bstep));
        return Object::adopt(new LongRangeIterObj(last, unop(UnOp::Neg, r->bstep), r->blength));
    }
    int64_t last = r->start + (r->length - 1) * r->step;
    return Object::adopt(new RangeIterObj(r->length ? last : r->start, -r->step, r->length));
}

static Object range_getattr(const Object& o, std::string_view name) {
    RangeObj* r = R(o);
    if (name == "start") return start_of(r);
    if (name == "stop") return stop_of(r);
    if (name == "step") return step_of(r);
    return {};
}

static Object m_index(const Args& a) {
    check_nargs("index", a, 2, 2);
    RangeObj* r = R(a[0]);
    if (r->big && is_intlike(a[1]) && big_has(r, a[1]))
        return binop(BinOp::FloorDiv, sub(a[1], r->bstart), r->bstep);
    if (!r->big && is_intlike(a[1]) && int_fits_int64(a[1]) && range_has(r, int_as_int64(a[1])))
        return int_((int_as_int64(a[1]) - r->start) / r->step);
    value_error(fmt::format("{} is not in range", repr_utf8(a[1])));
}
static Object m_count(const Args& a) {
    check_nargs("count", a, 2, 2);
    return int_(range_contains(a[0], a[1]));
}

static Object range_ctor(const Type&, const Args& a) {
    check_no_kwargs("range", a);
    if (a.npos == 0) type_error("range expected at least 1 argument, got 0");
    if (a.npos > 3) type_error(fmt::format("range expected at most 3 arguments, got {}", a.npos));
    if (a.npos == 1) return range_from_ints(Object::small(0), index_object(a[0]), Object::small(1));
    Object start = index_object(a[0]), stop = index_object(a[1]);
    return range_from_ints(start, stop, a.npos > 2 ? index_object(a[2]) : Object::small(1));
}

void setup_range() {
    RangeType.collection_flags = kCollectionSequence;  // matched by sequence/mapping patterns
    set_slots(RangeType, {.repr = range_repr, .hash = range_hash, .richcompare = range_richcompare,
                          .truthy = range_truthy, .len = range_len, .iter = range_iter, .getitem = range_getitem,
                          .contains = range_contains, .getattr = range_getattr});
    set_iterator_type(RangeIterType, range_iter_next);
    set_iterator_type(LongRangeIterType, long_range_iter_next);
    add_methods(RangeType, {{"index", m_index}, {"count", m_count}});
    set_type_constructor(RangeType, range_ctor);
}

}  // namespace pyco
