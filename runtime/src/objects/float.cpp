// float: IEEE doubles with CPython's repr (shortest round-trip digits, exponent form outside 1e-4 <= |x| < 1e16),
// Python's floor division and modulo signs, exact comparisons against ints, and hashes equal to the int hash of
// integral values.
#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <cstring>

#include "internal/unicode_db.h"
#include "internal/values.h"
#include "internal/type_setup.h"

namespace pyco {

Type FloatType("float", "builtins", &ObjectType);

Object float_(double v) { return Object::adopt(new FloatObj(v)); }
bool is_float(const Object& o) noexcept { return isinstance_exact(o, FloatType); }

double float_value(const Object& o) {
    if (is_float(o)) return o.as<FloatObj>()->v;
    int64_t v;
    if (int_small(o, v)) return double(v);
    if (is_intlike(o)) {
        const mpz_class& m = o.as<IntObj>()->v;
        if (mpz_sizeinbase(m.get_mpz_t(), 2) > 1024) raise(OverflowErrorType, "int too large to convert to float");
        // mpz_get_d truncates; round to nearest through a correctly rounded decimal conversion.
        std::string s = m.get_str(10);
        double d = std::strtod(s.c_str(), nullptr);
        if (std::isinf(d)) raise(OverflowErrorType, "int too large to convert to float");
        return d;
    }
    type_error(fmt::format("must be real number, not {}", type_name(o)));
}

// ---- repr ----

std::string float_repr(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    std::string_view sci(buf, size_t(res.ptr - buf));  // "-d.ddde+XX", shortest round-trip digits
    bool neg = sci[0] == '-';
    if (neg) sci.remove_prefix(1);
    size_t e = sci.find('e');
    int exp = std::atoi(std::string(sci.substr(e + 1)).c_str());
    std::string digits;
    for (char c : sci.substr(0, e))
        if (c != '.') digits.push_back(c);
    std::string out = neg ? "-" : "";
    if (exp >= -4 && exp < 16) {  // CPython's repr: fixed notation from 1e-4 up to 1e16
        if (exp < 0) {
            out += "0.";
            out.append(size_t(-exp - 1), '0');
            out += digits;
        } else if (int(digits.size()) <= exp + 1) {
            out += digits;
            out.append(size_t(exp + 1 - int(digits.size())), '0');
            out += ".0";
        } else {
            out += digits.substr(0, size_t(exp + 1));
            out += '.';
            out += digits.substr(size_t(exp + 1));
        }
        return out;
    }
    out += digits[0];
    if (digits.size() > 1) {
        out += '.';
        out += digits.substr(1);
    }
    out += fmt::format("e{}{:02d}", exp < 0 ? '-' : '+', std::abs(exp));
    return out;
}

static std::string float_repr_slot(const Object& o) { return float_repr(o.as<FloatObj>()->v); }

// ---- hash: CPython's reduction of m * 2**e modulo 2**61-1 ----

int64_t float_hash(double v) noexcept {
    constexpr int bits = 61;
    constexpr uint64_t modulus = (uint64_t(1) << bits) - 1;
    if (std::isinf(v)) return v > 0 ? 314159 : -314159;
    if (std::isnan(v)) return 0;  // CPython hashes nan by identity; 0 keeps it stable here
    int e;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & modulus) | (x >> (bits - 28));
        m *= 268435456.0;  // 2**28
        e -= 28;
        uint64_t y = uint64_t(m);
        m -= double(y);
        x += y;
        if (x >= modulus) x -= modulus;
    }
    e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
    x = ((x << e) & modulus) | (x >> (bits - e));
    int64_t h = int64_t(x) * sign;
    return h == -1 ? -2 : h;
}

static int64_t float_hash_slot(const Object& o) { return float_hash(o.as<FloatObj>()->v); }

// ---- comparison ----

int compare_int_double(const Object& i, double d) {
    if (std::isnan(d)) return 2;
    if (std::isinf(d)) return d > 0 ? -1 : 1;
    int64_t v;
    if (int_small(i, v) && v <= (int64_t(1) << 53) && v >= -(int64_t(1) << 53)) {
        double x = double(v);
        return (x > d) - (x < d);
    }
    int c = mpz_cmp_d(int_to_mpz(i).get_mpz_t(), d);  // exact
    return (c > 0) - (c < 0);
}

static Object float_richcompare(const Object& a, const Object& b, CmpOp op) {
    int c;
    if (is_float(a) && is_float(b)) {
        double x = a.as<FloatObj>()->v, y = b.as<FloatObj>()->v;
        c = std::isnan(x) || std::isnan(y) ? 2 : (x > y) - (x < y);
    } else if (is_float(a) && is_intlike(b)) {
        c = compare_int_double(b, a.as<FloatObj>()->v);
        if (c != 2) c = -c;
    } else if (is_intlike(a) && is_float(b)) {
        c = compare_int_double(a, b.as<FloatObj>()->v);
    } else {
        return NotImplemented();
    }
    if (c == 2) return bool_(op == CmpOp::Ne);  // nan compares unequal to everything
    return bool_(cmp_holds(op, c, 0));
}

// ---- arithmetic ----

// Python's divmod for floats: the remainder takes the divisor's sign.
static void float_divmod(double x, double y, double& div, double& mod) {
    mod = std::fmod(x, y);
    div = (x - mod) / y;
    if (mod) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, y);
    }
    if (div) {
        double floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
        div = floordiv;
    } else {
        div = std::copysign(0.0, x / y);
    }
}

static Object float_pow(double x, double y) {
    if (x == 0.0 && y < 0) raise(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power");
    // A negative number to a fractional power is complex.
    if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) return complex_pow(x, 0.0, y, 0.0);
    double r = std::pow(x, y);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
        raise(OverflowErrorType, "(34, 'Numerical result out of range')");
    return float_(r);
}

static Object float_binop(const Object& a, const Object& b, BinOp op) {
    bool fa = is_float(a), fb = is_float(b);
    if (!(fa || is_intlike(a)) || !(fb || is_intlike(b))) return NotImplemented();
    double x = float_value(a), y = float_value(b);
    switch (op) {
        case BinOp::Add: return float_(x + y);
        case BinOp::Sub: return float_(x - y);
        case BinOp::Mul: return float_(x * y);
        case BinOp::TrueDiv:
            if (y == 0) raise(ZeroDivisionErrorType, "float division by zero");
            return float_(x / y);
        case BinOp::FloorDiv: {
            if (y == 0) raise(ZeroDivisionErrorType, "float floor division by zero");
            double d, m;
            float_divmod(x, y, d, m);
            return float_(d);
        }
        case BinOp::Mod: {
            if (y == 0) raise(ZeroDivisionErrorType, "float modulo");
            double d, m;
            float_divmod(x, y, d, m);
            return float_(m);
        }
        case BinOp::Pow: return float_pow(x, y);
        default: return NotImplemented();
    }
}

// divmod() for floats, used by the builtin.
Object float_divmod_pair(const Object& a, const Object& b) {
    double x = float_value(a), y = float_value(b);
    if (y == 0) raise(ZeroDivisionErrorType, "float divmod()");
    double d, m;
    float_divmod(x, y, d, m);
    return tuple_({float_(d), float_(m)});
}

static Object float_unop(const Object& a, UnOp op) {
    double x = a.as<FloatObj>()->v;
    switch (op) {
        case UnOp::Neg: return float_(-x);
        case UnOp::Pos: return a;
        case UnOp::Invert: return NotImplemented();
    }
    return {};
}

static int float_truthy(const Object& o) { return o.as<FloatObj>()->v != 0.0; }

// ---- methods ----

static Object float_conjugate(const Args& a) {
    check_method_nargs("float.conjugate", a, 0, 0, MethodConv::NoArgs);
    return a[0];
}
static Object float_is_integer(const Args& a) {
    check_nargs("is_integer", a, 1, 1);
    double x = float_value(a[0]);
    return bool_(std::isfinite(x) && x == std::floor(x));
}

static Object float_as_integer_ratio(const Args& a) {
    check_nargs("as_integer_ratio", a, 1, 1);
    double x = float_value(a[0]);
    if (std::isinf(x)) raise(OverflowErrorType, "cannot convert Infinity to integer ratio");
    if (std::isnan(x)) value_error("cannot convert NaN to integer ratio");
    mpq_class q(x);
    q.canonicalize();
    return tuple_({int_from_mpz(q.get_num()), int_from_mpz(q.get_den())});
}

static Object float_getattr(const Object& o, std::string_view name) {
    if (name == "real") return o;
    if (name == "imag") return float_(0.0);
    return {};
}

Object float_from_dunder(const Object& o) {
    if (!o.is_ptr() || o.type()->mro.empty()) return {};  // only instances of user classes define these
    if (Object m = getattr_or_null(o, "__float__"); !m.null()) {
        Object r = call(m);
        if (!is_float(r))
            type_error(fmt::format("{}.__float__ returned non-float (type {})", type_name(o), type_name(r)));
        return r;
    }
    if (Object m = getattr_or_null(o, "__index__"); !m.null()) return float_(float_value(index_object(o)));
    return {};
}

static Object float_dunder_format(const Args& a) {
    check_method_nargs("float.__format__", a, 1, 1, MethodConv::Clinic);
    if (!is_str(a[1])) type_error(fmt::format("__format__() argument must be str, not {}", type_name(a[1])));
    return format(a[0], a[1]);
}

// float(x): numbers, and text as Python's float() reads it (inf, nan, underscores between digits).
static Object float_from_text(std::string_view text, const Object& original) {
    std::string_view s = text;
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    std::string clean;
    bool ok = !s.empty();
    for (size_t i = 0; i < s.size() && ok; ++i) {
        char c = s[i];
        if (c == '_') {
            ok = i > 0 && i + 1 < s.size() && std::isdigit((unsigned char)s[i - 1]) && std::isdigit((unsigned char)s[i + 1]);
            continue;
        }
        clean.push_back(char(std::tolower((unsigned char)c)));
    }
    if (ok) {
        std::string_view body = clean;
        bool neg = false;
        if (!body.empty() && (body[0] == '+' || body[0] == '-')) { neg = body[0] == '-'; body.remove_prefix(1); }
        if (body == "inf" || body == "infinity") return float_(neg ? -HUGE_VAL : HUGE_VAL);
        if (body == "nan") return float_(neg ? -NAN : NAN);
        bool has_digit = false;
        for (char c : body) {
            if (std::isdigit((unsigned char)c)) has_digit = true;
            else if (c != '.' && c != 'e' && c != '+' && c != '-') ok = false;
        }
        if (ok && has_digit && body.find("0x") == std::string_view::npos) {
            char* end = nullptr;
            double d = std::strtod(clean.c_str(), &end);
            if (end == clean.c_str() + clean.size()) return float_(d);
        }
    }
    value_error(fmt::format("could not convert string to float: {}", repr_utf8(original)));
}

static Object float_ctor(const Type&, const Args& a) {
    check_no_kwargs("float", a);
    check_nargs("float", a, 0, 1);
    if (a.npos == 0) return float_(0.0);
    const Object& x = a[0];
    if (is_float(x)) return x;
    if (is_intlike(x)) return float_(float_value(x));
    if (is_str(x)) {
        // Unicode spaces and decimal digits of other scripts read as their ASCII forms.
        if (!as_str(x)->ascii()) return float_from_text(unicode::decimal_and_space_to_ascii(str_view(x)), x);
        return float_from_text(str_view(x), x);
    }
    if (std::string raw; buffer_copy(x, raw)) return float_from_text(raw, x);
    if (Object r = float_from_dunder(x); !r.null()) return r;
    type_error(fmt::format("float() argument must be a string or a real number, not '{}'", type_name(x)));
}

void setup_float() {
    set_slots(FloatType, {.repr = float_repr_slot, .hash = float_hash_slot, .richcompare = float_richcompare,
                          .binop = float_binop, .unop = float_unop, .truthy = float_truthy, .getattr = float_getattr});
    add_methods(FloatType, {{"is_integer", float_is_integer}, {"as_integer_ratio", float_as_integer_ratio},
                            {"conjugate", float_conjugate}, {"__format__", float_dunder_format}});
    set_type_constructor(FloatType, float_ctor);
}

}  // namespace pyco
