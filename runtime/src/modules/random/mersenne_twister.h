// CPython's Mersenne Twister (Modules/_randommodule.c), private to the runtime's `random` module.
#pragma once

#include <gmpxx.h>

#include <cstdint>
#include <vector>

namespace pyco {

class MersenneTwister {
public:
    static constexpr int N = 624, M = 397;
    void init_genrand(uint32_t s);
    void init_by_array(const std::vector<uint32_t>& key);
    void seed_mpz(const mpz_class& n);  // random.seed(n) for an int n
    uint32_t genrand_uint32();
    double random();                           // random.random()
    mpz_class getrandbits(uint64_t k);         // random.getrandbits(k)
    mpz_class randbelow(const mpz_class& n);   // Random._randbelow(n): uniform in [0, n)

private:
    uint32_t mt[N] = {};
    int index = N + 1;
};

}  // namespace pyco
