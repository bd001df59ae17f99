// The item formats of memoryview (memory_formats.h): native sizes as CPython's struct module gives them on this
// 64-bit platform, items read as Python values and written back with CPython's range checks. CPython 3.11's
// memoryview knows no half-precision 'e'.
#include "objects/memory_formats.h"

#include <fmt/format.h>

#include <cmath>
#include <cstring>

#include "internal/values.h"

namespace pyco::memory_formats {

namespace {

template <class T>
T load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
template <class T>
void store(char* p, T v) {
    std::memcpy(p, &v, sizeof v);
}

Object unsigned_int(uint64_t v) {
    if (v <= uint64_t(INT64_MAX)) return int_(int64_t(v));
    return int_from_mpz(mpz_class(static_cast<unsigned long>(v)));
}

[[noreturn]] void invalid_type(char c) { type_error(fmt::format("memoryview: invalid type for format '{}'", c)); }
[[noreturn]] void invalid_value(char c) { value_error(fmt::format("memoryview: invalid value for format '{}'", c)); }

// A float item's value: a float, an int, or a class with __float__ or __index__.
double real_item(const Object& v, char c) {
    Object f = v;
    if (!is_float(v) && !is_intlike(v)) {
        f = float_from_dunder(v);
        if (f.null()) invalid_type(c);
    }
    try {
        return float_value(f);
    } catch (const PyExc& e) {
        if (isinstance(e.exc, OverflowErrorType)) invalid_value(c);
        throw;
    }
}

// An integer item of `size` bytes, signed or not, as the bits to store; CPython's errors outside its range.
uint64_t integer_item(const Object& v, char c, int size, bool is_signed) {
    if (!is_index(v)) invalid_type(c);
    Object i = index_object(v);
    int64_t x;
    if (int_small(i, x)) {
        bool fits = is_signed || x >= 0;  // any small int fits 8 bytes
        if (size < 8) {
            int bits = 8 * size - (is_signed ? 1 : 0);
            fits = x >= (is_signed ? -(int64_t(1) << bits) : 0) && x < (int64_t(1) << bits);
        }
        if (!fits) invalid_value(c);
        return uint64_t(x);
    }
    // Beyond the small ints only the 8-byte formats have room.
    mpz_class m = int_to_mpz(i);
    if (size < 8) invalid_value(c);
    if (is_signed ? !m.fits_slong_p() : (m < 0 || !m.fits_ulong_p())) invalid_value(c);
    return is_signed ? uint64_t(m.get_si()) : uint64_t(m.get_ui());
}

}  // namespace

int item_size(std::string_view format) {
    if (!format.empty() && format[0] == '@') format.remove_prefix(1);
    if (format.size() != 1) return 0;
    switch (format[0]) {
        case 'c': case 'b': case 'B': case '?': return 1;
        case 'h': case 'H': return 2;
        case 'i': case 'I': case 'f': return 4;
        case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'P': case 'd': return 8;
        default: return 0;
    }
}

Object unpack(char c, const char* p) {
    switch (c) {
        case 'B': return int_(load<uint8_t>(p));
        case 'b': return int_(load<int8_t>(p));
        case 'c': return bytes_(std::string_view(p, 1));
        case '?': return bool_(load<uint8_t>(p) != 0);
        case 'h': return int_(load<int16_t>(p));
        case 'H': return int_(load<uint16_t>(p));
        case 'i': return int_(load<int32_t>(p));
        case 'I': return int_(load<uint32_t>(p));
        case 'l': case 'q': case 'n': return int_(load<int64_t>(p));
        case 'f': return float_(load<float>(p));
        case 'd': return float_(load<double>(p));
        default: return unsigned_int(load<uint64_t>(p));  // L, Q, N, P
    }
}

void pack(char c, const Object& v, char* p) {
    switch (c) {
        case 'c':
            if (!is_bytes(v)) invalid_type(c);
            if (bytes_data(v).size() != 1) invalid_value(c);
            *p = bytes_data(v)[0];
            return;
        case '?': return store<uint8_t>(p, truthy(v) ? 1 : 0);
        case 'd': return store<double>(p, real_item(v, c));
        case 'f': {
            double d = real_item(v, c);
            float f = float(d);
            if (std::isinf(f) && !std::isinf(d)) invalid_value(c);
            return store<float>(p, f);
        }
        default: break;
    }
    int size = item_size(std::string_view(&c, 1));
    bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    uint64_t bits = integer_item(v, c, size, is_signed);
    std::memcpy(p, &bits, size_t(size));  // little-endian: the low bytes
}

}  // namespace pyco::memory_formats
