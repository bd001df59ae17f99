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
    auto t = translate_file(path, diags);
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
    CHECK(cpp.find("static pyco::Coro fn_fetch(const pyco::CodeInfo&, pyco::Object, pyco::Object v_url)") !=
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

TEST_CASE("a module's unit has its entry point and the ModuleDef the import system finds it by, and no main") {
    std::string cpp = translate("x = 1\n");
    CHECK(cpp.find("void module_body()") != std::string::npos);
    CHECK(cpp.find("const pyco::ModuleDef module_def{.name = \"__main__\"") != std::string::npos);
    CHECK(cpp.find("{\"x\", &g_x}") != std::string::npos);
    CHECK(cpp.find("int main(") == std::string::npos);
}

TEST_CASE("a FuncInfo names only the fields that differ from their defaults") {
    std::string cpp = translate("async def greet(name, delay):\n    pass\n");
    CHECK(cpp.find("static const pyco::FuncInfo fi_greet{.name = \"greet\", .qualname = \"greet\", .code = &code_greet, "
                   ".params = {\"name\", \"delay\"}, .is_async = true};") != std::string::npos);
}

TEST_CASE("each constant's declaration shows its Python value, which cannot break the comment") {
    std::string cpp = translate("a = 'greeter'\nb = 0.01\nc = 'x\\ny'\nd = 'tail\\\\'\ne = '" + std::string(60, 'z') +
                                "'\n");
    CHECK(cpp.find("static pyco::Object k_0;  // \"greeter\"\n") != std::string::npos);
    CHECK(cpp.find("static pyco::Object k_1;  // 0.01\n") != std::string::npos);
    CHECK(cpp.find("static pyco::Object k_2;  // \"x\\ny\"\n") != std::string::npos);
    CHECK(cpp.find("static pyco::Object k_3;  // \"tail\\\\\"\n") != std::string::npos);
    CHECK(cpp.find("static pyco::Object k_4;  // \"" + std::string(40, 'z') + "\"...\n") != std::string::npos);
}

TEST_CASE("jumps through a finally body use named codes") {
    std::string cpp = translate("def f():\n    for i in range(3):\n        try:\n            break\n"
                                "        finally:\n            pass\n");
    CHECK(cpp.find("enum How { kHowNone, kHowBreak, kHowContinue, kHowReturn };") != std::string::npos);
    CHECK(cpp.find("= kHowBreak; goto _finally") != std::string::npos);
    CHECK(cpp.find("== kHowBreak) break;") != std::string::npos);
}

TEST_CASE("except clauses form one flat if-else chain") {
    std::string cpp = translate("try:\n    pass\nexcept ValueError:\n    pass\nexcept KeyError:\n    pass\n");
    CHECK(cpp.find("if (pyco::exception_matches(_exc1, b_ValueError)) {") != std::string::npos);
    CHECK(cpp.find("} else if (pyco::exception_matches(_exc1, b_KeyError)) {") != std::string::npos);
    size_t rethrow = cpp.find("pyco::rethrow(_exc1);");
    REQUIRE(rethrow != std::string::npos);
    CHECK(cpp.rfind("} else {", rethrow) > cpp.find("} else if"));
    CHECK(cpp.find("if (!_exc1.null())") == cpp.rfind("if (!_exc1.null())"));  // no nesting per clause
}

TEST_CASE("nothing is written after a function's last return") {
    std::string cpp = translate("def f(x):\n    return x\n");
    CHECK(cpp.find("return pyco::load_local(v_x, \"x\");\n    } catch") != std::string::npos);
}
