// range: start/stop/step with its length precomputed; iteration, indexing, slicing and `in` by arithmetic.
#include <fmt/format.h>

#include "values.h"

namespace pyco {

Type RangeType("range", "builtins", &ObjectType);
static Type RangeIterType("range_iterator", "builtins", &ObjectType);

static int64_t range_length(int64_t start, int64_t stop, int64_t step) {
    if (step > 0) return start < stop ? int64_t((uint64_t(stop) - uint64_t(start) - 1) / uint64_t(step)) + 1 : 0;
    return stop < start ? int64_t((uint64_t(start) - uint64_t(stop) - 1) / (0 - uint64_t(step))) + 1 : 0;
}

RangeObj::RangeObj(int64_t a, int64_t b, int64_t c)
    : Obj(&RangeType), start(a), stop(b), step(c), length(range_length(a, b, c)) {}

Object range_new(int64_t start, int64_t stop, int64_t step) {
    if (step == 0) value_error("range() arg 3 must not be zero");
    return Object::adopt(new RangeObj(start, stop, step));
}

static RangeObj* R(const Object& o) { return o.as<RangeObj>(); }

static std::string range_repr(const Object& o) {
    RangeObj* r = R(o);
    if (r->step == 1) return fmt::format("range({}, {})", r->start, r->stop);
    return fmt::format("range({}, {}, {})", r->start, r->stop, r->step);
}

static int64_t range_len(const Object& o) { return R(o)->length; }
static int range_truthy(const Object& o) { return R(o)->length != 0; }

static Object range_getitem(const Object& o, const Object& key) {
    RangeObj* r = R(o);
    if (isinstance_exact(key, SliceType)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(key, r->length, start, stop, step);
        int64_t nstart = r->start + start * r->step, nstep = r->step * step;
        (void)n;
        return range_new(nstart, r->start + stop * r->step, nstep);  // as CPython's compute_slice
    }
    if (!is_index(key))
        type_error(fmt::format("range indices must be integers or slices, not {}", type_name(key)));
    int64_t i = index_value(key);
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
    if (is_intlike(item)) return int_fits_int64(item) && range_has(r, int_as_int64(item));
    for (int64_t i = 0; i < r->length; ++i)
        if (eq(int_(r->start + i * r->step), item)) return 1;
    return 0;
}

static Object range_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (!isinstance_exact(a, RangeType) || !isinstance_exact(b, RangeType) || (op != CmpOp::Eq && op != CmpOp::Ne))
        return NotImplemented();
    RangeObj *x = R(a), *y = R(b);
    bool same = x->length == y->length &&
                (x->length == 0 || (x->start == y->start && (x->length == 1 || x->step == y->step)));
    return bool_((op == CmpOp::Eq) == same);
}

static int64_t range_hash(const Object& o) {
    RangeObj* r = R(o);
    Object t = r->length == 0   ? tuple_({int_(0), None(), None()})
               : r->length == 1 ? tuple_({int_(1), int_(r->start), None()})
                                : tuple_({int_(r->length), int_(r->start), int_(r->step)});
    return hash(t);
}

struct RangeIterObj : Obj {
    int64_t next, step, remaining;
    RangeIterObj(int64_t n, int64_t s, int64_t len) : Obj(&RangeIterType), next(n), step(s), remaining(len) {}
};

static Object range_iter(const Object& o) {
    RangeObj* r = R(o);
    return Object::adopt(new RangeIterObj(r->start, r->step, r->length));
}
static Object self_iter(const Object& o) { return o; }
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
    int64_t last = r->start + (r->length - 1) * r->step;
    return Object::adopt(new RangeIterObj(r->length ? last : r->start, -r->step, r->length));
}

static Object range_getattr(const Object& o, std::string_view name) {
    RangeObj* r = R(o);
    if (name == "start") return int_(r->start);
    if (name == "stop") return int_(r->stop);
    if (name == "step") return int_(r->step);
    return {};
}

static Object m_index(const Args& a) {
    check_nargs("index", a, 2, 2);
    RangeObj* r = R(a[0]);
    if (is_intlike(a[1]) && int_fits_int64(a[1]) && range_has(r, int_as_int64(a[1])))
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
    if (a.npos == 1) return range_new(0, index_value(a[0]), 1);
    return range_new(index_value(a[0]), index_value(a[1]), a.npos > 2 ? index_value(a[2]) : 1);
}

namespace {
struct Init {
    Init() {
        RangeType.repr = range_repr;
        RangeType.len = range_len;
        RangeType.truthy = range_truthy;
        RangeType.getitem = range_getitem;
        RangeType.contains = range_contains;
        RangeType.richcompare = range_richcompare;
        RangeType.hash = range_hash;
        RangeType.iter = range_iter;
        RangeType.getattr = range_getattr;
        RangeIterType.iter = self_iter;
        RangeIterType.next = range_iter_next;
        add_method(RangeType, "index", m_index);
        add_method(RangeType, "count", m_count);
        set_type_constructor(RangeType, range_ctor);
    }
} init;
}  // namespace

}  // namespace pyco
