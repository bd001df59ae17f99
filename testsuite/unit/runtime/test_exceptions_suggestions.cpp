// CPython 3.11's "Did you mean" suggestions for NameError and AttributeError.
#include <catch2/catch.hpp>

#include "pyco/exceptions.h"
#include "pyco/module.h"
#include "pyco/ops.h"

using namespace pyco;

namespace {
template <class F>
Object raised_by(F&& f) {
    try {
        f();
    } catch (const PyExc& e) {
        return e.exc;
    }
    FAIL("nothing was raised");
    return {};
}
}  // namespace

TEST_CASE("a suggestion is the closest name within a third of the characters") {
    std::vector<std::string> names = {"coroutines", "create_task", "gather", "run", "sleep"};
    CHECK(suggest_name("coroutine", names) == "coroutines");
    CHECK(suggest_name("slep", names) == "sleep");
    CHECK(suggest_name("xyz", names).empty());
    CHECK(suggest_name("run", names).empty());  // the name itself is never suggested
}

TEST_CASE("case flips cost less than other changes") {
    CHECK(suggest_name("Gather", {"gather", "Gathers"}) == "gather");
}

TEST_CASE("the first of equally close candidates wins and 750 candidates are too many") {
    CHECK(suggest_name("ab", {"abc", "abd"}) == "abc");
    std::vector<std::string> many(750, "zzz");
    many.push_back("abc");
    CHECK(suggest_name("ab", many).empty());
}

TEST_CASE("NameError suggestions search locals, then globals, then the builtins") {
    const char* const locals[] = {"countr", nullptr};
    const char* const globals[] = {"main", nullptr};
    Object e = raised_by([&] { raise_name_error("count", locals, globals); });
    CHECK(format_exception_only(e) == "NameError: name 'count' is not defined. Did you mean: 'countr'?");
    e = raised_by([&] { raise_name_error("mian", locals, globals); });  // 'main' is too far; 'min' is not
    CHECK(format_exception_only(e) == "NameError: name 'mian' is not defined. Did you mean: 'min'?");
    e = raised_by([&] { raise_name_error("qqqqqq", locals, globals); });
    CHECK(format_exception_only(e) == "NameError: name 'qqqqqq' is not defined");
}

TEST_CASE("a module's AttributeError suggests among its names and extra names") {
    auto* m = new ModuleObj("asyncio");
    m->dict.emplace("sleep", None());
    m->extra_names.push_back("coroutines");
    Object mod = Object::adopt(m);
    Object e = raised_by([&] { raise_attribute_error(mod, "coroutine"); });
    CHECK(str_utf8(e) == "module 'asyncio' has no attribute 'coroutine'");
    CHECK(format_exception_only(e) ==
          "AttributeError: module 'asyncio' has no attribute 'coroutine'. Did you mean: 'coroutines'?");
}

TEST_CASE("AttributeError names instances and classes as CPython does") {
    Object e = raised_by([] { raise_attribute_error(int_(1), "x"); });
    CHECK(str_utf8(e) == "'int' object has no attribute 'x'");
    e = raised_by([] { raise_attribute_error(type_object(IntType), "x"); });
    CHECK(str_utf8(e) == "type object 'int' has no attribute 'x'");
    e = raised_by([] { raise_attribute_error(new_exception(ValueErrorType), "add_nte"); });
    CHECK(format_exception_only(e) ==
          "AttributeError: 'ValueError' object has no attribute 'add_nte'. Did you mean: 'add_note'?");
}
