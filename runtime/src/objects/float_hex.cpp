// float.hex and float.fromhex: exact hexadecimal text of a double, as CPython's float_hex/float_fromhex.
#include <fmt/format.h>

#include <cfloat>
#include <cmath>
#include <cstdlib>

#include "internal/type_setup.h"
#include "internal/values.h"

namespace pyco {

namespace {

Object float_hex(const Args& a) {
    check_method_nargs("float.hex", a, 0, 0, MethodConv::NoArgs);
    double x = a[0].as<FloatObj>()->v;
    if (std::isnan(x)) return str_("nan");
    if (std::isinf(x)) return str_(x > 0 ? "inf" : "-inf");
    if (x == 0.0) return str_(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    // One hex digit before the point (1 for normal numbers, 0 for subnormals), 13 after it.
    int e;
    double m = std::frexp(std::fabs(x), &e);
    int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
    m = std::ldexp(m, shift);
    e -= shift;
    const char* digits = "0123456789abcdef";
    std::string s;
    s.push_back(digits[int(m)]);
    m -= int(m);
    s.push_back('.');
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
        m *= 16.0;
        s.push_back(digits[int(m)]);
        m -= int(m);
    }
    return str_own(fmt::format("{}0x{}p{}{}", x < 0 ? "-" : "", s, e < 0 ? '-' : '+', std::abs(e)));
}

[[noreturn]] void invalid_hex() { value_error("invalid hexadecimal floating-point string"); }

// float.fromhex(text): [sign] ['0x'] digits ['.' digits] ['p' [sign] digits], or inf/infinity/nan.
Object float_fromhex(const Args& a) {
    check_nargs("fromhex", a, 1, 1);
    if (!is_str(a[0])) type_error(fmt::format("fromhex() argument must be str, not {}", type_name(a[0])));
    std::string_view s = str_view(a[0]);
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    std::string text;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        text.push_back(s[0]);
        s.remove_prefix(1);
    }
    std::string lower;
    for (char c : s) lower.push_back(char(std::tolower((unsigned char)c)));
    if (lower == "inf" || lower == "infinity" || lower == "nan") return float_(std::strtod((text + lower).c_str(), nullptr));
    if (lower.size() >= 2 && lower[0] == '0' && lower[1] == 'x') lower.erase(0, 2);
    // Validate the form strtod would be more lenient about.
    size_t i = 0, ndigits = 0;
    while (i < lower.size() && std::isxdigit((unsigned char)lower[i])) ++i, ++ndigits;
    if (i < lower.size() && lower[i] == '.') {
        ++i;
        while (i < lower.size() && std::isxdigit((unsigned char)lower[i])) ++i, ++ndigits;
    }
    if (ndigits == 0) invalid_hex();
    if (i < lower.size() && lower[i] == 'p') {
        ++i;
        if (i < lower.size() && (lower[i] == '+' || lower[i] == '-')) ++i;
        size_t exp_start = i;
        while (i < lower.size() && std::isdigit((unsigned char)lower[i])) ++i;
        if (i == exp_start) invalid_hex();
    }
    if (i != lower.size()) invalid_hex();
    text += "0x" + lower;
    double d = std::strtod(text.c_str(), nullptr);  // correctly rounded, as CPython's
    if (std::isinf(d)) raise(OverflowErrorType, "hexadecimal value too large to represent as a float");
    return float_(d);
}

}  // namespace

void setup_float_hex() {
    add_methods(FloatType, {{"hex", float_hex}});
    add_unbound_functions(FloatType, {{"fromhex", float_fromhex}});
}

}  // namespace pyco
