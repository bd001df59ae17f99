// The operations generated code performs on values: arithmetic, comparison, truth, attributes, items,
// iteration and conversion to text. Each raises CPython's exception with CPython's message on failure.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "object.h"
#include "type.h"

namespace pyco {

// ---- constructors of built-in values ----
Object int_(int64_t v);
Object int_from_string(std::string_view digits, int base = 10);  // literal digits, may be huge
Object float_(double v);
Object complex_(double re, double im);
Object str_(std::string_view utf8);   // the text must be valid UTF-8
Object bytes_(std::string_view raw);
Object list_(std::initializer_list<Object> items = {});
Object list_from(std::vector<Object> items);
Object tuple_(std::initializer_list<Object> items = {});
Object tuple_from(std::vector<Object> items);
Object dict_(std::initializer_list<std::pair<Object, Object>> items = {});
Object set_(std::initializer_list<Object> items = {});
// A set display of three or more constants ({33, 1, 17, 9}): CPython 3.11 folds it into a frozenset constant,
// which the compiler's constant merging rebuilds once more from its own iteration order, and the display
// copies that at run time (BUILD_SET, SET_UPDATE). Built the same way, it iterates in CPython's order.
Object set_const_(std::initializer_list<Object> items);
Object slice_(const Object& lower, const Object& upper, const Object& step);  // null parts become None

// ---- numbers and operators ----
Object binop_generic(BinOp op, const Object& a, const Object& b);
Object inplace_binop_generic(BinOp op, const Object& a, const Object& b);

// Small ints (61-bit immediates) added, subtracted or combined bitwise cannot overflow int64: `r` gets the exact
// result. False for the other operators, which int's own arithmetic (objects/int.cpp) handles.
inline bool small_int_exact(BinOp op, int64_t x, int64_t y, int64_t& r) noexcept {
    switch (op) {
        case BinOp::Add: r = x + y; return true;
        case BinOp::Sub: r = x - y; return true;
        case BinOp::And: r = x & y; return true;
        case BinOp::Or: r = x | y; return true;
        case BinOp::Xor: r = x ^ y; return true;
        default: return false;
    }
}
// The result only needs a range check to stay small: the common loop counter and accumulator arithmetic stays
// inline, without a call.
inline bool small_int_fast_path(BinOp op, const Object& a, const Object& b, Object& out) noexcept {
    int64_t r;
    if (!a.is_small() || !b.is_small() || !small_int_exact(op, a.small_value(), b.small_value(), r)) return false;
    if (r < Object::kSmallMin || r > Object::kSmallMax) return false;
    out = Object::small(r);
    return true;
}
// A float's layout: binop's float path below reads it inline.
struct FloatObj : Obj {
    double v;
    explicit FloatObj(double x) : Obj(&FloatType), v(x) {}
};
// An exact float's value, or a small int's as float.__add__ converts it (round to nearest).
inline bool float_operand(const Object& o, double& v, bool& is_float) noexcept {
    if (o.is_small()) {
        v = double(o.small_value());
        return true;
    }
    if (o.is_ptr() && o.ptr()->type == &FloatType) {
        v = static_cast<const FloatObj*>(o.ptr())->v;
        is_float = true;
        return true;
    }
    return false;
}
// + - * / of two floats, or a float and a small int: float arithmetic is IEEE's, as CPython's, so the result
// needs no call but the allocation (profile of bench/kernels/nbody: the generic path cost four calls per
// operation). Division by zero takes the generic path, which raises CPython's ZeroDivisionError.
inline bool float_fast_path(BinOp op, const Object& a, const Object& b, Object& out) {
    double x, y;
    bool any_float = false;
    if (!float_operand(a, x, any_float) || !float_operand(b, y, any_float) || !any_float) return false;
    double r;
    switch (op) {
        case BinOp::Add: r = x + y; break;
        case BinOp::Sub: r = x - y; break;
        case BinOp::Mul: r = x * y; break;
        case BinOp::TrueDiv:
            if (y == 0.0) return false;
            r = x / y;
            break;
        default: return false;
    }
    out = float_(r);
    return true;
}
inline Object binop(BinOp op, const Object& a, const Object& b) {
    Object r;
    if (small_int_fast_path(op, a, b, r) || float_fast_path(op, a, b, r)) return r;
    return binop_generic(op, a, b);
}
// a += b: lists extend in place; floats are immutable, so their path is binop's.
inline Object inplace_binop(BinOp op, const Object& a, const Object& b) {
    Object r;
    if (small_int_fast_path(op, a, b, r) || float_fast_path(op, a, b, r)) return r;
    return inplace_binop_generic(op, a, b);
}
Object unop(UnOp op, const Object& a);
Object compare(CmpOp op, const Object& a, const Object& b);
bool compare_bool(CmpOp op, const Object& a, const Object& b);
bool eq(const Object& a, const Object& b);
bool truthy(const Object& o);
Object not_(const Object& o);
bool contains(const Object& container, const Object& item);  // `item in container`
int64_t hash(const Object& o);

inline Object add(const Object& a, const Object& b) { return binop(BinOp::Add, a, b); }
inline Object sub(const Object& a, const Object& b) { return binop(BinOp::Sub, a, b); }
inline Object mul(const Object& a, const Object& b) { return binop(BinOp::Mul, a, b); }

// ---- text ----
std::string repr_utf8(const Object& o);
std::string str_utf8(const Object& o);
Object repr(const Object& o);
Object str(const Object& o);
Object ascii(const Object& o);
// format(value, spec): the format-spec mini-language, CPython's result and errors.
Object format(const Object& value, const Object& spec);
std::string format_utf8(const Object& value, std::string_view spec);
// Concatenates the pieces of an f-string (each already a str).
Object join_strs(std::initializer_list<Object> parts);
bool is_str(const Object& o) noexcept;
std::string_view str_view(const Object& o);  // the UTF-8 bytes of a str
std::string type_name(const Object& o);      // "int", "Task", ...

// ---- attributes ----
Object getattr(const Object& o, std::string_view name);       // AttributeError when missing
Object getattr_or_null(const Object& o, std::string_view name);
void setattr(const Object& o, std::string_view name, const Object& v);
void delattr(const Object& o, std::string_view name);

// ---- items and containers ----
Object getitem(const Object& o, const Object& key);
void setitem(const Object& o, const Object& key, const Object& v);
void delitem(const Object& o, const Object& key);
int64_t len(const Object& o);
void list_append(const Object& list, const Object& item);
void set_add(const Object& set, const Object& item);
void dict_set(const Object& dict, const Object& key, const Object& v);
void dict_update(const Object& dict, const Object& other);        // {**other}
void list_extend(const Object& list, const Object& iterable);     // [*iterable]
Object list_to_tuple(const Object& list);

// ---- iteration ----
Object iter(const Object& o);   // TypeError "'int' object is not iterable"
Object next(const Object& it);  // null at the end
// a, *b, c = value: returns exactly `before + after (+1 if starred)` values, raising CPython's ValueErrors.
std::vector<Object> unpack(const Object& value, size_t before, bool starred = false, size_t after = 0);

// ---- types as values ----
bool isinstance(const Object& o, const Type& t) noexcept;
Object type_object(const Type& t);  // the class as a value (e.g. for `except ValueError`)

}  // namespace pyco
