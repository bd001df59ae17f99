// Properties of the generated C++ that the rest of the system relies on.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "codegen/cpp_text.h"
#include "pipeline.h"

using namespace pyco;

namespace {

std::string translate(const std::string& src) {
    // ctest runs test cases in parallel processes: each needs a file of its own.
    static int counter = 0;
    std::string path = "/tmp/pyco_unit_codegen_" + std::to_string(getpid()) + "_" + std::to_string(++counter) + ".py";
    std::ofstream(path) << src;
    Diagnostics diags;
    std::string source;
    auto t = translate_file(path, source, diags);
    std::remove(path.c_str());
    REQUIRE(t);
    return t->cpp;
}

}  // namespace

TEST_CASE("string literals keep their bytes and escape what C++ would misread") {
    CHECK(codegen::cpp_string("a\"b\\c\n") == "\"a\\\"b\\\\c\\n\"");
    CHECK(codegen::cpp_string(std::string("\0" "1", 2)) == "\"\\0001\"");
    CHECK(codegen::cpp_string("协程") == "\"协程\"");
    CHECK(codegen::cpp_string("?" "?=") == "\"\\?\\?=\"");
}

TEST_CASE("identifiers outside ASCII are spelled with their code points") {
    CHECK(codegen::cpp_ident("任务") == "_u4EFB_u52A1");
    CHECK(codegen::cpp_ident("task_1") == "task_1");
}

TEST_CASE("generated code has #line directives back to the Python file") {
    std::string cpp = translate("x = 1\nprint(x)\n");
    CHECK(cpp.find("#line 2 \"/tmp/pyco_unit_codegen_") != std::string::npos);
}

TEST_CASE("an async def becomes a C++ coroutine named after the function") {
    std::string cpp = translate("async def fetch(url):\n    return url\n");
    CHECK(cpp.find("static pyco::Coro fn_fetch(const pyco::CodeInfo&, pyco::Object, [[maybe_unused]] pyco::Object v_url)") !=
          std::string::npos);
    CHECK(cpp.find("co_return") != std::string::npos);
}

TEST_CASE("call arguments are evaluated left to right into temporaries before the call") {
    std::string cpp = translate("def f():\n    pass\ndef g():\n    pass\nprint(f(), g())\n");
    size_t f = cpp.find("pyco::load_global(g_f,");
    size_t g = cpp.find("pyco::load_global(g_g,");
    REQUIRE(f != std::string::npos);
    REQUIRE(g != std::string::npos);
    CHECK(f < g);
}

TEST_CASE("a binary operation on one line records CPython's caret anchors") {
    std::string cpp = translate("x = 1\ny = x  +  2\n");
    // `x  +  2`: the operator starts 3 code points into the expression and is one character wide.
    CHECK(cpp.find("{2, 4, 2, 11, 3, 4}") != std::string::npos);
}

TEST_CASE("the module has an entry point and main can be left out for embedding") {
    std::string cpp = translate("pass\n");
    CHECK(cpp.find("void module_body()") != std::string::npos);
    CHECK(cpp.find("#ifndef PYCO_NO_MAIN") != std::string::npos);
}
