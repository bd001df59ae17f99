// collections.Counter (CPython's Lib/collections/__init__.py): a dict subclass of counts. most_common orders
// by count with ties in insertion order (a stable sort, as sorted(..., reverse=True) and heapq.nlargest give).
#include <fmt/format.h>

#include "internal/class_layout.h"
#include "internal.h"
#include "internal/native_function.h"
#include "internal/module_registry.h"

namespace pyco::collections {

namespace {

Object counter_class;  // set at import

Object count_of(const Object& d, const Object& key) {
    Object v = dict_get(d, key);
    return v.null() ? Object::small(0) : v;
}

// Counter.update/subtract: a mapping adds (or takes away) its counts, any other iterable counts its items.
void add_counts(const Object& self, const Object& source, BinOp op) {
    if (is_dict(source)) {
        if (op == BinOp::Add && len(self) == 0) return dict_update(self, source);
        for (auto& [k, v] : dict_items(source)) dict_set(self, k, binop(op, count_of(self, k), v));
        return;
    }
    Object it = iter(source);
    for (Object x = next(it); !x.null(); x = next(it)) dict_set(self, x, binop(op, count_of(self, x), Object::small(1)));
}

void add_kwargs(const Object& self, const Args& a, BinOp op) {
    if (!a.nkw) return;
    Object kw = dict_();
    for (size_t i = 0; i < a.nkw; ++i) dict_set(kw, str_(a.kw[i].name), a.kw[i].value);
    add_counts(self, kw, op);
}

// update(iterable=None, /, **kwds) and the like take one positional source besides self.
// self.update(iterable_or_mapping, **kwds) (also __init__) and self.subtract(...): `op` combines the counts.
Object count_source(const Args& a, BinOp op) {
    if (a.npos > 2) type_error(fmt::format("expected at most 1 argument, got {}", a.npos - 1));
    if (a.npos > 1 && !is_none(a[1])) add_counts(a[0], a[1], op);
    add_kwargs(a[0], a, op);
    return None();
}

Object c_update(FunctionObj*, const Args& a) { return count_source(a, BinOp::Add); }
Object c_subtract(FunctionObj*, const Args& a) { return count_source(a, BinOp::Sub); }

Object c_missing(FunctionObj*, const Args& a) {
    check_nargs("__missing__", a, 2, 2);
    return Object::small(0);
}

Object second_item(const Args& a) { return tuple_items(a[0])[1]; }

// The (key, count) pairs by decreasing count, ties in insertion order.
std::vector<Object> by_count(const Object& self) {
    std::vector<Object> pairs;
    for (auto& [k, v] : dict_items(self)) pairs.push_back(tuple_({k, v}));
    static Object key = immortal(make_builtin("itemgetter", second_item));
    sort_objects(pairs, key, true);
    return pairs;
}

Object c_most_common(FunctionObj*, const Args& a) {
    check_nargs("most_common", a, 1, 2);
    Object n = a.npos > 1 ? a[1] : kwarg(a, "n");
    std::vector<Object> pairs = by_count(a[0]);
    if (!n.null() && !is_none(n)) {
        int64_t k = index_value(n);
        pairs.resize(size_t(std::clamp<int64_t>(k, 0, int64_t(pairs.size()))));
    }
    return list_from(std::move(pairs));
}

Object c_elements(FunctionObj*, const Args& a) {
    check_nargs("elements", a, 1, 1);
    std::vector<Object> out;
    for (auto& [k, v] : dict_items(a[0]))
        for (int64_t i = index_value(v); i > 0; --i) out.push_back(k);
    return iter(list_from(std::move(out)));
}

Object c_total(FunctionObj*, const Args& a) {
    check_nargs("total", a, 1, 1);
    Object sum = Object::small(0);
    for (auto& [k, v] : dict_items(a[0])) sum = add(sum, v);
    return sum;
}

Object c_repr(FunctionObj*, const Args& a) {
    if (len(a[0]) == 0) return str_(type_name(a[0]) + "()");
    Object d = dict_();
    for (const Object& p : by_count(a[0])) dict_set(d, tuple_items(p)[0], tuple_items(p)[1]);
    return str_(fmt::format("{}({})", type_name(a[0]), repr_utf8(d)));
}

Object c_copy(FunctionObj*, const Args& a) {
    check_nargs("copy", a, 1, 1);
    return call(type_object(*a[0].type()), {a[0]});
}

Object c_delitem(FunctionObj*, const Args& a) {  // deleting a missing count is no error
    check_nargs("__delitem__", a, 2, 2);
    dict_del(a[0], a[1]);
    return None();
}

// Counter arithmetic: keeps the positive results, as collections.py does.
Object counter_combine(const Args& a, Object (*f)(const Object&, const Object&), bool keep_negated_other) {
    check_nargs("__op__", a, 2, 2);
    if (!isinstance(a[1], *counter_class.as<Type>())) return NotImplemented();
    Object result = call(counter_class);
    for (auto& [k, v] : dict_items(a[0])) {
        Object n = f(v, getitem(a[1], k));
        if (compare_bool(CmpOp::Gt, n, Object::small(0))) dict_set(result, k, n);
    }
    for (auto& [k, v] : dict_items(a[1])) {
        if (!dict_get(a[0], k).null()) continue;
        Object n = keep_negated_other ? sub(Object::small(0), v) : f(Object::small(0), v);
        if (compare_bool(CmpOp::Gt, n, Object::small(0))) dict_set(result, k, n);
    }
    return result;
}

Object max_of(const Object& x, const Object& y) { return compare_bool(CmpOp::Lt, x, y) ? y : x; }
Object min_of(const Object& x, const Object& y) { return compare_bool(CmpOp::Lt, x, y) ? x : y; }

Object c_add(FunctionObj*, const Args& a) { return counter_combine(a, add, false); }
Object c_sub(FunctionObj*, const Args& a) { return counter_combine(a, sub, true); }
Object c_or(FunctionObj*, const Args& a) { return counter_combine(a, max_of, false); }
Object c_and(FunctionObj*, const Args& a) {
    check_nargs("__and__", a, 2, 2);
    if (!isinstance(a[1], *counter_class.as<Type>())) return NotImplemented();
    Object result = call(counter_class);
    for (auto& [k, v] : dict_items(a[0])) {
        Object other = dict_get(a[1], k);
        if (other.null()) continue;
        Object n = min_of(v, other);
        if (compare_bool(CmpOp::Gt, n, Object::small(0))) dict_set(result, k, n);
    }
    return result;
}

Object c_fromkeys(FunctionObj*, const Args&) {
    raise(NotImplementedErrorType, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
}

// +c keeps the positive counts, -c turns the negative ones into positive ones.
Object c_unary(const Object& self, bool negate) {
    Object result = call(counter_class);
    for (auto& [k, v] : dict_items(self)) {
        Object n = negate ? sub(Object::small(0), v) : v;
        if (compare_bool(CmpOp::Gt, n, Object::small(0))) dict_set(result, k, n);
    }
    return result;
}
Object c_pos(FunctionObj*, const Args& a) { return c_unary(a[0], false); }
Object c_neg(FunctionObj*, const Args& a) { return c_unary(a[0], true); }

// Since 3.10 missing counts are zeros: Counter(a=1, b=0) == Counter(a=1).
Object c_eq(FunctionObj*, const Args& a) {
    check_nargs("__eq__", a, 2, 2);
    if (!isinstance(a[1], *counter_class.as<Type>())) return NotImplemented();
    for (const Object* side : {&a[0], &a[1]})
        for (auto& [k, v] : dict_items(*side))
            if (!eq(getitem(a[0], k), getitem(a[1], k))) return bool_(false);
    return bool_(true);
}

Object c_ne(FunctionObj* f, const Args& a) {
    Object r = c_eq(f, a);
    return r.ptr() == &NotImplemented_obj ? r : bool_(!truthy(r));
}

}  // namespace

void add_counter(ModuleObj& m) {
    counter_class = make_dict_class("Counter", {{"__init__", c_update}, {"__missing__", c_missing},
                                                {"update", c_update}, {"subtract", c_subtract},
                                                {"most_common", c_most_common}, {"elements", c_elements},
                                                {"total", c_total}, {"__repr__", c_repr}, {"copy", c_copy},
                                                {"__delitem__", c_delitem}, {"__add__", c_add}, {"__sub__", c_sub},
                                                {"__or__", c_or}, {"__and__", c_and}, {"__pos__", c_pos},
                                                {"__neg__", c_neg}, {"__eq__", c_eq}, {"__ne__", c_ne}});
    // Counter refuses fromkeys (a classmethod there too; calling it raises).
    const FuncInfo& info = intern_func_info("fromkeys", "Counter.fromkeys", {"cls", "iterable", "v"});
    setattr(counter_class, "fromkeys", new_classmethod(native_function(info, c_fromkeys)));
    module_add(m, "Counter", counter_class);
}

}  // namespace pyco::collections
