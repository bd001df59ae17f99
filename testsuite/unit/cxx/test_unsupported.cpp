// What cannot be mapped is reported with the reason; what is not public API is left out (fixtures/unsupported.hpp).
#include "reader_test_support.h"

using namespace pyco::cxx;
using namespace pyco::cxx::test;

namespace {

const Api& odd() { return read_fixture("unsupported.hpp"); }

void check_unsupported(const Type& t, const std::string& why) {
    CHECK(t.kind == Kind::Unsupported);
    CHECK(t.unsupported == why);
}

}  // namespace

TEST_CASE("raw pointers, C arrays and rvalue references", "[cxx][unsupported]") {
    check_unsupported(param_of(odd(), "::odd::pointer"), "raw pointer 'int *'");
    check_unsupported(param_of(odd(), "::odd::array"), "array 'int[3]'");
    check_unsupported(param_of(odd(), "::odd::take"), "rvalue reference 'std::string &&'");
    CHECK(function(odd(), "::odd::array").declaration == "void array(int values[3])");
}

TEST_CASE("C variadics and consteval functions", "[cxx][unsupported]") {
    const Function& f = function(odd(), "::odd::printf_like");
    CHECK(f.is_variadic);
    CHECK(f.unsupported == "variadic");
    CHECK(f.declaration == "int printf_like(const char *format, ...)");
    CHECK(function(odd(), "::odd::square").unsupported == "consteval");
}

TEST_CASE("a function template is reported only when no plain function has its name", "[cxx][unsupported]") {
    const Function& identity = function(odd(), "::odd::identity");
    CHECK(identity.unsupported == "function template");
    CHECK(identity.declaration == "template <class T> T identity(T value)");
    const Function& twice = function(odd(), "::odd::twice");
    CHECK(twice.unsupported.empty());
    CHECK(overloads(odd().functions, "::odd::twice") == 1);
    // An explicit specialization is not a function of its own: zero is reported once, as a template.
    CHECK(overloads(odd().functions, "::odd::zero") == 1);
    CHECK(function(odd(), "::odd::zero").unsupported == "function template");
}

TEST_CASE("standard types other than the mapped ones, unions, fixed-extent spans", "[cxx][unsupported]") {
    check_unsupported(param_of(odd(), "::odd::owner"), "standard type 'std::unique_ptr<int>'");
    check_unsupported(param_of(odd(), "::odd::fixed"), "fixed-extent span 'std::span<int, 4>'");
    check_unsupported(param_of(odd(), "::odd::bits"), "union 'odd::Bits'");
}

TEST_CASE("a type the header uses but does not offer", "[cxx][unsupported]") {
    const Type& t = param_of(odd(), "::odd::hidden_type");
    check_unsupported(t, "'::odd::detail::Hidden' is not declared in the API read from the header");
    CHECK(t.record == "::odd::detail::Hidden");
}

TEST_CASE("detail, anonymous and std namespaces, deleted functions and operators are left out", "[cxx][unsupported]") {
    for (const Function& fn : odd().functions) {
        INFO(fn.qualified);
        CHECK(fn.qualified.find("detail") == std::string::npos);
        CHECK(fn.name != "anonymous_helper");
        CHECK(fn.name != "deleted");
        CHECK(fn.name != "not_read");
        CHECK(fn.name.find("operator") == std::string::npos);
    }
    CHECK(odd().records.empty());  // Bits is a union, Hidden is in detail::
}
