// functools parts tested alone: the life of an lru_cache wrapper, which the exit registry does not own.
#include <catch2/catch.hpp>

#include "pyco/module.h"
#include "values_test_support.h"

using namespace values_test;

namespace {

Object answer(FunctionObj*, const Args&) { return int_(42); }

}  // namespace

TEST_CASE("an lru_cache wrapper whose reference cycle is broken dies then, not at exit") {
    static const FuncInfo info{"f", "f"};
    Object f = make_function(&info, answer);
    const auto refs_before = f.ptr()->refcnt;
    Object w = call(getattr(import_module("functools"), "cache"), {f});
    CHECK(r(call(w)) == "42");
    CHECK(f.ptr()->refcnt > refs_before);
    // cache_info and cache_clear are bound to the wrapper and kept in its __dict__: the cycle.
    delattr(w, "cache_info");
    delattr(w, "cache_clear");
    w = Object();
    CHECK(f.ptr()->refcnt == refs_before);
}
