// int: tagged small ints with overflow-checked fast paths, GMP integers beyond 2**61. Python's rules: floor
// division and modulo round towards negative infinity, `**` with a negative exponent gives a float, hashes are
// taken modulo the Mersenne prime 2**61-1 so that equal ints and floats hash alike.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "internal/unicode_db.h"
#include "internal/values.h"
#include "internal/type_setup.h"

namespace pyco {

Type IntType("int", "builtins", &ObjectType);

namespace {

constexpr int64_t kHashModulus = (int64_t(1) << 61) - 1;
constexpr size_t kMaxStrDigits = 4300;  // sys.get_int_max_str_digits() default

bool fits_small(int64_t v) { return v >= Object::kSmallMin && v <= Object::kSmallMax; }

[[noreturn]] void zero_division(const char* msg) { raise(ZeroDivisionErrorType, msg); }

}  // namespace

Object int_(int64_t v) {
    if (fits_small(v)) return Object::small(v);
    return Object::adopt(new IntObj(mpz_class(static_cast<long>(v))));
}

Object int_from_mpz(const mpz_class& v) {
    if (v.fits_slong_p()) {
        long x = v.get_si();
        if (fits_small(x)) return Object::small(x);
    }
    return Object::adopt(new IntObj(v));
}

bool int_small(const Object& o, int64_t& out) noexcept {
    if (o.is_small()) { out = o.small_value(); return true; }
    if (o.ptr() == &True_obj) { out = 1; return true; }
    if (o.ptr() == &False_obj) { out = 0; return true; }
    return false;
}

mpz_class int_to_mpz(const Object& o) {
    int64_t v;
    if (int_small(o, v)) return mpz_class(static_cast<long>(v));
    return o.as<IntObj>()->v;
}

int int_sign(const Object& o) {
    int64_t v;
    if (int_small(o, v)) return (v > 0) - (v < 0);
    return sgn(o.as<IntObj>()->v);
}

bool int_fits_int64(const Object& o) {
    int64_t v;
    if (int_small(o, v)) return true;
    return o.as<IntObj>()->v.fits_slong_p();
}

int64_t int_as_int64(const Object& o) {
    int64_t v;
    if (int_small(o, v)) return v;
    if (!is_intlike(o)) type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(o)));
    const mpz_class& m = o.as<IntObj>()->v;
    if (!m.fits_slong_p()) raise(OverflowErrorType, "Python int too large to convert to C long");
    return m.get_si();
}

Object int_from_dunder(const Object& o) {
    if (!o.is_ptr() || o.type()->mro.empty()) return {};  // only instances of user classes define these
    for (const char* name : {"__int__", "__index__"}) {
        Object m = getattr_or_null(o, name);
        if (m.null()) continue;
        Object r = call(m);
        if (!is_intlike(r)) type_error(fmt::format("{} returned non-int (type {})", name, type_name(r)));
        return int_unop(r, UnOp::Pos);
    }
    return {};
}

bool is_index(const Object& o) {
    if (is_intlike(o)) return true;
    return o.is_ptr() && !o.type()->mro.empty() && !o.type()->is_subtype_of(&FloatType) &&
           !getattr_or_null(o, "__index__").null();
}

Object index_object(const Object& o) {
    if (is_intlike(o)) return o;
    // Instances of user classes may define __index__ (operator.index); built-in types other than int do not.
    if (o.is_ptr() && !o.type()->mro.empty() && !o.type()->is_subtype_of(&FloatType)) {
        Object m = getattr_or_null(o, "__index__");
        if (!m.null()) {
            Object r = call(m);
            if (!is_intlike(r)) type_error(fmt::format("__index__ returned non-int (type {})", type_name(r)));
            return r;
        }
    }
    type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(o)));
}

int64_t index_value(const Object& o) {
    int64_t v;
    if (int_small(o, v)) return v;
    if (!is_intlike(o)) return index_value(index_object(o));
    const mpz_class& m = o.as<IntObj>()->v;
    if (!m.fits_slong_p()) raise(OverflowErrorType, "Python int too large to convert to C ssize_t");
    return m.get_si();
}

Object int_from_double(double d) {
    if (std::isinf(d)) raise(OverflowErrorType, "cannot convert float infinity to integer");
    if (std::isnan(d)) value_error("cannot convert float NaN to integer");
    double t = std::trunc(d);
    if (std::fabs(t) < 9.0e18) return int_(static_cast<int64_t>(t));
    return int_from_mpz(mpz_class(t));
}

// ---- hashing ----

int64_t int_hash_small(int64_t v) noexcept {
    int64_t h = v >= 0 ? v % kHashModulus : -((-v) % kHashModulus);
    return h == -1 ? -2 : h;
}

static int64_t int_hash(const Object& o) {
    int64_t v;
    if (int_small(o, v)) return int_hash_small(v);
    const mpz_class& m = o.as<IntObj>()->v;
    mpz_class r = abs(m) % mpz_class(static_cast<long>(kHashModulus));
    int64_t h = r.get_si();
    if (sgn(m) < 0) h = -h;
    return h == -1 ? -2 : h;
}

// ---- text ----

std::string int_repr(const Object& o) {
    int64_t v;
    if (int_small(o, v)) return fmt::format_int(v).str();
    const mpz_class& m = o.as<IntObj>()->v;
    std::string s = m.get_str(10);
    if (s.size() - (s[0] == '-') > kMaxStrDigits)
        value_error("Exceeds the limit (4300 digits) for integer string conversion; "
                    "use sys.set_int_max_str_digits() to increase the limit");
    return s;
}

static std::string int_repr_slot(const Object& o) { return int_repr(o); }

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static bool is_py_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Strips a base prefix ("0x", "0o", "0b") allowed for `base`; base 0 takes the base from it.
static void take_prefix(std::string_view& s, int& base) {
    if (s.size() < 2 || s[0] != '0') return;
    char p = char(s[1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
        base = pb;
        s.remove_prefix(2);
        if (!s.empty() && s[0] == '_') s.remove_prefix(1);  // "0x_1f" is valid
    }
}

Object int_parse(std::string_view text, int base) {
    std::string_view s = text;
    while (!s.empty() && is_py_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_py_space(s.back())) s.remove_suffix(1);
    bool neg = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) { neg = s[0] == '-'; s.remove_prefix(1); }
    bool had_prefix = s.size() >= 2 && s[0] == '0' && std::string_view("xXoObB").find(s[1]) != std::string_view::npos;
    int b = base;
    take_prefix(s, b);
    if (b == 0) b = 10;
    if (s.empty()) return {};
    std::string digits;
    digits.reserve(s.size());
    bool prev_us = false;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '_') {
            if (i == 0 || prev_us) return {};
            prev_us = true;
            continue;
        }
        prev_us = false;
        if (digit_value(c) >= b) return {};
        digits.push_back(c);
    }
    if (prev_us) return {};
    // Base 0 forbids leading zeros in a non-zero decimal ("010" is a syntax error in Python 3).
    if (base == 0 && !had_prefix && digits.size() > 1 && digits[0] == '0' &&
        digits.find_first_not_of('0') != std::string::npos)
        return {};
    if ((b & (b - 1)) != 0 && digits.size() > kMaxStrDigits)
        value_error(fmt::format("Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; "
                                "use sys.set_int_max_str_digits() to increase the limit",
                                digits.size()));
    if (digits.size() <= 18 && b <= 10) {
        int64_t v = 0;
        for (char c : digits) v = v * b + digit_value(c);
        return int_(neg ? -v : v);
    }
    mpz_class m(digits, b);
    if (neg) m = -m;
    return int_from_mpz(m);
}

Object int_from_string(std::string_view digits, int base) {
    Object r = int_parse(digits, base);
    if (r.null())
        value_error(fmt::format("invalid literal for int() with base {}: {}", base, str_repr_of(digits)));
    return r;
}

// ---- arithmetic ----

// n / d correctly rounded to the nearest double (ties to even), subnormals included, as CPython's long_true_divide:
// a quotient of 55 or 56 bits plus a sticky bit for the remainder is rounded once.
static double exact_ratio_to_double(const mpz_class& n, const mpz_class& d) {
    mpz_class a = abs(n), b = abs(d), num, den, q, r;
    if (a == 0) return n < 0 != d < 0 ? -0.0 : 0.0;
    int64_t s = 55 - (int64_t(mpz_sizeinbase(a.get_mpz_t(), 2)) - int64_t(mpz_sizeinbase(b.get_mpz_t(), 2)));
    if (s >= 0) {
        num = a << s;
        den = b;
    } else {
        num = a;
        den = b << -s;
    }
    mpz_tdiv_qr(q.get_mpz_t(), r.get_mpz_t(), num.get_mpz_t(), den.get_mpz_t());
    bool sticky = r != 0;
    int64_t len = int64_t(mpz_sizeinbase(q.get_mpz_t(), 2));
    // Keep 53 bits, or fewer when the result is subnormal (no bit below 2**-1074).
    int64_t drop = std::max<int64_t>(len - 53, s - 1074);
    mpz_class m = q >> drop;
    if (drop > 0) {
        mpz_class low = q - (m << drop), half = mpz_class(1) << (drop - 1);
        int c = cmp(low, half);
        if (c > 0 || (c == 0 && (sticky || mpz_odd_p(m.get_mpz_t())))) m += 1;
    }
    double v = std::ldexp(m.get_d(), int(std::clamp<int64_t>(drop - s, -100000, 100000)));
    return n < 0 != d < 0 ? -v : v;
}

static Object int_truediv(const Object& a, const Object& b) {
    int64_t x, y;
    if (int_small(a, x) && int_small(b, y)) {
        if (y == 0) zero_division("division by zero");
        constexpr int64_t exact = int64_t(1) << 53;
        if (x <= exact && x >= -exact && y <= exact && y >= -exact) return float_(double(x) / double(y));
    }
    mpz_class n = int_to_mpz(a), d = int_to_mpz(b);
    if (d == 0) zero_division("division by zero");
    double r = exact_ratio_to_double(n, d);
    if (std::isinf(r)) raise(OverflowErrorType, "integer division result too large for a float");
    return float_(r);
}

static Object int_pow(const Object& a, const Object& b) {
    if (int_sign(b) < 0) {
        double base = float_value(a);
        if (base == 0.0) zero_division("0.0 cannot be raised to a negative power");
        return float_(std::pow(base, float_value(b)));
    }
    int64_t x, y;
    if (int_small(a, x) && int_small(b, y)) {
        int64_t result = 1, base = x, e = y;
        bool overflow = false;
        while (e > 0 && !overflow) {
            if (e & 1) overflow |= __builtin_mul_overflow(result, base, &result);
            e >>= 1;
            if (e > 0) overflow |= __builtin_mul_overflow(base, base, &base);
        }
        if (!overflow) return int_(result);
    }
    if (!int_fits_int64(b)) raise(MemoryErrorType, "");
    mpz_class r;
    mpz_pow_ui(r.get_mpz_t(), int_to_mpz(a).get_mpz_t(), static_cast<unsigned long>(int_as_int64(b)));
    return int_from_mpz(r);
}

static Object int_shift(const Object& a, const Object& b, bool left) {
    if (int_sign(b) < 0) value_error("negative shift count");
    int64_t x, y;
    if (int_small(a, x) && int_small(b, y)) {
        if (!left) return int_(y >= 63 ? (x < 0 ? -1 : 0) : (x >> y));
        if (x == 0) return Object::small(0);
        if (y < 62) {
            int64_t r = x * (int64_t(1) << y);
            if (r / (int64_t(1) << y) == x && fits_small(r)) return Object::small(r);
        }
    }
    if (!int_fits_int64(b)) {
        if (!left) return int_(int_sign(a) < 0 ? -1 : 0);
        if (int_sign(a) == 0) return Object::small(0);
        raise(OverflowErrorType, "too many digits in integer");
    }
    mpz_class r, m = int_to_mpz(a);
    unsigned long n = static_cast<unsigned long>(int_as_int64(b));
    if (left)
        mpz_mul_2exp(r.get_mpz_t(), m.get_mpz_t(), n);
    else
        mpz_fdiv_q_2exp(r.get_mpz_t(), m.get_mpz_t(), n);
    return int_from_mpz(r);
}

// Both operands small: the common case, no allocation unless the result leaves the small range.
static Object small_binop(int64_t x, int64_t y, BinOp op) {
    int64_t r;
    if (small_int_exact(op, x, y, r)) return int_(r);
    switch (op) {
        case BinOp::Mul: {
            if (!__builtin_mul_overflow(x, y, &r)) return int_(r);
            return int_from_mpz(mpz_class(static_cast<long>(x)) * static_cast<long>(y));
        }
        case BinOp::FloorDiv: {
            if (y == 0) zero_division("integer division or modulo by zero");
            int64_t q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
            return int_(q);
        }
        case BinOp::Mod: {
            if (y == 0) zero_division("integer modulo by zero");
            r = x % y;
            if (r != 0 && ((r < 0) != (y < 0))) r += y;
            return int_(r);
        }
        default: return {};
    }
}

static Object big_binop(const mpz_class& x, const mpz_class& y, BinOp op) {
    mpz_class r;
    switch (op) {
        case BinOp::Add: r = x + y; break;
        case BinOp::Sub: r = x - y; break;
        case BinOp::Mul: r = x * y; break;
        case BinOp::FloorDiv:
            if (y == 0) zero_division("integer division or modulo by zero");
            mpz_fdiv_q(r.get_mpz_t(), x.get_mpz_t(), y.get_mpz_t());
            break;
        case BinOp::Mod:
            if (y == 0) zero_division("integer modulo by zero");
            mpz_fdiv_r(r.get_mpz_t(), x.get_mpz_t(), y.get_mpz_t());
            break;
        case BinOp::And: r = x & y; break;
        case BinOp::Or: r = x | y; break;
        case BinOp::Xor: r = x ^ y; break;
        default: return NotImplemented();
    }
    return int_from_mpz(r);
}

Object int_binop(const Object& a, const Object& b, BinOp op) {
    if (!is_intlike(a) || !is_intlike(b)) return NotImplemented();
    switch (op) {
        case BinOp::TrueDiv: return int_truediv(a, b);
        case BinOp::Pow: return int_pow(a, b);
        case BinOp::LShift: return int_shift(a, b, true);
        case BinOp::RShift: return int_shift(a, b, false);
        case BinOp::MatMul: return NotImplemented();
        default: break;
    }
    int64_t x, y;
    if (int_small(a, x) && int_small(b, y)) {
        Object r = small_binop(x, y, op);
        if (!r.null()) return r;
    }
    return big_binop(int_to_mpz(a), int_to_mpz(b), op);
}

Object int_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (!is_intlike(a) || !is_intlike(b)) return NotImplemented();
    int64_t x, y;
    if (int_small(a, x) && int_small(b, y)) return bool_(cmp_holds(op, x, y));
    return bool_(cmp_holds(op, cmp(int_to_mpz(a), int_to_mpz(b)), 0));
}

Object int_unop(const Object& a, UnOp op) {
    int64_t x;
    if (int_small(a, x)) {
        switch (op) {
            case UnOp::Neg: return int_(-x);
            case UnOp::Pos: return Object::small(x);
            case UnOp::Invert: return int_(~x);
        }
    }
    const mpz_class& m = a.as<IntObj>()->v;
    switch (op) {
        case UnOp::Neg: return int_from_mpz(-m);
        case UnOp::Pos: return a;
        case UnOp::Invert: return int_from_mpz(-m - 1);
    }
    return {};
}

static int int_truthy(const Object& o) { return int_sign(o) != 0; }

// ---- methods ----

static Object int_bit_length(const Args& a) {
    check_nargs("bit_length", a, 1, 1);
    mpz_class m = abs(int_to_mpz(a[0]));
    return int_(m == 0 ? 0 : int64_t(mpz_sizeinbase(m.get_mpz_t(), 2)));
}

static Object int_bit_count(const Args& a) {
    check_nargs("bit_count", a, 1, 1);
    mpz_class m = abs(int_to_mpz(a[0]));
    return int_(int64_t(mpz_popcount(m.get_mpz_t())));
}

static Object int_conjugate(const Args& a) {
    check_nargs("conjugate", a, 1, 1);
    return int_unop(a[0], UnOp::Pos);
}
static Object int_dunder_index(const Args& a) {
    check_method_nargs("int.__index__", a, 0, 0, MethodConv::NoArgs);
    return int_unop(a[0], UnOp::Pos);
}
static Object int_as_integer_ratio(const Args& a) {
    check_method_nargs("int.as_integer_ratio", a, 0, 0, MethodConv::NoArgs);
    return tuple_({int_unop(a[0], UnOp::Pos), Object::small(1)});
}

static Object int_getattr(const Object& o, std::string_view name) {
    if (name == "real" || name == "numerator") return int_unop(o, UnOp::Pos);
    if (name == "imag") return Object::small(0);
    if (name == "denominator") return Object::small(1);
    return {};
}

// The text int() parses: Unicode spaces and decimal digits of any script read as ASCII ones.
static std::string int_text(const Object& str) {
    if (as_str(str)->ascii()) return std::string(str_view(str));
    return unicode::decimal_and_space_to_ascii(str_view(str));
}

// The offending literal in int()'s ValueError: its repr cut to 200 code points (CPython's %.200R).
static std::string literal_repr(const Object& str) {
    std::string r = repr_utf8(str);
    size_t i = 0;
    for (int n = 0; n < 200 && i < r.size(); ++n) utf8_decode(r, i);
    return r.substr(0, i);
}

static Object int_dunder_format(const Args& a) {
    check_method_nargs("int.__format__", a, 1, 1, MethodConv::Clinic);
    if (!is_str(a[1])) type_error(fmt::format("__format__() argument must be str, not {}", type_name(a[1])));
    return format(a[0], a[1]);
}

// int() of a bytes-like object: its bytes read as ASCII digits; the error quotes them as bytes.
static Object int_from_bytes_text(std::string_view raw, int base) {
    Object r = int_parse(raw, base);
    if (r.null())
        value_error(fmt::format("invalid literal for int() with base {}: {}", base, bytes_repr_of(raw.substr(0, 200))));
    return r;
}

// int(x), int(text, base)
static Object int_ctor(const Type&, const Args& a) {
    check_c_kwargs("int", a, {"base"});
    Object base_arg = a.npos > 1 ? a[1] : kwarg(a, "base");
    if (a.npos > 2) type_error(fmt::format("int() takes at most 2 arguments ({} given)", a.npos));
    if (a.npos == 0) {
        if (!base_arg.null()) type_error("int() missing string argument");
        return Object::small(0);
    }
    const Object& x = a[0];
    if (!base_arg.null()) {
        int64_t base = index_value(base_arg);
        if (base != 0 && (base < 2 || base > 36)) value_error("int() base must be >= 2 and <= 36, or 0");
        if (is_bytes(x) || is_bytearray(x)) return int_from_bytes_text(bytes_data(x), int(base));
        if (!is_str(x)) type_error("int() can't convert non-string with explicit base");
        Object r = int_parse(int_text(x), int(base));
        if (r.null()) value_error(fmt::format("invalid literal for int() with base {}: {}", base, literal_repr(x)));
        return r;
    }
    if (is_intlike(x)) return int_unop(x, UnOp::Pos);
    if (is_float(x)) return int_from_double(float_value(x));
    if (is_str(x)) {
        Object r = int_parse(int_text(x), 10);
        if (r.null()) value_error(fmt::format("invalid literal for int() with base 10: {}", literal_repr(x)));
        return r;
    }
    if (std::string raw; buffer_copy(x, raw)) return int_from_bytes_text(raw, 10);
    if (Object r = int_from_dunder(x); !r.null()) return r;
    type_error(fmt::format("int() argument must be a string, a bytes-like object or a real number, not '{}'",
                           type_name(x)));
}

void setup_int() {
    set_slots(IntType, {.repr = int_repr_slot, .hash = int_hash, .richcompare = int_richcompare, .binop = int_binop,
                        .unop = int_unop, .truthy = int_truthy, .getattr = int_getattr});
    add_methods(IntType, {{"bit_length", int_bit_length}, {"bit_count", int_bit_count}, {"conjugate", int_conjugate},
                          {"as_integer_ratio", int_as_integer_ratio}, {"__index__", int_dunder_index},
                          {"__format__", int_dunder_format}});
    set_type_constructor(IntType, int_ctor);
}

}  // namespace pyco
