// itertools' combinatoric iterators (CPython's Modules/itertoolsmodule.c): product, permutations, combinations
// and combinations_with_replacement. Each keeps the indices of its current tuple into the pool(s) it copied at
// construction, and steps them as the recipes in the itertools documentation do.
#include <fmt/format.h>

#include "internal.h"
#include "internal/module_args.h"
#include "internal/module_registry.h"
#include "internal/type_setup.h"

namespace pyco::itertools {

namespace {

Type ProductType("product", "itertools", &ObjectType);
Type PermutationsType("permutations", "itertools", &ObjectType);
Type CombinationsType("combinations", "itertools", &ObjectType);
Type CwrType("combinations_with_replacement", "itertools", &ObjectType);

// The state all four share: the pool(s), the current indices, and whether the first tuple was given.
struct CombObj : Obj {
    std::vector<std::vector<Object>> pools;  // product: one per factor; the others: a single pool
    std::vector<int64_t> indices, cycles;    // cycles: permutations only
    int64_t r = 0;
    bool started = false, stopped = false;
    explicit CombObj(const Type* t) : Obj(t) {}
};

CombObj* comb(const Object& o) { return o.as<CombObj>(); }

Object pick(const std::vector<Object>& pool, const std::vector<int64_t>& idx, int64_t r) {
    std::vector<Object> items;
    items.reserve(size_t(r));
    for (int64_t i = 0; i < r; ++i) items.push_back(pool[size_t(idx[size_t(i)])]);
    return tuple_from(std::move(items));
}

// permutations, combinations and combinations_with_replacement: the first tuple picks the pool at the initial
// indices, each next one at the indices `advance` moves to, until it finds none.
Object next_pick(const Object& o, bool (*advance)(CombObj* p)) {
    CombObj* p = comb(o);
    if (p->stopped) return {};
    if (p->started && !advance(p)) {
        p->stopped = true;
        return {};
    }
    p->started = true;
    return pick(p->pools[0], p->indices, p->r);
}

int64_t r_argument(const Object& r) {
    int64_t v = index_value(r);
    if (v < 0) value_error("r must be non-negative");
    return v;
}

// ---- product ----

Object product_ctor(const Type&, const Args& a) {
    int64_t repeat = 1;
    for (size_t k = 0; k < a.nkw; ++k) {
        if (a.kw[k].name != "repeat")
            type_error(fmt::format("'{}' is an invalid keyword argument for product()", a.kw[k].name));
        repeat = index_value(a.kw[k].value);
    }
    if (repeat < 0) value_error("repeat argument cannot be negative");
    auto* p = new CombObj(&ProductType);
    Object self = Object::adopt(p);
    std::vector<std::vector<Object>> given;
    for (size_t i = 0; i < a.npos; ++i) given.push_back(to_vector(a[i]));
    for (int64_t k = 0; k < repeat; ++k) p->pools.insert(p->pools.end(), given.begin(), given.end());
    p->indices.assign(p->pools.size(), 0);
    return self;
}

Object product_tuple(CombObj* p) {
    std::vector<Object> items;
    for (size_t i = 0; i < p->pools.size(); ++i) items.push_back(p->pools[i][size_t(p->indices[i])]);
    return tuple_from(std::move(items));
}

Object product_next(const Object& o) {
    CombObj* p = comb(o);
    if (p->stopped) return {};
    if (!p->started) {
        p->started = true;
        for (auto& pool : p->pools)
            if (pool.empty()) {
                p->stopped = true;
                return {};
            }
        return product_tuple(p);
    }
    // The rightmost index advances like an odometer; when all roll over, the product is done.
    for (size_t i = p->pools.size(); i-- > 0;) {
        if (++p->indices[i] < int64_t(p->pools[i].size())) return product_tuple(p);
        p->indices[i] = 0;
    }
    p->stopped = true;
    return {};
}

// ---- permutations ----

Object permutations_ctor(const Type&, const Args& a) {
    std::vector<Object> v = clinic_args("permutations", a, {"iterable", "r"}, 1);
    auto* p = new CombObj(&PermutationsType);
    Object self = Object::adopt(p);
    p->pools.push_back(to_vector(v[0]));
    int64_t n = int64_t(p->pools[0].size());
    if (v[1].null() || is_none(v[1])) p->r = n;
    else if (!is_int(v[1])) type_error("Expected int as r");
    else p->r = r_argument(v[1]);
    for (int64_t i = 0; i < n; ++i) p->indices.push_back(i);
    for (int64_t i = 0; i < p->r; ++i) p->cycles.push_back(n - i);
    p->stopped = p->r > n;
    return self;
}

bool permutations_advance(CombObj* p) {
    int64_t n = int64_t(p->pools[0].size());
    auto& idx = p->indices;
    for (int64_t i = p->r - 1; i >= 0; --i) {
        if (--p->cycles[size_t(i)] == 0) {  // rotate indices[i:] left by one
            int64_t first = idx[size_t(i)];
            for (int64_t j = i; j < n - 1; ++j) idx[size_t(j)] = idx[size_t(j + 1)];
            idx[size_t(n - 1)] = first;
            p->cycles[size_t(i)] = n - i;
        } else {
            int64_t j = p->cycles[size_t(i)];
            std::swap(idx[size_t(i)], idx[size_t(n - j)]);
            return true;
        }
    }
    return false;
}

Object permutations_next(const Object& o) { return next_pick(o, permutations_advance); }

// ---- combinations / combinations_with_replacement ----

Object comb_make(const Type& t, const char* fname, const Args& a) {
    std::vector<Object> v = clinic_args(fname, a, {"iterable", "r"}, 2);
    auto* p = new CombObj(&t);
    Object self = Object::adopt(p);
    p->pools.push_back(to_vector(v[0]));
    p->r = r_argument(v[1]);
    return self;
}

Object combinations_ctor(const Type&, const Args& a) {
    Object self = comb_make(CombinationsType, "combinations", a);
    CombObj* p = comb(self);
    for (int64_t i = 0; i < p->r; ++i) p->indices.push_back(i);
    p->stopped = p->r > int64_t(p->pools[0].size());
    return self;
}

bool combinations_advance(CombObj* p) {
    int64_t n = int64_t(p->pools[0].size()), r = p->r, i = r - 1;
    auto& idx = p->indices;
    while (i >= 0 && idx[size_t(i)] == i + n - r) --i;  // the rightmost index not at its maximum
    if (i < 0) return false;
    ++idx[size_t(i)];
    for (int64_t j = i + 1; j < r; ++j) idx[size_t(j)] = idx[size_t(j - 1)] + 1;
    return true;
}

Object combinations_next(const Object& o) { return next_pick(o, combinations_advance); }

Object cwr_ctor(const Type&, const Args& a) {
    Object self = comb_make(CwrType, "combinations_with_replacement", a);
    CombObj* p = comb(self);
    p->indices.assign(size_t(p->r), 0);
    p->stopped = p->pools[0].empty() && p->r > 0;
    return self;
}

bool cwr_advance(CombObj* p) {
    int64_t n = int64_t(p->pools[0].size()), r = p->r, i = r - 1;
    auto& idx = p->indices;
    while (i >= 0 && idx[size_t(i)] == n - 1) --i;
    if (i < 0) return false;
    int64_t v = idx[size_t(i)] + 1;
    for (int64_t j = i; j < r; ++j) idx[size_t(j)] = v;
    return true;
}

Object cwr_next(const Object& o) { return next_pick(o, cwr_advance); }

}  // namespace

}  // namespace pyco::itertools

void pyco::setup_itertools_combinatorics() {
    using namespace itertools;
    set_iterator_type(ProductType, product_next, product_ctor);
    set_iterator_type(PermutationsType, permutations_next, permutations_ctor);
    set_iterator_type(CombinationsType, combinations_next, combinations_ctor);
    set_iterator_type(CwrType, cwr_next, cwr_ctor);
}

namespace pyco::itertools {

void add_combinatorics(ModuleObj& m) {
    module_add(m, "product", type_object(ProductType));
    module_add(m, "permutations", type_object(PermutationsType));
    module_add(m, "combinations", type_object(CombinationsType));
    module_add(m, "combinations_with_replacement", type_object(CwrType));
}

}  // namespace pyco::itertools
