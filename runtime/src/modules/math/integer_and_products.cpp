// More of the math module (CPython's Modules/mathmodule.c): lcm, comb, perm, prod, and hypot/dist computed by
// mathmodule.c's vector_norm, so that results of three or more coordinates round as CPython's do.
#include <fmt/format.h>

#include <cfloat>
#include <cmath>

#include "pyco/module.h"
#include "internal/module_registry.h"
#include "internal/values.h"

namespace pyco {

namespace {

mpz_class integer_arg(const Object& o) {
    if (!is_intlike(o)) type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(o)));
    return int_to_mpz(o);
}

mpz_class non_negative(const Object& o, const char* what) {
    mpz_class v = integer_arg(o);
    if (v < 0) value_error(fmt::format("{} must be a non-negative integer", what));
    return v;
}

Object math_lcm(const Args& a) {
    check_no_kwargs("lcm", a);
    mpz_class r = 1;
    for (size_t i = 0; i < a.npos; ++i) mpz_lcm(r.get_mpz_t(), r.get_mpz_t(), integer_arg(a[i]).get_mpz_t());
    return int_from_mpz(r);
}

Object math_comb(const Args& a) {
    check_nargs("comb", a, 2, 2);
    mpz_class n = non_negative(a[0], "n"), k = non_negative(a[1], "k");
    if (k > n) return Object::small(0);
    if (!k.fits_ulong_p()) raise(OverflowErrorType, "min(n - k, k) must not exceed 9223372036854775807");
    mpz_class r;
    mpz_bin_ui(r.get_mpz_t(), n.get_mpz_t(), k.get_ui());
    return int_from_mpz(r);
}

Object math_perm(const Args& a) {
    check_nargs("perm", a, 1, 2);
    mpz_class n = non_negative(a[0], "n");
    mpz_class k = a.npos > 1 && !is_none(a[1]) ? non_negative(a[1], "k") : n;
    if (k > n) return Object::small(0);
    if (!k.fits_ulong_p()) raise(OverflowErrorType, "k must not exceed 9223372036854775807");
    mpz_class r = 1;
    for (unsigned long i = 0; i < k.get_ui(); ++i) r *= n - i;  // n * (n-1) * ... * (n-k+1)
    return int_from_mpz(r);
}

Object math_prod(const Args& a) {
    check_kwargs("prod", a, {"start"});
    check_nargs("prod", a, 1, 1);
    Object acc = kwarg(a, "start");
    if (acc.null()) acc = Object::small(1);
    Object it = iter(a[0]);
    for (Object x = next(it); !x.null(); x = next(it)) acc = mul(acc, x);
    return acc;
}

// ---- vector_norm: the correctly rounded Euclidean norm of mathmodule.c ----

struct DoubleLength {
    double hi, lo;
};

DoubleLength dl_fast_sum(double a, double b) {  // |a| >= |b|: a + b exactly as hi + lo
    double x = a + b;
    double z = x - a;
    return {x, b - z};
}

DoubleLength dl_split(double x) {  // Veltkamp splitting into 26-bit halves
    double t = x * 134217729.0;
    double hi = t - (t - x);
    return {hi, x - hi};
}

DoubleLength dl_mul(double x, double y) {  // Dekker's exact product
    DoubleLength xx = dl_split(x), yy = dl_split(y);
    double p = xx.hi * yy.hi;
    double q = xx.hi * yy.lo + xx.lo * yy.hi;
    double z = p + q;
    return {z, p - z + q + xx.lo * yy.lo};
}

double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
    if (std::isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || vec.size() <= 1) return max;
    int max_e;
    std::frexp(max, &max_e);
    if (max_e < -1023) {  // subnormals: scale up first, as ldexp(1.0, -max_e) would overflow
        for (double& x : vec) x /= DBL_MIN;
        return DBL_MIN * vector_norm(vec, max / DBL_MIN, found_nan);
    }
    double scale = std::ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (double x : vec) {
        x *= scale;
        DoubleLength pr = dl_mul(x, x);
        DoubleLength sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
    DoubleLength pr = dl_mul(-h, h);
    DoubleLength sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);  // differential correction
    return h / scale;
}

double coordinate(const Object& o) {
    if (!is_float(o) && !is_intlike(o)) type_error(fmt::format("must be real number, not {}", type_name(o)));
    return float_value(o);
}

double norm_of(std::vector<double>& vec) {
    double max = 0.0;
    bool found_nan = false;
    for (double& x : vec) {
        x = std::fabs(x);
        found_nan |= std::isnan(x);
        if (x > max) max = x;
    }
    return vector_norm(vec, max, found_nan);
}

Object math_hypot(const Args& a) {
    check_no_kwargs("hypot", a);
    std::vector<double> vec;
    for (size_t i = 0; i < a.npos; ++i) vec.push_back(coordinate(a[i]));
    return float_(norm_of(vec));
}

Object math_dist(const Args& a) {
    check_nargs("dist", a, 2, 2);
    std::vector<Object> p = to_vector(a[0]), q = to_vector(a[1]);
    if (p.size() != q.size()) value_error("both points must have the same number of dimensions");
    std::vector<double> vec;
    for (size_t i = 0; i < p.size(); ++i) vec.push_back(coordinate(p[i]) - coordinate(q[i]));
    return float_(norm_of(vec));
}

}  // namespace

void add_math_extras(ModuleObj& m) {
    module_add_functions(m, {{"lcm", math_lcm}, {"comb", math_comb}, {"perm", math_perm}, {"prod", math_prod},
                             {"hypot", math_hypot}, {"dist", math_dist}});
}

}  // namespace pyco
