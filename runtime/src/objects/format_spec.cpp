// format(value, spec): Python's format-spec mini-language for int, float, complex and str,
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
// with CPython's results and error messages. fmt 9 lacks ',', '_', '%', 'n', '=' and Python's '#o', so the
// parsing, grouping and padding are done here; only digit generation uses the C library (correctly rounded).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "internal/values.h"
#include "internal/class_lookup.h"

namespace pyco {

namespace {

struct Spec {
    char32_t fill = ' ';
    char align = 0;  // '<', '>', '^', '=' or 0 (the type's default)
    char sign = 0;   // '+', '-', ' ' or 0
    bool no_neg_zero = false;
    bool alt = false;
    int64_t width = -1;
    char grouping = 0;  // ',' or '_'
    int64_t precision = -1;
    char type = 0;
};

bool is_align(char32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

[[noreturn]] void bad_grouping(char sep, char type) {
    if (type > 32 && type < 127) value_error(fmt::format("Cannot specify '{}' with '{}'.", sep, type));
    value_error(fmt::format("Cannot specify '{}' with '\\x{:x}'.", sep, unsigned(type)));
}

int64_t read_number(const std::u32string& s, size_t& i) {
    int64_t v = 0;
    bool any = false;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        if (v > (INT64_MAX - 9) / 10) value_error("Too many decimal digits in format string");
        v = v * 10 + (s[i++] - '0');
        any = true;
    }
    return any ? v : -1;
}

// Parses a spec; `default_type` is 'd' for int, 's' for str, 0 for float, as in CPython.
Spec parse_spec(std::string_view text, char default_type, const Object& value) {
    std::u32string s;
    for (size_t i = 0; i < text.size();) s.push_back(utf8_decode(text, i));
    Spec sp;
    sp.type = default_type;
    size_t i = 0;
    bool fill_given = false, align_given = false;
    if (s.size() >= 2 && is_align(s[1])) {
        sp.fill = s[0];
        sp.align = char(s[1]);
        fill_given = align_given = true;
        i = 2;
    } else if (!s.empty() && is_align(s[0])) {
        sp.align = char(s[0]);
        align_given = true;
        i = 1;
    }
    if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) sp.sign = char(s[i++]);
    if (i < s.size() && s[i] == 'z') { sp.no_neg_zero = true; ++i; }
    if (i < s.size() && s[i] == '#') { sp.alt = true; ++i; }
    if (!fill_given && i < s.size() && s[i] == '0') {
        sp.fill = '0';
        if (!align_given && default_type != 's') sp.align = '=';
        ++i;
    }
    sp.width = read_number(s, i);
    if (i < s.size() && (s[i] == ',' || s[i] == '_')) {
        sp.grouping = char(s[i++]);
        if (i < s.size() && (s[i] == ',' || s[i] == '_')) {
            if (s[i] == char32_t(sp.grouping)) value_error(fmt::format("Cannot specify '{}' with '{}'.", sp.grouping, sp.grouping));
            value_error("Cannot specify both ',' and '_'.");
        }
    }
    if (i < s.size() && s[i] == '.') {
        ++i;
        sp.precision = read_number(s, i);
        if (sp.precision < 0) value_error("Format specifier missing precision");
    }
    if (s.size() - i > 1)
        value_error(fmt::format("Invalid format specifier '{}' for object of type '{}'", text, type_name(value)));
    if (i < s.size()) {
        if (s[i] > 127) value_error(fmt::format("Unknown format code '\\x{:x}' for object of type '{}'", uint32_t(s[i]), type_name(value)));
        sp.type = char(s[i]);
    }
    if (sp.grouping) {
        switch (sp.type) {
            case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0: break;
            case 'b': case 'o': case 'x': case 'X':
                if (sp.grouping == '_') break;
                bad_grouping(sp.grouping, sp.type);
            default: bad_grouping(sp.grouping, sp.type);
        }
    }
    return sp;
}

[[noreturn]] void unknown_code(char type, const Object& value) {
    value_error(fmt::format("Unknown format code '{}' for object of type '{}'", type, type_name(value)));
}

// Inserts `sep` every `every` digits from the right of `digits`; with `min_width`, first pads with zeros so the
// grouped result is at least that long (CPython groups the padding zeros too).
std::string group_digits(std::string digits, char sep, int every, int64_t min_width) {
    auto grouped = [&](const std::string& d) {
        std::string r;
        size_t n = d.size();
        for (size_t k = 0; k < n; ++k) {
            if (k && (n - k) % every == 0) r.push_back(sep);
            r.push_back(d[k]);
        }
        return r;
    };
    std::string r = grouped(digits);
    while (int64_t(r.size()) < min_width) {
        digits.insert(digits.begin(), '0');
        r = grouped(digits);
    }
    return r;
}

// Pads `sign+prefix` and `body` to the spec's width with its fill and alignment.
std::string pad_number(const Spec& sp, const std::string& head, const std::string& body, char default_align) {
    int64_t len = utf8_length(head) + utf8_length(body);
    char align = sp.align ? sp.align : default_align;
    if (sp.width <= len) return head + body;
    int64_t n = sp.width - len;
    std::string fill;
    utf8_append(fill, sp.fill);
    auto rep = [&](int64_t k) {
        std::string r;
        for (int64_t j = 0; j < k; ++j) r += fill;
        return r;
    };
    switch (align) {
        case '<': return head + body + rep(n);
        case '^': return rep(n / 2) + head + body + rep(n - n / 2);
        case '=': return head + rep(n) + body;
        default: return rep(n) + head + body;
    }
}

std::string sign_str(const Spec& sp, bool negative) {
    if (negative) return "-";
    if (sp.sign == '+') return "+";
    if (sp.sign == ' ') return " ";
    return "";
}

// The width left for digits when zero padding is grouped.
int64_t zero_pad_width(const Spec& sp, size_t head_len) {
    if (sp.grouping && sp.fill == '0' && sp.align == '=' && sp.width > int64_t(head_len))
        return sp.width - int64_t(head_len);
    return 0;
}

std::string format_float_value(double v, Spec sp, const Object& value);

std::string format_int_value(const Object& value, Spec sp) {
    char t = sp.type;
    switch (t) {
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
            return format_float_value(float_value(value), sp, value);
        case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': break;
        default: unknown_code(t, value);
    }
    if (sp.precision >= 0) value_error("Precision not allowed in integer format specifier");
    if (sp.no_neg_zero) value_error("Negative zero coercion (z) not allowed in integer format specifier");
    if (t == 'c') {
        if (sp.sign) value_error("Sign not allowed with integer format specifier 'c'");
        if (sp.alt) value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        mpz_class m = int_to_mpz(value);
        if (m < 0 || m > 0x10FFFF) raise(OverflowErrorType, "%c arg not in range(0x110000)");
        std::string body;
        utf8_append(body, char32_t(m.get_ui()));
        return pad_number(sp, "", body, '>');
    }
    int base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
    mpz_class m = int_to_mpz(value);
    bool negative = m < 0;
    std::string digits = mpz_class(abs(m)).get_str(base);
    if (t == 'X')
        for (char& c : digits) c = char(std::toupper((unsigned char)c));
    std::string head = sign_str(sp, negative);
    if (sp.alt && base != 10) head += t == 'b' ? "0b" : t == 'o' ? "0o" : t == 'x' ? "0x" : "0X";
    if (sp.grouping) digits = group_digits(digits, sp.grouping, base == 10 ? 3 : 4, zero_pad_width(sp, head.size()));
    return pad_number(sp, head, digits, '>');
}

std::string c_format(const char* conv, int precision, double v, bool alt) {
    char f[16];
    std::snprintf(f, sizeof f, "%%%s.*%s", alt ? "#" : "", conv);
    int n = std::snprintf(nullptr, 0, f, precision, v);
    std::string r(size_t(n), '\0');
    std::snprintf(r.data(), size_t(n) + 1, f, precision, v);
    return r;
}

std::string strip_zeros(std::string m) {
    if (m.find('.') == std::string::npos) return m;
    while (m.back() == '0') m.pop_back();
    if (m.back() == '.') m.pop_back();
    return m;
}

// No type letter but a precision: CPython's 'g' with "add .0 to integers", which also moves to exponent
// notation one digit earlier than 'g' (format(100.0, '.3') == '1e+02').
std::string general_add_dot_0(double x, int p, bool alt) {
    std::string e = c_format("e", p - 1, x, alt);
    size_t epos = e.find('e');
    int exp = std::atoi(e.c_str() + epos + 1);
    if (exp < -4 || exp >= p - 1) {
        std::string mant = e.substr(0, epos);
        if (!alt) mant = strip_zeros(mant);
        return mant + e.substr(epos);
    }
    std::string f = c_format("f", p - 1 - exp, x, alt);
    if (!alt) f = strip_zeros(f);
    if (f.find('.') == std::string::npos) f += ".0";
    return f;
}

// The digits of |x| for a float presentation type, without sign or padding: `t` 0 is float's default (repr,
// or 'g' that keeps a ".0"), 'r' is complex's default (repr without the ".0").
std::string float_body(double x, char t, int64_t precision, bool alt) {
    bool upper = t == 'E' || t == 'F' || t == 'G';
    if (std::isnan(x) || std::isinf(x)) {
        std::string body = std::isnan(x) ? "nan" : "inf";
        if (upper) body = std::isnan(x) ? "NAN" : "INF";
        if (t == '%') body += '%';
        return body;
    }
    if ((t == 0 || t == 'r') && precision < 0) {
        std::string body = float_repr(x);
        if (t == 'r' && body.size() > 2 && body.compare(body.size() - 2, 2, ".0") == 0) body.resize(body.size() - 2);
        // The alternate form keeps a decimal point in the exponent form too: format(1e-07, '#') == '1.e-07'.
        if (alt && body.find('.') == std::string::npos) body.insert(std::min(body.find('e'), body.size()), ".");
        return body;
    }
    int prec = int(precision < 0 ? 6 : precision);
    switch (t) {
        case 'f': case 'F': return c_format("f", prec, x, alt);
        case 'e': case 'E': return c_format(upper ? "E" : "e", prec, x, alt);
        case '%': return c_format("f", prec, x * 100, alt) + "%";
        case 'g': case 'G': case 'n': return c_format(upper ? "G" : "g", prec == 0 ? 1 : prec, x, alt);
        default: return general_add_dot_0(x, prec == 0 ? 1 : prec, alt);
    }
}

// With 'z', a negative value whose digits all round to zero loses its sign (format(-0.0001, 'z.2f') == '0.00').
bool rounds_to_zero(const std::string& body) {
    for (char c : body) {
        if (c == 'e' || c == 'E' || c == '%') break;
        if (c != '0' && c != '.') return false;
    }
    return true;
}

// Groups the integer digits of a finite float body (those before '.', the exponent or '%').
std::string group_float_body(const std::string& body, char sep, int64_t min_width) {
    size_t int_end = std::min(body.find_first_of(".eE%"), body.size());
    std::string rest = body.substr(int_end);
    return group_digits(body.substr(0, int_end), sep, 3, min_width ? min_width - int64_t(rest.size()) : 0) + rest;
}

std::string format_float_value(double v, Spec sp, const Object& value) {
    char t = sp.type;
    switch (t) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
        default: unknown_code(t, value);
    }
    bool negative = std::signbit(v) && !std::isnan(v);
    double x = std::fabs(v);
    std::string body = float_body(x, t, sp.precision, sp.alt);
    if (sp.no_neg_zero && rounds_to_zero(body)) negative = false;
    std::string head = sign_str(sp, negative);
    if (sp.grouping && std::isfinite(x)) body = group_float_body(body, sp.grouping, zero_pad_width(sp, head.size()));
    return pad_number(sp, head, body, '>');
}

// format(z, spec): both parts formatted as floats, the imaginary one always signed unless the real part is left
// out; then padded as one piece. Without a type the result reads as repr(z) does.
std::string format_complex_value(double re, double im, Spec sp, const Object& value) {
    switch (sp.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
        default: unknown_code(sp.type, value);
    }
    if (sp.fill == '0') value_error("Zero padding is not allowed in complex format specifier");
    if (sp.align == '=') value_error("'=' alignment flag is not allowed in complex format specifier");
    char t = sp.type;
    bool skip_re = false, parens = false;
    if (t == 0) {
        t = 'r';
        skip_re = re == 0.0 && !std::signbit(re);
        parens = !skip_re;
    }
    if (t == 'n' || (t == 'r' && sp.precision >= 0)) t = 'g';
    auto part = [&](double v, char sign) {
        bool negative = std::signbit(v) && !std::isnan(v);
        std::string body = float_body(std::fabs(v), t, sp.precision, sp.alt);
        if (sp.no_neg_zero && rounds_to_zero(body)) negative = false;
        if (sp.grouping && std::isfinite(v)) body = group_float_body(body, sp.grouping, 0);
        Spec signs = sp;
        signs.sign = sign;
        return sign_str(signs, negative) + body;
    };
    std::string body = skip_re ? part(im, sp.sign) : part(re, sp.sign) + part(im, '+');
    body += 'j';
    if (parens) body = "(" + body + ")";
    return pad_number(sp, "", body, '>');
}

std::string format_str_value(const Object& value, const Spec& sp) {
    if (sp.type != 's') unknown_code(sp.type, value);
    if (sp.sign == ' ') value_error("Space not allowed in string format specifier");
    if (sp.sign) value_error("Sign not allowed in string format specifier");
    if (sp.alt) value_error("Alternate form (#) not allowed in string format specifier");
    if (sp.align == '=') value_error("'=' alignment not allowed in string format specifier");
    std::string_view s = str_view(value);
    std::string body;
    if (sp.precision >= 0 && sp.precision < as_str(value)->length) {
        size_t i = 0;
        for (int64_t k = 0; k < sp.precision; ++k) utf8_append(body, utf8_decode(s, i));
    } else {
        body = std::string(s);
    }
    return pad_number(sp, "", body, '<');
}

}  // namespace

std::string format_utf8(const Object& value, std::string_view spec) {
    if (is_str(value)) {
        if (spec.empty()) return std::string(str_view(value));
        return format_str_value(value, parse_spec(spec, 's', value));
    }
    if (is_intlike(value)) {
        if (spec.empty()) return str_utf8(value);
        return format_int_value(value, parse_spec(spec, 'd', value));
    }
    if (is_float(value)) {
        if (spec.empty()) return float_repr(value.as<FloatObj>()->v);
        return format_float_value(value.as<FloatObj>()->v, parse_spec(spec, 0, value), value);
    }
    if (is_complex(value)) {
        if (spec.empty()) return str_utf8(value);
        auto* z = value.as<ComplexObj>();
        return format_complex_value(z->re, z->im, parse_spec(spec, 0, value), value);
    }
    // Looked up on the type, as CPython does: a metaclass's __format__ serves its classes.
    Object custom =
        is_user_class(value.type()) ? special_method(value, "__format__") : getattr_or_null(value, "__format__");
    if (!custom.null() && !isinstance_exact(custom, BuiltinFunctionType)) {
        Object r = call(custom, {str_(spec)});
        if (!is_str(r)) type_error(fmt::format("__format__ must return a str, not {}", type_name(r)));
        return std::string(str_view(r));
    }
    if (spec.empty()) return str_utf8(value);
    type_error(fmt::format("unsupported format string passed to {}.__format__", type_name(value)));
}

Object format(const Object& value, const Object& spec) {
    if (!is_str(spec)) type_error(fmt::format("format() argument 2 must be str, not {}", type_name(spec)));
    if (is_str(value) && as_str(spec)->s.empty()) return value;
    return str_own(format_utf8(value, str_view(spec)));
}

}  // namespace pyco
