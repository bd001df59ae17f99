// The `random` module: CPython's Mersenne Twister (_randommodule.c) and the algorithms of random.py on top of
// it, so that the same seed gives the same numbers as CPython 3.11.
#include <fmt/format.h>
#include <sys/random.h>
#include <unistd.h>

#include <cmath>
#include <ctime>

#include "mersenne_twister.h"
#include "internal/module_registry.h"
#include "internal/values.h"

namespace pyco {

// ---- the generator (ported from Modules/_randommodule.c) ----

void MersenneTwister::init_genrand(uint32_t s) {
    mt[0] = s;
    for (int i = 1; i < N; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + uint32_t(i);
    index = N;
}

void MersenneTwister::init_by_array(const std::vector<uint32_t>& key) {
    init_genrand(19650218U);
    size_t i = 1, j = 0;
    size_t k = N > key.size() ? N : key.size();
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + uint32_t(j);
        i++, j++;
        if (i >= N) mt[0] = mt[N - 1], i = 1;
        if (j >= key.size()) j = 0;
    }
    for (k = N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - uint32_t(i);
        i++;
        if (i >= N) mt[0] = mt[N - 1], i = 1;
    }
    mt[0] = 0x80000000U;  // MSB is 1, assuring a non-zero initial array
}

uint32_t MersenneTwister::genrand_uint32() {
    static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
    constexpr uint32_t upper = 0x80000000U, lower = 0x7fffffffU;
    if (index >= N) {
        int kk = 0;
        for (; kk < N - M; kk++) {
            uint32_t y = (mt[kk] & upper) | (mt[kk + 1] & lower);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 1U];
        }
        for (; kk < N - 1; kk++) {
            uint32_t y = (mt[kk] & upper) | (mt[kk + 1] & lower);
            mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 1U];
        }
        uint32_t y = (mt[N - 1] & upper) | (mt[0] & lower);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 1U];
        index = 0;
    }
    uint32_t y = mt[index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

// random_random: 53 random bits, as a double in [0, 1).
double MersenneTwister::random() {
    uint32_t a = genrand_uint32() >> 5, b = genrand_uint32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// Seeds from |n|: its 32-bit words, least significant first (random_seed in _randommodule.c).
void MersenneTwister::seed_mpz(const mpz_class& n) {
    mpz_class v = abs(n);
    std::vector<uint32_t> key;
    while (v != 0) {
        key.push_back(uint32_t(mpz_get_ui(mpz_class(v & 0xffffffffU).get_mpz_t())));
        v >>= 32;
    }
    if (key.empty()) key.push_back(0);
    init_by_array(key);
}

// getrandbits(k): 32-bit words filled least significant first; the last word keeps its top bits.
mpz_class MersenneTwister::getrandbits(uint64_t k) {
    if (k <= 32) return mpz_class(k == 0 ? 0U : genrand_uint32() >> (32 - k));
    mpz_class result = 0;
    for (uint64_t shift = 0; k; shift += 32) {
        uint32_t r = genrand_uint32();
        if (k < 32) r >>= (32 - k);
        result |= mpz_class(r) << shift;
        k = k >= 32 ? k - 32 : 0;
    }
    return result;
}

// _randbelow_with_getrandbits: rejection sampling over bit_length(n) bits.
mpz_class MersenneTwister::randbelow(const mpz_class& n) {
    if (n <= 0) return 0;
    uint64_t k = mpz_sizeinbase(n.get_mpz_t(), 2);
    mpz_class r = getrandbits(k);
    while (r >= n) r = getrandbits(k);
    return r;
}

namespace {

struct RandomState {
    MersenneTwister mt;
    Object gauss_next;  // the second value of the last Box-Muller pair, or null
};

RandomState& state() {
    static RandomState s;
    return s;
}

MersenneTwister& gen() { return state().mt; }

// seed(None): from the operating system's randomness, as CPython's random_seed_urandom.
void seed_from_urandom() {
    std::vector<uint32_t> key(MersenneTwister::N);
    ssize_t got = getrandom(key.data(), key.size() * sizeof(uint32_t), 0);
    if (got != ssize_t(key.size() * sizeof(uint32_t))) {  // fall back to the time and pid, as CPython does
        key.assign({uint32_t(time(nullptr)), uint32_t(getpid()), uint32_t(clock())});
    }
    gen().init_by_array(key);
}

Object int_result(const mpz_class& v) { return int_from_mpz(v); }

Object random_seed(const Args& a) {
    check_nargs("seed", a, 0, 2);
    Object s = a.npos ? a[0] : kwarg(a, "a");
    if (s.null() || is_none(s)) {
        seed_from_urandom();
    } else if (is_intlike(s)) {
        gen().seed_mpz(int_to_mpz(s));
    } else if (is_float(s)) {
        gen().seed_mpz(mpz_class(long(hash(s))));
    } else if (is_str(s)) {
        // Version 2 seeds a str from its bytes followed by their SHA-512, which pyco does not carry.
        raise(NotImplementedErrorType, "pyco's random.seed() does not support str seeds");
    } else {
        type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    state().gauss_next = Object();
    return None();
}

Object random_random(const Args& a) {
    check_nargs("random", a, 0, 0);
    return float_(gen().random());
}

Object random_getrandbits(const Args& a) {
    check_nargs("getrandbits", a, 1, 1);
    int64_t k = index_value(a[0]);
    if (k < 0) value_error("number of bits must be non-negative");
    return int_result(gen().getrandbits(uint64_t(k)));
}

// An int argument of randrange(); floats with integral values are accepted as CPython 3.11 still does.
mpz_class randrange_arg(const Object& o, const char* which) {
    if (is_intlike(o)) return int_to_mpz(o);
    if (is_float(o)) {
        double d = float_value(o);
        if (std::isfinite(d) && d == std::trunc(d)) return int_to_mpz(int_from_double(d));
        if (!std::isfinite(d)) int_from_double(d);  // CPython's int(inf) error
        value_error(fmt::format("non-integer {} for randrange()", which));
    }
    type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(o)));
}

std::string mpz_str(const mpz_class& v) { return v.get_str(); }

mpz_class randrange_value(const Object& start, const Object& stop, const Object& step) {
    mpz_class istart = randrange_arg(start, "arg 1");
    if (stop.null() || is_none(stop)) {
        if (!step.null()) type_error("Missing a non-None stop argument");
        if (istart > 0) return gen().randbelow(istart);
        value_error("empty range for randrange()");
    }
    mpz_class istop = randrange_arg(stop, "stop");
    mpz_class width = istop - istart;
    mpz_class istep = step.null() ? mpz_class(1) : randrange_arg(step, "step");
    if (istep == 1) {
        if (width > 0) return istart + gen().randbelow(width);
        value_error("empty range for randrange() (" + mpz_str(istart) + ", " + mpz_str(istop) + ", " +
                    mpz_str(width) + ")");
    }
    mpz_class n;
    if (istep > 0) mpz_fdiv_q(n.get_mpz_t(), mpz_class(width + istep - 1).get_mpz_t(), istep.get_mpz_t());
    else if (istep < 0) mpz_fdiv_q(n.get_mpz_t(), mpz_class(width + istep + 1).get_mpz_t(), istep.get_mpz_t());
    else value_error("zero step for randrange()");
    if (n <= 0) value_error("empty range for randrange()");
    return istart + istep * gen().randbelow(n);
}

Object random_randrange(const Args& a) {
    check_nargs("randrange", a, 1, 3);
    Object step = a.npos > 2 ? a[2] : kwarg(a, "step");
    return int_result(randrange_value(a[0], a.npos > 1 ? a[1] : kwarg(a, "stop"), step));
}

Object random_randint(const Args& a) {
    check_nargs("randint", a, 2, 2);
    Object stop = add(a[1], int_(1));
    return int_result(randrange_value(a[0], stop, Object()));
}

Object random_uniform(const Args& a) {
    check_nargs("uniform", a, 2, 2);
    return add(a[0], mul(binop(BinOp::Sub, a[1], a[0]), float_(gen().random())));
}

int64_t randbelow_small(int64_t n) { return int64_t(gen().randbelow(mpz_class(long(n))).get_si()); }

Object random_choice(const Args& a) {
    check_nargs("choice", a, 1, 1);
    int64_t n = len(a[0]);
    if (n == 0) raise(IndexErrorType, "Cannot choose from an empty sequence");
    return getitem(a[0], int_(randbelow_small(n)));
}

Object random_shuffle(const Args& a) {
    check_nargs("shuffle", a, 1, 1);
    const Object& x = a[0];
    for (int64_t i = len(x) - 1; i >= 1; i--) {
        Object j = int_(randbelow_small(i + 1)), io = int_(i);
        Object xi = getitem(x, io), xj = getitem(x, j);
        setitem(x, io, xj);
        setitem(x, j, xi);
    }
    return None();
}

// Sequences for sample(): what collections.abc.Sequence recognises among pyco's values.
bool is_sequence(const Object& o) {
    const Type* t = o.type();
    return t == &ListType || t == &TupleType || t == &StrType || t == &RangeType || t == &BytesType;
}

Object random_sample(const Args& a) {
    check_nargs("sample", a, 1, 2);
    Object pop = a[0], ko = a.npos > 1 ? a[1] : kwarg(a, "k");
    if (!is_sequence(pop)) type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
    if (ko.null()) type_error("sample() missing 1 required positional argument: 'k'");
    int64_t n = len(pop), k = index_value(ko);
    if (!(0 <= k && k <= n)) value_error("Sample larger than population or is negative");
    std::vector<Object> result(static_cast<size_t>(k));
    int64_t setsize = 21;  // size of a small set minus size of an empty list
    if (k > 5) setsize += int64_t(std::pow(4.0, std::ceil(std::log(double(k * 3)) / std::log(4.0))));
    if (n <= setsize) {
        std::vector<Object> pool = to_vector(pop);
        for (int64_t i = 0; i < k; i++) {
            int64_t j = randbelow_small(n - i);
            result[size_t(i)] = pool[size_t(j)];
            pool[size_t(j)] = pool[size_t(n - i - 1)];  // move the non-selected item into the vacancy
        }
    } else {
        std::vector<bool> selected(size_t(n), false);
        for (int64_t i = 0; i < k; i++) {
            int64_t j = randbelow_small(n);
            while (selected[size_t(j)]) j = randbelow_small(n);
            selected[size_t(j)] = true;
            result[size_t(i)] = getitem(pop, int_(j));
        }
    }
    return list_from(std::move(result));
}

// bisect.bisect_right(cum, x, 0, hi)
int64_t bisect_right(const std::vector<Object>& cum, const Object& x, int64_t hi) {
    int64_t lo = 0;
    while (lo < hi) {
        int64_t mid = (lo + hi) / 2;
        if (compare_bool(CmpOp::Lt, x, cum[size_t(mid)])) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

Object random_choices(const Args& a) {
    check_nargs("choices", a, 1, 2);
    check_kwargs("choices", a, {"population", "weights", "cum_weights", "k"});
    Object pop = a[0];
    Object weights = a.npos > 1 ? a[1] : kwarg(a, "weights"), cum = kwarg(a, "cum_weights"), ko = kwarg(a, "k");
    int64_t k = ko.null() ? 1 : index_value(ko);
    int64_t n = len(pop);
    std::vector<Object> out;
    if ((cum.null() || is_none(cum)) && (weights.null() || is_none(weights))) {
        double nf = double(n);
        for (int64_t i = 0; i < k; i++) out.push_back(getitem(pop, int_(int64_t(std::floor(gen().random() * nf)))));
        return list_from(std::move(out));
    }
    std::vector<Object> cw;
    if (cum.null() || is_none(cum)) {
        if (is_intlike(weights)) {
            type_error("The number of choices must be a keyword argument: k=" + repr_utf8(weights));
        }
        Object total;
        for (const Object& w : to_vector(weights)) cw.push_back(total = total.null() ? w : add(total, w));
    } else {
        if (!(weights.null() || is_none(weights))) type_error("Cannot specify both weights and cumulative weights");
        cw = to_vector(cum);
    }
    if (int64_t(cw.size()) != n) value_error("The number of weights does not match the population");
    double total = float_value(add(cw.back(), float_(0.0)));
    if (total <= 0.0) value_error("Total of weights must be greater than zero");
    if (!std::isfinite(total)) value_error("Total of weights must be finite");
    for (int64_t i = 0; i < k; i++) {
        Object x = float_(gen().random() * total);
        out.push_back(getitem(pop, int_(bisect_right(cw, x, n - 1))));
    }
    return list_from(std::move(out));
}

Object random_gauss(const Args& a) {
    check_nargs("gauss", a, 0, 2);
    Object mu = a.npos > 0 ? a[0] : kwarg(a, "mu"), sigma = a.npos > 1 ? a[1] : kwarg(a, "sigma");
    if (mu.null()) mu = float_(0.0);
    if (sigma.null()) sigma = float_(1.0);
    Object z = state().gauss_next;
    state().gauss_next = Object();
    if (z.null()) {
        double x2pi = gen().random() * (2.0 * M_PI);  // random.py: random() * TWOPI
        double g2rad = std::sqrt(-2.0 * std::log(1.0 - gen().random()));
        z = float_(std::cos(x2pi) * g2rad);
        state().gauss_next = float_(std::sin(x2pi) * g2rad);
    }
    return add(mu, mul(z, sigma));
}

}  // namespace

void init_random_module(ModuleObj& m) {
    seed_from_urandom();
    module_add_functions(m, {{"seed", random_seed}, {"random", random_random}, {"getrandbits", random_getrandbits},
                             {"randrange", random_randrange}, {"randint", random_randint}, {"uniform", random_uniform},
                             {"choice", random_choice}, {"choices", random_choices}, {"shuffle", random_shuffle},
                             {"sample", random_sample}, {"gauss", random_gauss}});
}

}  // namespace pyco
