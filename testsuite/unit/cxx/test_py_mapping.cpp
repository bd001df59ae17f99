// What Python makes of a header's declarations (py_mapping.cpp), on the fixtures as the reader reads them: the
// reasons sema's errors and the stub's comments give come from here.
#include "py_mapping.h"
#include "reader_test_support.h"

using namespace pyco::cxx;
using namespace pyco::cxx::test;

namespace {

std::string why(const Function& fn) {
    std::optional<Unmappable> problem = unmappable(fn);
    return problem ? problem->why : "";
}

}  // namespace

TEST_CASE("the reasons a function cannot be called read as one phrase", "[cxx][py_mapping]") {
    const Api& odd = read_fixture("unsupported.hpp");
    CHECK(why(function(odd, "::odd::pointer")) == "parameter 'p' is a raw pointer 'int *'");
    CHECK(why(function(odd, "::odd::array")) == "parameter 'values' is an array 'int[3]'");
    CHECK(why(function(odd, "::odd::take")) == "parameter 's' is an rvalue reference 'std::string &&'");
    CHECK(why(function(odd, "::odd::bits")) == "parameter 'b' is a union 'odd::Bits'");
    CHECK(why(function(odd, "::odd::hidden_type")) ==
          "parameter 'h': '::odd::detail::Hidden' is not declared in the API read from the header");
    CHECK(why(function(odd, "::odd::printf_like")) == "variadic");
    CHECK(why(function(odd, "::odd::twice")) == "");
    const Function& pointer = function(odd, "::odd::pointer");
    std::optional<Unmappable> problem = unmappable(pointer);
    REQUIRE(problem);
    CHECK(problem->file == pointer.file);
    CHECK(problem->line == 27);
    CHECK(problem->declaration == "void pointer(int *p)");
}

TEST_CASE("a non-const reference can be passed only to a class", "[cxx][py_mapping]") {
    CHECK(why(function(read_fixture("kinds.hpp"), "::kinds::increment")) ==
          "parameter 'counter' is a non-const reference 'int &'");
    CHECK(why(function(read_fixture("kinds.hpp"), "::kinds::str")) == "");  // const std::string&
}

TEST_CASE("an element that cannot cross makes its container unusable", "[cxx][py_mapping]") {
    Function fn;
    fn.result.kind = Kind::Vector;
    fn.result.args.resize(1);  // Kind Unsupported, no reason given
    fn.result.args[0].spelling = "Bad";
    CHECK(why(fn) == "the result holds an unsupported type 'Bad'");
    Param unnamed;
    unnamed.type.kind = Kind::Int;
    unnamed.type.is_ref = true;
    unnamed.type.spelling = "int";
    fn.result = {};
    fn.result.kind = Kind::Void;
    fn.params = {unnamed};
    CHECK(why(fn) == "parameter 1 is a non-const reference 'int &'");
}

TEST_CASE("the module's names: free functions with their overloads, enums and records not nested in a record",
          "[cxx][py_mapping]") {
    const Api& shapes = read_fixture("records.hpp");
    std::map<std::string, ModuleName> names = module_names(shapes);
    CHECK(names.at("scale").functions.size() == 2);
    CHECK(names.at("Counter").record == &record(shapes, "::shapes::Counter"));
    CHECK(names.at("Color").enumeration == &enumeration(shapes, "::shapes::Color"));
    CHECK(names.at("Size").record);  // C's typedef'd anonymous struct
    CHECK(names.count("Snapshot") == 0);
    CHECK(names.count("Unit") == 0);
    CHECK(names.count("add") == 0);
    CHECK(enclosing_record(shapes, "::shapes::Counter::Snapshot") == &record(shapes, "::shapes::Counter"));
    CHECK(python_type_name(shapes, "::shapes::Counter::Snapshot") == "Counter.Snapshot");
    CHECK(python_type_name(shapes, "::shapes::Point") == "Point");
}

TEST_CASE("Python's names for C++ names", "[cxx][py_mapping]") {
    CHECK(python_identifier("from") == "from_");
    CHECK(python_identifier("None") == "None_");
    CHECK(python_identifier("match") == "match");  // a soft keyword is a valid name
    CHECK(python_param_name(Param{"", {}, false, ""}, 2) == "arg2");
    std::vector<Param> params(3);
    params[0].name = "a";
    params[2].name = "c";
    CHECK(positional_only_count(params) == 2);
    params[1].name = "b";
    CHECK(positional_only_count(params) == 0);
}

TEST_CASE("a record cannot be used when a field cannot be copied or no constructor can be called",
          "[cxx][py_mapping]") {
    const Api& shapes = read_fixture("records.hpp");
    CHECK_FALSE(unmappable(record(shapes, "::shapes::Counter")));  // `log` is variadic, the constructors are fine
    CHECK_FALSE(unmappable(record(shapes, "::shapes::Shape")));    // no constructor: it may still come from C++
    Record value;
    value.name = "Holder";
    value.is_value = true;
    value.file = "h.hpp";
    value.line = 4;
    value.fields.push_back({"p", {}});
    value.fields[0].type.unsupported = "raw pointer 'int *'";
    std::optional<Unmappable> problem = unmappable(value);
    REQUIRE(problem);
    CHECK(problem->why == "field 'p' is a raw pointer 'int *'");
    CHECK(problem->declaration == "struct Holder");
    CHECK(problem->line == 4);
}
