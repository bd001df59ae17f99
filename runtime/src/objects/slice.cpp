// slice objects and the index arithmetic every sequence shares (CPython's PySlice_Unpack/AdjustIndices).
#include <fmt/format.h>

#include <climits>

#include "internal/values.h"
#include "internal/type_setup.h"

namespace pyco {

Type SliceType("slice", "builtins", &ObjectType);

Object slice_(const Object& lower, const Object& upper, const Object& step) {
    auto part = [](const Object& o) { return o.null() ? None() : o; };
    return Object::adopt(new SliceObj(part(lower), part(upper), part(step)));
}

// A slice bound: huge ints clamp instead of overflowing, as CPython's _PyEval_SliceIndex.
static int64_t bound(const Object& index) {
    if (!is_index(index)) type_error("slice indices must be integers or None or have an __index__ method");
    Object o = index_object(index);
    if (int_fits_int64(o)) return int_as_int64(o);
    return int_sign(o) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
}

int64_t slice_indices(const Object& slice, int64_t length, int64_t& start, int64_t& stop, int64_t& step) {
    auto* s = slice.as<SliceObj>();
    step = is_none(s->step) ? 1 : bound(s->step);
    if (step == 0) value_error("slice step cannot be zero");
    auto adjust = [&](const Object& o, int64_t dflt) {
        if (is_none(o)) return dflt;
        int64_t i = bound(o);
        if (i < 0) {
            i += length;
            if (i < 0) i = step < 0 ? -1 : 0;
        } else if (i >= length) {
            i = step < 0 ? length - 1 : length;
        }
        return i;
    };
    start = adjust(s->start, step < 0 ? length - 1 : 0);
    stop = adjust(s->stop, step < 0 ? -1 : length);
    if (step < 0) return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
    return start < stop ? (stop - start - 1) / step + 1 : 0;
}

static std::string slice_repr(const Object& o) {
    auto* s = o.as<SliceObj>();
    return fmt::format("slice({}, {}, {})", repr_utf8(s->start), repr_utf8(s->stop), repr_utf8(s->step));
}

static Object slice_getattr(const Object& o, std::string_view name) {
    auto* s = o.as<SliceObj>();
    if (name == "start") return s->start;
    if (name == "stop") return s->stop;
    if (name == "step") return s->step;
    return {};
}

static Object slice_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (!isinstance_exact(a, SliceType) || !isinstance_exact(b, SliceType)) return NotImplemented();
    auto* x = a.as<SliceObj>();
    auto* y = b.as<SliceObj>();
    return compare(op, tuple_({x->start, x->stop, x->step}), tuple_({y->start, y->stop, y->step}));
}

static Object m_indices(const Args& a) {
    check_nargs("indices", a, 2, 2);
    int64_t n = index_value(a[1]);
    if (n < 0) value_error("length should not be negative");
    int64_t start, stop, step;
    slice_indices(a[0], n, start, stop, step);
    return tuple_({int_(start), int_(stop), int_(step)});
}

static Object slice_ctor(const Type&, const Args& a) {
    check_no_kwargs("slice", a);
    check_nargs("slice", a, 1, 3);
    if (a.npos == 1) return slice_(None(), a[0], None());
    return slice_(a[0], a[1], a.npos > 2 ? a[2] : None());
}

void setup_slice() {
    set_slots(SliceType, {.repr = slice_repr, .unhashable = true, .richcompare = slice_richcompare,
                          .getattr = slice_getattr});
    add_methods(SliceType, {{"indices", m_indices}});
    set_type_constructor(SliceType, slice_ctor);
}

}  // namespace pyco
