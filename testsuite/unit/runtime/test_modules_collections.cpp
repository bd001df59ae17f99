// collections (its C++ half, _collections) and itertools parts tested alone: Counter.most_common's tie order,
// deque.rotate, and the order of the combinatoric iterators, against results recorded from CPython 3.11.
#include <catch2/catch.hpp>

#include "pyco/module.h"
#include "values_test_support.h"

using namespace values_test;

namespace {

Object attr(const char* module, const char* name) { return getattr(import_module(module), name); }

Object deque_of(std::initializer_list<Object> items) { return call(attr("_collections", "deque"), {list_(items)}); }

std::string listed(const Object& iterable) { return r(call(type_object(ListType), {iterable})); }

}  // namespace

TEST_CASE("Counter.most_common orders by count with ties in first-seen order") {
    Object c = call(attr("_collections", "Counter"), {S("zyxyzw")});
    CHECK(r(m(c, "most_common")) == "[('z', 2), ('y', 2), ('x', 1), ('w', 1)]");
    CHECK(r(m(c, "most_common", {I(3)})) == "[('z', 2), ('y', 2), ('x', 1)]");
    CHECK(r(m(c, "most_common", {I(-1)})) == "[]");
    CHECK(r(c) == "Counter({'z': 2, 'y': 2, 'x': 1, 'w': 1})");
}

TEST_CASE("Counter counts a missing key as zero without storing it") {
    Object c = call(attr("_collections", "Counter"), {S("aab")});
    CHECK(r(getitem(c, S("q"))) == "0");
    CHECK(len(c) == 2);
}

TEST_CASE("deque.rotate turns right for positive n and left for negative n, modulo the length") {
    Object d = deque_of({I(0), I(1), I(2), I(3), I(4)});
    m(d, "rotate", {I(2)});
    CHECK(r(d) == "deque([3, 4, 0, 1, 2])");
    m(d, "rotate", {I(-3)});
    CHECK(r(d) == "deque([1, 2, 3, 4, 0])");
    m(d, "rotate", {I(11)});
    CHECK(r(d) == "deque([0, 1, 2, 3, 4])");
}

TEST_CASE("a bounded deque drops items from the opposite end") {
    Object d = call(attr("_collections", "deque"), {list_({I(1), I(2), I(3)})}, {{"maxlen", I(2)}});
    CHECK(r(d) == "deque([2, 3], maxlen=2)");
    m(d, "appendleft", {I(0)});
    CHECK(r(d) == "deque([0, 2], maxlen=2)");
    CHECK(err([&] { m(deque_of({}), "pop"); }) == "IndexError: pop from an empty deque");
}

TEST_CASE("itertools combinatorics follow CPython's lexicographic orders") {
    CHECK(listed(call(attr("itertools", "permutations"), {S("abc"), I(2)})) ==
          "[('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')]");
    CHECK(listed(call(attr("itertools", "combinations_with_replacement"), {S("ab"), I(2)})) ==
          "[('a', 'a'), ('a', 'b'), ('b', 'b')]");
    CHECK(listed(call(attr("itertools", "product"), {S("ab")}, {{"repeat", I(2)}})) ==
          "[('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')]");
}

TEST_CASE("itertools.count and repeat print as CPython does") {
    Object c = call(attr("itertools", "count"), {I(3), I(2)});
    next(c);
    CHECK(r(c) == "count(5, 2)");
    CHECK(r(call(attr("itertools", "repeat"), {S("x"), I(2)})) == "repeat('x', 2)");
}
