// The `math` module: the functions over floats from C's libm with CPython's error rules (mathmodule.c's math_1:
// a nan from a non-nan argument is "math domain error", an infinity from a finite one is a domain or range error),
// and fsum as CPython's exact Shewchuk summation.
#include <cerrno>
#include <cmath>
#include <vector>

#include "internal/module_registry.h"
#include "internal/values.h"

namespace pyco {

namespace {

double arg_double(const Object& o) {
    if (!is_float(o) && !is_intlike(o)) type_error("must be real number, not " + type_name(o));
    return float_value(o);
}

// math_1: calls f and raises as CPython does when the result is not what a finite argument should give.
Object math_1(const Args& a, const char* name, double (*f)(double), bool can_overflow) {
    check_nargs(name, a, 1, 1);
    double x = arg_double(a[0]);
    errno = 0;
    double r = f(x);
    if (std::isnan(r) && !std::isnan(x)) raise(ValueErrorType, "math domain error");
    if (std::isinf(r) && std::isfinite(x)) {
        if (can_overflow) raise(OverflowErrorType, "math range error");
        raise(ValueErrorType, "math domain error");
    }
    return float_(r);
}

#define PYCO_MATH_1(fname, cfn, overflow) \
    Object math_##fname(const Args& a) { return math_1(a, #fname, [](double x) { return cfn(x); }, overflow); }
PYCO_MATH_1(sqrt, std::sqrt, false)
PYCO_MATH_1(exp, std::exp, true)
PYCO_MATH_1(sin, std::sin, false)
PYCO_MATH_1(cos, std::cos, false)
PYCO_MATH_1(tan, std::tan, false)
PYCO_MATH_1(asin, std::asin, false)
PYCO_MATH_1(acos, std::acos, false)
PYCO_MATH_1(atan, std::atan, false)
PYCO_MATH_1(fabs, std::fabs, false)
#undef PYCO_MATH_1

// log of a positive number; CPython's domain error for zero and negatives (ints included).
double checked_log(const Object& o, double (*f)(double)) {
    double x = arg_double(o);
    if (std::isnan(x)) return x;
    if (x <= 0) raise(ValueErrorType, "math domain error");
    return f(x);
}

Object math_log(const Args& a) {
    check_nargs("log", a, 1, 2);
    double num = checked_log(a[0], [](double x) { return std::log(x); });
    if (a.npos == 1) return float_(num);
    double den = checked_log(a[1], [](double x) { return std::log(x); });
    if (den == 0) raise(ZeroDivisionErrorType, "float division by zero");
    return float_(num / den);
}
Object math_log2(const Args& a) {
    check_nargs("log2", a, 1, 1);
    return float_(checked_log(a[0], [](double x) { return std::log2(x); }));
}
Object math_log10(const Args& a) {
    check_nargs("log10", a, 1, 1);
    return float_(checked_log(a[0], [](double x) { return std::log10(x); }));
}

// floor/ceil/trunc: ints are returned as they are, floats become ints (OverflowError/ValueError for inf/nan).
Object rounded(const Args& a, const char* name, double (*f)(double)) {
    check_nargs(name, a, 1, 1);
    if (is_intlike(a[0])) return int_from_mpz(int_to_mpz(a[0]));
    return int_from_double(f(arg_double(a[0])));
}
Object math_floor(const Args& a) { return rounded(a, "floor", [](double x) { return std::floor(x); }); }
Object math_ceil(const Args& a) { return rounded(a, "ceil", [](double x) { return std::ceil(x); }); }
Object math_trunc(const Args& a) { return rounded(a, "trunc", [](double x) { return std::trunc(x); }); }

Object math_pow(const Args& a) {
    check_nargs("pow", a, 2, 2);
    double x = arg_double(a[0]), y = arg_double(a[1]);
    double r = std::pow(x, y);
    if (std::isfinite(x) && std::isfinite(y)) {
        if (std::isnan(r)) raise(ValueErrorType, "math domain error");
        if (std::isinf(r)) {
            if (x == 0) raise(ValueErrorType, "math domain error");  // 0 ** negative
            raise(OverflowErrorType, "math range error");
        }
    }
    return float_(r);
}

Object math_atan2(const Args& a) {
    check_nargs("atan2", a, 2, 2);
    return float_(std::atan2(arg_double(a[0]), arg_double(a[1])));
}

Object math_copysign(const Args& a) {
    check_nargs("copysign", a, 2, 2);
    return float_(std::copysign(arg_double(a[0]), arg_double(a[1])));
}

Object math_hypot(const Args& a) {
    double r = 0;
    for (size_t i = 0; i < a.npos; i++) r = std::hypot(r, arg_double(a[i]));
    return float_(r);
}

Object test_of(const Args& a, const char* name, bool (*f)(double)) {
    check_nargs(name, a, 1, 1);
    return bool_(f(arg_double(a[0])));
}
Object math_isfinite(const Args& a) { return test_of(a, "isfinite", [](double x) { return bool(std::isfinite(x)); }); }
Object math_isinf(const Args& a) { return test_of(a, "isinf", [](double x) { return bool(std::isinf(x)); }); }
Object math_isnan(const Args& a) { return test_of(a, "isnan", [](double x) { return bool(std::isnan(x)); }); }

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), as mathmodule.c's math_isclose_impl.
Object math_isclose(const Args& a) {
    check_nargs("isclose", a, 2, 2);
    check_kwargs("isclose", a, {"rel_tol", "abs_tol"});
    double x = arg_double(a[0]), y = arg_double(a[1]);
    Object rt = kwarg(a, "rel_tol"), at = kwarg(a, "abs_tol");
    double rel_tol = rt.null() ? 1e-09 : arg_double(rt), abs_tol = at.null() ? 0.0 : arg_double(at);
    if (rel_tol < 0.0 || abs_tol < 0.0) value_error("tolerances must be non-negative");
    if (x == y) return bool_(true);
    if (std::isinf(x) || std::isinf(y)) return bool_(false);
    double diff = std::fabs(y - x);
    return bool_((diff <= std::fabs(rel_tol * y)) || (diff <= std::fabs(rel_tol * x)) || (diff <= abs_tol));
}

mpz_class int_arg(const Object& o) {
    if (!is_intlike(o)) type_error("'" + type_name(o) + "' object cannot be interpreted as an integer");
    return int_to_mpz(o);
}

Object math_gcd(const Args& a) {
    mpz_class g = 0;
    for (size_t i = 0; i < a.npos; i++) mpz_gcd(g.get_mpz_t(), g.get_mpz_t(), int_arg(a[i]).get_mpz_t());
    return int_from_mpz(g);
}

Object math_factorial(const Args& a) {
    check_nargs("factorial", a, 1, 1);
    if (is_float(a[0])) type_error("'float' object cannot be interpreted as an integer");
    mpz_class n = int_arg(a[0]);
    if (n < 0) value_error("factorial() not defined for negative values");
    mpz_class r;
    mpz_fac_ui(r.get_mpz_t(), n.get_ui());
    return int_from_mpz(r);
}

Object math_isqrt(const Args& a) {
    check_nargs("isqrt", a, 1, 1);
    mpz_class n = int_arg(a[0]);
    if (n < 0) value_error("isqrt() argument must be nonnegative");
    mpz_class r;
    mpz_sqrt(r.get_mpz_t(), n.get_mpz_t());
    return int_from_mpz(r);
}

// fsum: Shewchuk's exact partial sums, rounded half-even at the end (mathmodule.c's math_fsum).
Object math_fsum(const Args& a) {
    check_nargs("fsum", a, 1, 1);
    std::vector<double> p;
    double special_sum = 0.0, inf_sum = 0.0;
    for (const Object& item : to_vector(a[0])) {
        double x = arg_double(item);
        double xsave = x;
        size_t i = 0;
        for (double y : p) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        p.resize(i);
        if (x != 0.0) {
            if (!std::isfinite(x)) {
                // a nonfinite x could arise either from an intermediate overflow or from a nan/inf summand
                if (std::isfinite(xsave)) raise(OverflowErrorType, "intermediate overflow in fsum");
                if (std::isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                p.clear();
            } else {
                p.push_back(x);
            }
        }
    }
    if (special_sum != 0.0) {
        if (std::isnan(inf_sum)) value_error("-inf + inf in fsum");
        return float_(special_sum);
    }
    double hi = 0.0;
    size_t n = p.size();
    if (n > 0) {
        hi = p[--n];
        double lo = 0;
        while (n > 0) {  // sum_exact(p[:n]) + hi, stopping once the sum is inexact
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        // round half-even: when lo is exactly half an ulp, the next partial decides the direction
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y, yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return float_(hi);
}

}  // namespace

void init_math_module(ModuleObj& m) {
    module_add(m, "pi", float_(M_PI));
    module_add(m, "e", float_(M_E));
    module_add(m, "tau", float_(2 * M_PI));
    module_add(m, "inf", float_(INFINITY));
    module_add(m, "nan", float_(NAN));
    module_add_functions(m, {{"sqrt", math_sqrt}, {"exp", math_exp}, {"sin", math_sin}, {"cos", math_cos},
                             {"tan", math_tan}, {"asin", math_asin}, {"acos", math_acos}, {"atan", math_atan},
                             {"fabs", math_fabs}, {"log", math_log}, {"log2", math_log2}, {"log10", math_log10},
                             {"floor", math_floor}, {"ceil", math_ceil}, {"trunc", math_trunc}, {"pow", math_pow},
                             {"atan2", math_atan2}, {"copysign", math_copysign}, {"hypot", math_hypot},
                             {"isfinite", math_isfinite}, {"isinf", math_isinf}, {"isnan", math_isnan},
                             {"isclose", math_isclose}, {"gcd", math_gcd}, {"factorial", math_factorial},
                             {"isqrt", math_isqrt}, {"fsum", math_fsum}});
    add_math_extras(m);  // lcm, comb, perm, prod, dist, and hypot of any number of coordinates
}

}  // namespace pyco
