// int.to_bytes and int.from_bytes: an int as a fixed-length big- or little-endian two's complement byte string.
#include <fmt/format.h>

#include "internal/type_setup.h"
#include "internal/values.h"

namespace pyco {

namespace {

// The byteorder argument: true for "little".
bool little_endian(const Object& o) {
    if (!is_str(o)) type_error(fmt::format("to_bytes() argument 'byteorder' must be str, not {}", type_name(o)));
    std::string_view s = str_view(o);
    if (s == "little") return true;
    if (s != "big") value_error("byteorder must be either 'little' or 'big'");
    return false;
}

// Positional-or-keyword argument `i` named `name` (self excluded from `i`), or null.
Object arg_at(const Args& a, size_t i, std::string_view name) {
    if (a.npos > i + 1) return a[i + 1];
    return kwarg(a, name);
}

Object int_to_bytes(const Args& a) {
    check_c_kwargs("to_bytes", a, {"length", "byteorder", "signed"});
    check_method_nargs("int.to_bytes", a, 0, 2, MethodConv::Clinic);
    Object len_arg = arg_at(a, 0, "length"), order_arg = arg_at(a, 1, "byteorder"), sig = kwarg(a, "signed");
    int64_t length = len_arg.null() ? 1 : index_value(len_arg);
    bool little = order_arg.null() ? false : little_endian(order_arg);
    bool is_signed = !sig.null() && truthy(sig);
    if (length < 0) value_error("length argument must be non-negative");
    mpz_class v = int_to_mpz(a[0]);
    if (v < 0 && !is_signed) raise(OverflowErrorType, "can't convert negative int to unsigned");
    // Two's complement: a negative value is stored as v + 256**length.
    mpz_class limit = mpz_class(1) << (8 * length);
    bool fits = is_signed ? (v >= -(limit >> 1) && v < (limit >> 1)) : v < limit;
    if (!fits) raise(OverflowErrorType, "int too big to convert");
    if (v < 0) v += limit;
    std::string out(size_t(length), '\0');
    for (int64_t i = 0; i < length; ++i) {
        mpz_class byte = v & 0xFF;
        out[size_t(little ? i : length - 1 - i)] = char(byte.get_ui());
        v >>= 8;
    }
    return bytes_(out);
}

Object int_from_bytes(const Args& a) {
    check_c_kwargs("from_bytes", a, {"bytes", "byteorder", "signed"});
    if (a.npos > 2) type_error(fmt::format("from_bytes() takes at most 2 positional arguments ({} given)", a.npos));
    Object src = a.npos > 0 ? a[0] : kwarg(a, "bytes");
    if (src.null()) type_error("from_bytes() missing required argument 'bytes' (pos 1)");
    Object order_arg = a.npos > 1 ? a[1] : kwarg(a, "byteorder"), sig = kwarg(a, "signed");
    bool little = order_arg.null() ? false : little_endian(order_arg);
    bool is_signed = !sig.null() && truthy(sig);
    // bytes(src) accepts bytes and iterables of ints, as CPython's PyObject_Bytes.
    std::string raw = isinstance_exact(src, BytesType) ? src.as<BytesObj>()->s
                                                      : call(type_object(BytesType), {src}).as<BytesObj>()->s;
    mpz_class v = 0;
    for (size_t i = 0; i < raw.size(); ++i) {
        unsigned char c = (unsigned char)raw[little ? raw.size() - 1 - i : i];
        v = (v << 8) | c;
    }
    if (is_signed && !raw.empty() && ((unsigned char)raw[little ? raw.size() - 1 : 0] & 0x80))
        v -= mpz_class(1) << (8 * raw.size());
    return int_from_mpz(v);
}

}  // namespace

void setup_int_bytes() {
    add_methods(IntType, {{"to_bytes", int_to_bytes}});
    add_unbound_functions(IntType, {{"from_bytes", int_from_bytes}});
}

}  // namespace pyco
