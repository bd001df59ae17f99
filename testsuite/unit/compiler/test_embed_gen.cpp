// The typed C++ face of a Python module (codegen/embed_gen.h): annotations to C++ types, defaults to C++
// default arguments, async functions to pyco::Coroutine.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "pipeline.h"

using namespace pyco;

namespace {

std::string header_of(const std::string& src) {
    static int counter = 0;
    std::string path = "/tmp/pyco_unit_embed_" + std::to_string(getpid()) + "_" + std::to_string(++counter) + ".py";
    std::ofstream(path) << src;
    Diagnostics diags;
    ModuleOptions o;
    o.id = {"m", "", false};
    o.embed_modules_array = "pyco_embed_modules_m";
    auto t = translate_file(path, diags, o);
    std::remove(path.c_str());
    REQUIRE(t);
    CHECK(t->cpp.find("pyco::embed::import_module(pyco_embed_modules_m") != std::string::npos);
    return t->embed_header;
}

bool has(const std::string& text, const std::string& part) {
    if (text.find(part) != std::string::npos) return true;
    UNSCOPED_INFO(text);
    return false;
}

}  // namespace

TEST_CASE("scalar annotations map to C++ scalars, str parameters to string views") {
    std::string h = header_of("def f(a: int, b: float, c: bool, d: str, e: bytes) -> str: ...\n");
    CHECK(has(h, "namespace m {"));
    CHECK(has(h, "std::string f(int64_t a, double b, bool c, std::string_view d, const std::string& e);"));
}

TEST_CASE("containers, optionals and None") {
    std::string h = header_of(
        "from typing import Optional\n"
        "def f(xs: list[int], m: dict[str, list[float]], t: tuple[int, str]) -> None: ...\n"
        "def g(x: int | None, y: Optional[str]) -> dict[tuple[int, int], int]: ...\n");
    CHECK(has(h, "void f(const std::vector<int64_t>& xs, const std::unordered_map<std::string, std::vector<double>>& m, "
                 "const std::tuple<int64_t, std::string>& t);"));
    // A tuple key has no std::hash: the map is ordered.
    CHECK(has(h, "std::map<std::tuple<int64_t, int64_t>, int64_t> g(const std::optional<int64_t>& x, "
                 "const std::optional<std::string>& y);"));
}

TEST_CASE("anything else is a pyco::Object, and async functions return coroutines") {
    std::string h = header_of("async def f(x, y: 'Later') -> int: ...\ndef g(*args, **kw): ...\n");
    CHECK(has(h, "pyco::Coroutine<int64_t> f(pyco::Object x, pyco::Object y);"));
    CHECK(has(h, "pyco::Object g();"));
}

TEST_CASE("constant defaults become default arguments when they are trailing") {
    std::string h = header_of(
        "def f(a: int = 1, b: float = -2.5, *, c: str = 'x', d: bool = True): ...\n"
        "def g(a: int = 1, b: list[int] = [], c: int = 3): ...\n");
    CHECK(has(h, "pyco::Object f(int64_t a = 1, double b = -2.5, std::string_view c = \"x\", bool d = true);"));
    // [] is not a constant pyco spells: a and b are required in C++, c keeps its default.
    CHECK(has(h, "pyco::Object g(int64_t a, const std::vector<int64_t>& b, int64_t c = 3);"));
}

TEST_CASE("private functions are left out and C++ keywords renamed") {
    std::string h = header_of("def _hidden(): ...\ndef delete(new: int): ...\n");
    CHECK(h.find("_hidden") == std::string::npos);
    CHECK(has(h, "pyco::Object delete_(int64_t new_);"));
}
