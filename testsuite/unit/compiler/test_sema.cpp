// Scope analysis and CPython's compile-time errors, on small programs.
#include <catch2/catch.hpp>

#include "parse/parse.h"
#include "pipeline.h"
#include "sema/checks.h"
#include "sema/builtin_names.h"
#include "sema/scopes.h"

#include <pyco/builtins.h>
#include <pyco/module.h>
#include <pyco/program.h>

using namespace pyco;

namespace {

struct Analyzed {
    Diagnostics diags;
    std::optional<ast::Module> module;
    sema::ModuleScopes scopes;
};

std::unique_ptr<Analyzed> analyze(const std::string& src) {
    auto a = std::make_unique<Analyzed>();
    a->module = parse_module("t.py", "/t.py", src, a->diags);
    REQUIRE(a->module);
    sema::check_module(*a->module, "t.py", a->diags);
    a->scopes = sema::analyze_scopes(*a->module, "t.py", a->diags);
    return a;
}

const sema::Scope& child(const sema::Scope& s, size_t i) { return *s.children.at(i); }

std::string first_error(const std::string& src) {
    auto a = analyze(src);
    REQUIRE(a->diags.has_errors());
    return a->diags.items().front().message;
}

}  // namespace

TEST_CASE("assignment makes a name local to its function") {
    auto a = analyze("x = 1\ndef f():\n    x = 2\n    return x\n");
    const auto& f = child(*a->scopes.module, 0);
    CHECK(f.kind_of("x") == sema::VarKind::Local);
    CHECK(a->scopes.module->kind_of("x") == sema::VarKind::Global);
}

TEST_CASE("a name read but never bound is global or builtin") {
    auto a = analyze("y = 1\ndef f():\n    print(y)\n");
    const auto& f = child(*a->scopes.module, 0);
    CHECK(f.kind_of("y") == sema::VarKind::Global);
    CHECK(f.kind_of("print") == sema::VarKind::Builtin);
}

TEST_CASE("a variable captured by a nested function is a cell there and free inside") {
    auto a = analyze("def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n    return inner\n");
    const auto& outer = child(*a->scopes.module, 0);
    const auto& inner = child(outer, 0);
    CHECK(outer.kind_of("n") == sema::VarKind::Cell);
    CHECK(inner.kind_of("n") == sema::VarKind::Free);
    CHECK(inner.qualname == "outer.<locals>.inner");
}

TEST_CASE("global declarations make assignments module globals") {
    auto a = analyze("def f():\n    global counter\n    counter = 1\n");
    CHECK(child(*a->scopes.module, 0).kind_of("counter") == sema::VarKind::Global);
    CHECK(a->scopes.module_globals.count("counter") == 1);
}

TEST_CASE("comprehension variables do not become locals of the function") {
    auto a = analyze("def f():\n    return [i for i in range(3)]\n");
    CHECK(child(*a->scopes.module, 0).kinds.count("i") == 0);
}

TEST_CASE("methods see class-level names only through the class, and super() gets the __class__ cell") {
    auto a = analyze("class C:\n    x = 1\n    def f(self):\n        return super().f() + x\n");
    const auto& cls = child(*a->scopes.module, 0);
    const auto& f = child(cls, 0);
    CHECK(cls.kind_of("x") == sema::VarKind::Class);
    CHECK(f.kind_of("x") == sema::VarKind::Global);
    CHECK(f.kind_of("__class__") == sema::VarKind::Free);
    CHECK(cls.kind_of("__class__") == sema::VarKind::Cell);
    CHECK(f.qualname == "C.f");
}

TEST_CASE("await outside a function is CPython's SyntaxError") {
    CHECK(first_error("await x\n") == "SyntaxError: 'await' outside function");
}

TEST_CASE("await in a plain function is CPython's SyntaxError") {
    CHECK(first_error("def f():\n    await x\n") == "SyntaxError: 'await' outside async function");
}

TEST_CASE("return, break and continue outside their context are SyntaxErrors") {
    CHECK(first_error("return 1\n") == "SyntaxError: 'return' outside function");
    CHECK(first_error("break\n") == "SyntaxError: 'break' outside loop");
    CHECK(first_error("continue\n") == "SyntaxError: 'continue' not properly in loop");
}

TEST_CASE("nonlocal at module level is a SyntaxError") {
    CHECK(first_error("nonlocal x\n") == "SyntaxError: nonlocal declaration not allowed at module level");
}

TEST_CASE("duplicate parameters are a SyntaxError") {
    CHECK(first_error("def f(a, a):\n    pass\n") == "SyntaxError: duplicate argument 'a' in function definition");
}

TEST_CASE("constructs pyco cannot compile yet are named in the diagnostic") {
    CHECK(first_error("def f(k):\n    globals()[k] = 1\n") ==
          "writing to the dict globals() returns is not supported by pyco (a compiled module keeps its variables "
          "outside that dict); assign the variables by name");
}

TEST_CASE("import * inside a function is a SyntaxError") {
    CHECK(first_error("def f():\n    from m import *\n") ==
          "SyntaxError: import * only allowed at module level");
}

// builtins.def and modules.def are the one list each side reads; what is left to check is that every entry has
// an implementation behind it, and that the compiler rejects the others in words the user understands.
namespace {
struct TableEntry {
    std::string name;
    std::string_view kind;
};
const TableEntry kBuiltins[] = {
#define PYCO_BUILTIN(name, kind) {#name, #kind},
#include <pyco/builtins.def>
#undef PYCO_BUILTIN
};
const char* const kModules[] = {
#define PYCO_MODULE(name, init) name,
#include <pyco/modules.def>
#undef PYCO_MODULE
};
}  // namespace

TEST_CASE("every builtin builtins.def marks provided is implemented by the runtime") {
    pyco::runtime_init();
    for (const TableEntry& b : kBuiltins) {
        if (b.kind != "provided") continue;
        INFO(b.name);
        CHECK(sema::is_provided_builtin(b.name));
        CHECK_FALSE(pyco::builtin(b.name).null());
    }
}

TEST_CASE("a builtin pyco does not provide is rejected by the compiler, naming it") {
    for (const TableEntry& b : kBuiltins) {
        if (b.kind != "unprovided") continue;
        INFO(b.name);
        CHECK(pyco::builtin(b.name).null());
        Diagnostics diags;
        CHECK_FALSE(translate_source("t.py", "/t.py", "x = " + b.name + "\n", diags));
        REQUIRE(diags.has_errors());
        CHECK(diags.items().front().message == "builtin '" + b.name + "' is not supported by pyco");
    }
}

TEST_CASE("the builtins module's own attributes are each module's globals") {
    auto a = analyze("def f():\n    return __doc__, __spec__, len\n");
    const auto& f = child(*a->scopes.module, 0);
    CHECK(f.kind_of("__doc__") == sema::VarKind::Global);
    CHECK(f.kind_of("__spec__") == sema::VarKind::Global);
    CHECK(f.kind_of("len") == sema::VarKind::Builtin);
}

TEST_CASE("every module modules.def lists compiles and imports") {
    pyco::runtime_init();
    for (const char* name : kModules) {
        INFO(name);
        CHECK_FALSE(analyze(std::string("import ") + name + "\n")->diags.has_errors());
        CHECK(isinstance_exact(pyco::import_module(name), ModuleType));
    }
}
