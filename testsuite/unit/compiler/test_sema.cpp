// Scope analysis and CPython's compile-time errors, on small programs.
#include <catch2/catch.hpp>

#include "parse/parse.h"
#include "pipeline.h"
#include "sema/checks.h"
#include "sema/builtin_names.h"
#include "sema/scopes.h"

#include <algorithm>

#include <pyco/builtins.h>
#include <pyco/module.h>

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
    CHECK(first_error("class C(metaclass=M):\n    pass\n") ==
          "'metaclass' keyword in a class definition is not supported by pyco");
    CHECK(first_error("import numpy\n") == "import of unknown module 'numpy': pyco does not provide it");
}

TEST_CASE("the compiler accepts exactly the imports the runtime provides") {
    auto runtime = pyco::provided_modules();
    std::sort(runtime.begin(), runtime.end());
    CHECK(sema::provided_modules() == runtime);
}

TEST_CASE("the compiler accepts exactly the builtins the runtime provides") {
    for (const std::string& name : sema::builtin_names()) {
        if (name == "True" || name == "False" || name == "None" || name == "__name__") continue;  // compiled inline
        INFO(name);
        CHECK(sema::is_provided_builtin(name) == pyco::is_builtin_name(name));
    }
}
