// The runtime's half of pyco/convert.h: checks and errors in CPython's words, so a C++ function called with the
// wrong type fails as a CPython built-in would.
#include "pyco/convert.h"

#include <fmt/format.h>

#include "pyco/exceptions.h"
#include "internal/values.h"

namespace pyco::convert {

namespace {

[[noreturn]] void expected(const char* what, const Object& o) {
    raise(TypeErrorType, fmt::format("expected {}, got {}", what, type_name(o)));
}

// The C type CPython names in its overflow messages for an integer of `bits` bits.
const char* c_name(int bits, bool is_signed) {
    switch (bits) {
    case 8: return is_signed ? "signed char" : "unsigned char";
    case 16: return is_signed ? "short" : "unsigned short";
    case 32: return is_signed ? "int" : "unsigned int";
    default: return is_signed ? "long" : "unsigned long";
    }
}

// An int (bools are ints) or TypeError as PyLong_AsLong's __index__ lookup words it.
void check_int(const Object& o) {
    if (!is_int(o) && !isinstance(o, IntType))
        raise(TypeErrorType, fmt::format("'{}' object cannot be interpreted as an integer", type_name(o)));
}

mpz_class int_value(const Object& o) {
    if (o.is_small()) return mpz_class(long(o.small_value()));
    if (!int_fits_int64(o)) return o.as<IntObj>()->v;
    return mpz_class(long(int_as_int64(o)));
}

}  // namespace

int64_t to_signed(const Object& o, int bits) {
    check_int(o);
    if (!int_fits_int64(o)) raise(OverflowErrorType, fmt::format("Python int too large to convert to C {}", c_name(bits, true)));
    int64_t v = int_as_int64(o);
    if (bits < 64) {
        int64_t max = (int64_t(1) << (bits - 1)) - 1;
        if (v > max || v < -max - 1)
            raise(OverflowErrorType, fmt::format("Python int too large to convert to C {}", c_name(bits, true)));
    }
    return v;
}

uint64_t to_unsigned(const Object& o, int bits) {
    check_int(o);
    mpz_class v = int_value(o);
    if (v < 0) raise(OverflowErrorType, "can't convert negative int to unsigned");
    mpz_class max = (mpz_class(1) << bits) - 1;
    if (v > max) raise(OverflowErrorType, fmt::format("Python int too large to convert to C {}", c_name(bits, false)));
    uint64_t hi = mpz_class(v >> 32).get_ui(), lo = mpz_class(v & 0xffffffffu).get_ui();
    return (hi << 32) | lo;
}

Object from_unsigned(uint64_t v) {
    if (v <= uint64_t(INT64_MAX)) return int_(int64_t(v));
    return int_from_string(std::to_string(v));
}

double to_double(const Object& o) {
    if (isinstance(o, FloatType) || is_int(o) || isinstance(o, IntType)) return float_value(o);
    raise(TypeErrorType, fmt::format("must be real number, not {}", type_name(o)));
}

bool to_bool(const Object& o) {
    if (isinstance_exact(o, BoolType)) return o.ptr() == &True_obj;
    if (is_int(o)) return truthy(o);
    expected("bool", o);
}

std::string_view to_str(const Object& o) {
    if (!is_str(o)) expected("str", o);
    return str_view(o);
}

std::string_view to_bytes(const Object& o) {
    if (!isinstance(o, BytesType) && !isinstance(o, ByteArrayType)) expected("bytes", o);
    return o.as<BytesObj>()->s;
}

void to_none(const Object& o) {
    if (!is_none(o)) expected("None", o);
}

const std::vector<Object>& to_sequence(const Object& o, const char* what) {
    if (is_list(o)) return o.as<ListObj>()->items;
    if (isinstance(o, TupleType)) return o.as<TupleObj>()->items;
    expected(what, o);
}

std::vector<std::pair<Object, Object>> to_items(const Object& o) {
    if (!is_dict(o)) expected("dict", o);
    std::vector<std::pair<Object, Object>> out;
    for (const DictEntry& e : o.as<DictObj>()->entries)
        if (!e.key.null()) out.emplace_back(e.key, e.value);
    return out;
}

const std::vector<Object>& to_tuple(const Object& o, size_t n) {
    if (!isinstance(o, TupleType)) expected("tuple", o);
    const auto& items = o.as<TupleObj>()->items;
    if (items.size() != n)
        raise(TypeErrorType, fmt::format("expected a tuple of {} items, got {}", n, items.size()));
    return items;
}

const Object& to_callable(const Object& o) {
    if (!o.type()->call) raise(TypeErrorType, fmt::format("'{}' object is not callable", type_name(o)));
    return o;
}

namespace {

// What a native callable carries: the C++ closure. It is the bound `self` of a built-in function, so the
// function object stays the ordinary builtin_function_or_method.
struct ClosureObj : Obj {
    std::function<Object(const Args&)> fn;
    explicit ClosureObj(std::function<Object(const Args&)> f);
};
Type ClosureType("PyCapsule", "builtins", &ObjectType);
ClosureObj::ClosureObj(std::function<Object(const Args&)> f) : Obj(&ClosureType), fn(std::move(f)) {}

Object run_closure(const Args& a) {
    Args rest{a.pos + 1, a.npos - 1, a.kw, a.nkw};
    return a[0].as<ClosureObj>()->fn(rest);
}

}  // namespace

Object native_callable(const char* name, std::function<Object(const Args&)> fn) {
    return Object::adopt(new BuiltinFunctionObj(name, run_closure, Object::adopt(new ClosureObj(std::move(fn)))));
}

}  // namespace pyco::convert
