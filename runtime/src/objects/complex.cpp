// complex: pairs of doubles with CPython's arithmetic (Smith's division, small integer powers by repeated
// squaring, so that results agree to the last bit), repr, hash, comparisons, and complex() from numbers, from
// __complex__ and from text. format(z, spec) is in format_spec.cpp.
#include <fmt/format.h>

#include <cmath>
#include <cstdlib>

#include "internal/module_args.h"
#include "internal/type_setup.h"
#include "internal/unicode_db.h"
#include "internal/values.h"

namespace pyco {

Type ComplexType("complex", "builtins", &ObjectType);

Object complex_(double re, double im) { return Object::adopt(new ComplexObj(re, im)); }
bool is_complex(const Object& o) noexcept { return isinstance_exact(o, ComplexType); }

namespace {

struct Cx {
    double re, im;
};

Cx parts(const Object& o) { return {o.as<ComplexObj>()->re, o.as<ComplexObj>()->im}; }

// An operand of complex arithmetic: complex, float or int (CPython's TO_COMPLEX); false for anything else.
bool to_complex(const Object& o, Cx& out) {
    if (is_complex(o)) out = parts(o);
    else if (is_float(o) || is_intlike(o)) out = {float_value(o), 0.0};
    else return false;
    return true;
}

// ---- arithmetic ----

Cx c_prod(Cx a, Cx b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// Smith's algorithm: scale by the larger part of the divisor, so that the intermediate products neither
// overflow nor underflow where the quotient itself is representable. False for a zero divisor.
bool c_quot(Cx a, Cx b, Cx& r) {
    double abs_re = std::fabs(b.re), abs_im = std::fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) return false;
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        r = {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    } else if (abs_im >= abs_re) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        r = {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    } else {
        r = {NAN, NAN};  // a nan in the divisor: neither comparison held
    }
    return true;
}

// x ** n for n >= 0 by repeated squaring, starting from 1+0j as CPython does (which matters for inf and nan).
Cx c_powu(Cx x, long n) {
    Cx r{1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

// The general power through polar form. `domain` is set for 0 ** (negative or complex).
Cx c_pow(Cx a, Cx b, bool& domain) {
    if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) domain = true;
        return {0.0, 0.0};
    }
    double vabs = std::hypot(a.re, a.im), len = std::pow(vabs, b.re), at = std::atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= std::exp(at * b.im);
        phase += b.im * std::log(vabs);
    }
    return {len * std::cos(phase), len * std::sin(phase)};
}

}  // namespace

Object complex_pow(double ar, double ai, double br, double bi) {
    Cx a{ar, ai}, b{br, bi}, p;
    bool domain = false;
    // A small integral exponent goes through repeated multiplication: faster and more accurate.
    if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
        long n = long(b.re);
        p = c_powu(a, n > 0 ? n : -n);
        if (n <= 0 && !c_quot({1.0, 0.0}, p, p)) {
            domain = true;
            p = {0.0, 0.0};
        }
    } else {
        p = c_pow(a, b, domain);
    }
    if (domain) raise(ZeroDivisionErrorType, "0.0 to a negative or complex power");
    if (std::isinf(p.re) || std::isinf(p.im)) raise(OverflowErrorType, "complex exponentiation");
    return complex_(p.re, p.im);
}

namespace {

Object complex_binop(const Object& a, const Object& b, BinOp op) {
    Cx x, y;
    switch (op) {
        case BinOp::Add: case BinOp::Sub: case BinOp::Mul: case BinOp::TrueDiv: case BinOp::Pow: break;
        default: return NotImplemented();
    }
    if (!to_complex(a, x) || !to_complex(b, y)) return NotImplemented();
    switch (op) {
        case BinOp::Add: return complex_(x.re + y.re, x.im + y.im);
        case BinOp::Sub: return complex_(x.re - y.re, x.im - y.im);
        case BinOp::Mul: {
            Cx r = c_prod(x, y);
            return complex_(r.re, r.im);
        }
        case BinOp::TrueDiv: {
            Cx r;
            if (!c_quot(x, y, r)) raise(ZeroDivisionErrorType, "complex division by zero");
            return complex_(r.re, r.im);
        }
        default: return complex_pow(x.re, x.im, y.re, y.im);
    }
}

Object complex_unop(const Object& a, UnOp op) {
    Cx x = parts(a);
    switch (op) {
        case UnOp::Neg: return complex_(-x.re, -x.im);
        case UnOp::Pos: return a;
        case UnOp::Invert: return NotImplemented();
    }
    return {};
}

int complex_truthy(const Object& o) {
    Cx x = parts(o);
    return x.re != 0.0 || x.im != 0.0;
}

// Only == and != are defined; an int is compared exactly with the real part.
Object complex_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (op != CmpOp::Eq && op != CmpOp::Ne) return NotImplemented();
    Cx x = parts(a);
    bool equal;
    if (is_intlike(b)) equal = x.im == 0.0 && compare_int_double(b, x.re) == 0;
    else if (is_float(b)) equal = x.im == 0.0 && x.re == b.as<FloatObj>()->v;
    else if (is_complex(b)) equal = x.re == parts(b).re && x.im == parts(b).im;
    else return NotImplemented();
    return bool_(equal == (op == CmpOp::Eq));
}

// CPython's: the float hashes of both parts combined, so that a complex with no imaginary part hashes as its
// real part does.
int64_t complex_hash(const Object& o) {
    Cx x = parts(o);
    uint64_t combined = uint64_t(float_hash(x.re)) + 1000003u * uint64_t(float_hash(x.im));
    if (combined == uint64_t(-1)) combined = uint64_t(-2);
    return int64_t(combined);
}

// ---- repr ----

// A part as complex's repr writes it: float's repr without the ".0" that float adds to integral values.
std::string part_repr(double v) {
    std::string s = float_repr(v);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
}

std::string complex_repr(const Object& o) {
    Cx x = parts(o);
    // A real part of +0 is left out, and the parentheses with it.
    if (x.re == 0.0 && !std::signbit(x.re)) return part_repr(x.im) + "j";
    std::string im = part_repr(x.im);
    if (im[0] != '-') im.insert(im.begin(), '+');
    return "(" + part_repr(x.re) + im + "j)";
}

// ---- attributes and methods ----

Object complex_getattr(const Object& o, std::string_view name) {
    if (name == "real") return float_(parts(o).re);
    if (name == "imag") return float_(parts(o).im);
    return {};
}

// real and imag are read-only members; a complex has no other attributes to set.
void complex_setattr(const Object&, std::string_view name, const Object&) {
    if (name == "real" || name == "imag") raise(AttributeErrorType, "readonly attribute");
    raise(AttributeErrorType, fmt::format("'complex' object has no attribute '{}'", name));
}

const Object& self_complex(const Args& a, const char* qualname, size_t nargs, MethodConv conv) {
    check_method_nargs(qualname, a, nargs, nargs, conv);
    if (!is_complex(a[0]))
        type_error(fmt::format("descriptor '{}' for 'complex' objects doesn't apply to a '{}' object", qualname + 8,
                               type_name(a[0])));
    return a[0];
}

Object m_conjugate(const Args& a) {
    Cx x = parts(self_complex(a, "complex.conjugate", 0, MethodConv::NoArgs));
    return complex_(x.re, -x.im);
}

Object m_complex(const Args& a) { return self_complex(a, "complex.__complex__", 0, MethodConv::NoArgs); }

Object m_getnewargs(const Args& a) {
    Cx x = parts(self_complex(a, "complex.__getnewargs__", 0, MethodConv::NoArgs));
    return tuple_({float_(x.re), float_(x.im)});
}

// abs(z): C99's rule, inf when either part is infinite even if the other is a nan.
Object m_abs(const Args& a) {
    Cx x = parts(self_complex(a, "complex.__abs__", 0, MethodConv::NoArgs));
    if (std::isinf(x.re) || std::isinf(x.im)) return float_(INFINITY);
    if (std::isnan(x.re) || std::isnan(x.im)) return float_(NAN);
    double r = std::hypot(x.re, x.im);
    if (std::isinf(r)) raise(OverflowErrorType, "absolute value too large");
    return float_(r);
}

Object m_format(const Args& a) {
    const Object& self = self_complex(a, "complex.__format__", 1, MethodConv::Clinic);
    if (!is_str(a[1])) type_error(fmt::format("__format__() argument must be str, not {}", type_name(a[1])));
    return format(self, a[1]);
}

// ---- complex(text) ----

bool ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool digit(char c) { return c >= '0' && c <= '9'; }

bool match_word(std::string_view s, size_t i, std::string_view word) {
    if (s.size() - i < word.size()) return false;
    for (size_t k = 0; k < word.size(); ++k)
        if ((s[i + k] | 0x20) != word[k]) return false;
    return true;
}

// The longest prefix of s[pos..] that reads as a float, as CPython's PyOS_string_to_double with an end pointer:
// [sign] digits [. digits] [e [sign] digits], or [sign] inf/infinity/nan. Moves `pos` past it; false when
// there is none. Out-of-range values become inf or 0, as there.
bool read_double(std::string_view s, size_t& pos, double& out) {
    size_t i = pos;
    bool neg = i < s.size() && s[i] == '-';
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    size_t mantissa = 0;
    while (i < s.size() && digit(s[i])) ++i, ++mantissa;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && digit(s[i])) ++i, ++mantissa;
    }
    if (mantissa == 0) {
        size_t at = pos + ((s[pos] == '+' || s[pos] == '-') ? 1 : 0);
        size_t n = match_word(s, at, "infinity") ? 8 : match_word(s, at, "inf") ? 3 : match_word(s, at, "nan") ? 3 : 0;
        if (n == 0) return false;
        out = s[at] == 'n' || s[at] == 'N' ? NAN : INFINITY;
        if (neg) out = -out;
        pos = at + n;
        return true;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
        if (j < s.size() && digit(s[j])) {
            while (j < s.size() && digit(s[j])) ++j;
            i = j;
        }
    }
    out = std::strtod(std::string(s.substr(pos, i - pos)).c_str(), nullptr);
    pos = i;
    return true;
}

bool is_j(std::string_view s, size_t i) { return i < s.size() && (s[i] == 'j' || s[i] == 'J'); }

// The forms CPython accepts: <float>, <float>j, <float><signed float>j, and the older <float><sign>j,
// <sign>j and j; white space around, optionally inside parentheses.
bool parse_complex(std::string_view s, Cx& out) {
    size_t i = 0;
    while (i < s.size() && ascii_space(s[i])) ++i;
    bool bracket = i < s.size() && s[i] == '(';
    if (bracket) {
        ++i;
        while (i < s.size() && ascii_space(s[i])) ++i;
    }
    double x = 0.0, y = 0.0, z;
    if (read_double(s, i, z)) {
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
            x = z;
            if (!read_double(s, i, y)) y = s[i++] == '+' ? 1.0 : -1.0;
            if (!is_j(s, i)) return false;
            ++i;
        } else if (is_j(s, i)) {
            y = z;
            ++i;
        } else {
            x = z;
        }
    } else {
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) y = s[i++] == '+' ? 1.0 : -1.0;
        else y = 1.0;
        if (!is_j(s, i)) return false;
        ++i;
    }
    while (i < s.size() && ascii_space(s[i])) ++i;
    if (bracket) {
        if (i >= s.size() || s[i] != ')') return false;
        ++i;
        while (i < s.size() && ascii_space(s[i])) ++i;
    }
    out = {x, y};
    return i == s.size();
}

// Underscores are allowed only between digits and are dropped before parsing; false when misplaced.
bool drop_underscores(std::string_view s, std::string& out) {
    char prev = 0;
    for (char c : s) {
        if (c == '_') {
            if (!digit(prev)) return false;
        } else {
            if (prev == '_' && !digit(c)) return false;
            out.push_back(c);
        }
        prev = c;
    }
    return prev != '_';
}

Object complex_from_text(const Object& text) {
    std::string ascii = unicode::decimal_and_space_to_ascii(str_view(text)), clean;
    if (!drop_underscores(ascii, clean))
        value_error(fmt::format("could not convert string to complex: {}", repr_utf8(text)));
    Cx z;
    if (!parse_complex(clean, z)) value_error("complex() arg is a malformed string");
    return complex_(z.re, z.im);
}

// ---- complex(real, imag) ----

bool is_user_instance(const Object& o) { return o.is_ptr() && !o.type()->mro.empty(); }

// A user class's __complex__, which must return a complex; null when the class has none.
Object complex_from_dunder(const Object& o) {
    if (!is_user_instance(o)) return {};
    Object m = getattr_or_null(o, "__complex__");
    if (m.null()) return {};
    Object r = call(m);
    if (!is_complex(r)) type_error(fmt::format("__complex__ returned non-complex (type {})", type_name(r)));
    return r;
}

// What complex() takes as a number: int, float, complex, or a class with __float__ or __index__.
bool number_like(const Object& o) {
    if (is_complex(o) || is_float(o) || is_intlike(o)) return true;
    return is_user_instance(o) &&
           (!getattr_or_null(o, "__float__").null() || !getattr_or_null(o, "__index__").null());
}

double real_value(const Object& o) {
    if (Object f = float_from_dunder(o); !f.null()) return float_value(f);
    return float_value(o);
}

Object complex_ctor(const Type&, const Args& a) {
    std::vector<Object> v = clinic_args("complex", a, {"real", "imag"}, 0);
    Object r = v[0].null() ? Object::small(0) : v[0];
    const Object& i = v[1];
    if (is_complex(r) && i.null()) return r;
    if (is_str(r)) {
        if (!i.null()) type_error("complex() can't take second arg if first is a string");
        return complex_from_text(r);
    }
    if (!i.null() && is_str(i)) type_error("complex() second arg can't be a string");
    if (Object c = complex_from_dunder(r); !c.null()) r = c;
    if (!number_like(r))
        type_error(fmt::format("complex() first argument must be a string or a number, not '{}'", type_name(r)));
    if (!i.null() && !number_like(i))
        type_error(fmt::format("complex() second argument must be a number, not '{}'", type_name(i)));
    // complex(a, b) is a + b*1j, also when a or b are complex themselves.
    Cx cr = is_complex(r) ? parts(r) : Cx{real_value(r), 0.0}, ci{cr.im, 0.0};
    if (!i.null()) ci = is_complex(i) ? parts(i) : Cx{real_value(i), 0.0};
    if (!i.null() && is_complex(i)) cr.re -= ci.im;
    if (!i.null() && is_complex(r)) ci.re += cr.im;
    return complex_(cr.re, ci.re);
}

}  // namespace

void setup_complex() {
    set_slots(ComplexType, {.repr = complex_repr, .hash = complex_hash, .richcompare = complex_richcompare,
                            .binop = complex_binop, .unop = complex_unop, .truthy = complex_truthy,
                            .getattr = complex_getattr, .setattr = complex_setattr});
    add_methods(ComplexType, {{"conjugate", m_conjugate}, {"__complex__", m_complex},
                              {"__getnewargs__", m_getnewargs}, {"__abs__", m_abs}, {"__format__", m_format}});
    set_type_constructor(ComplexType, complex_ctor);
}

}  // namespace pyco
