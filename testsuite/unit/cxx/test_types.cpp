// Parameters and results of every Kind (fixtures/kinds.hpp): how each is classified and spelled.
#include "reader_test_support.h"

using namespace pyco::cxx;
using namespace pyco::cxx::test;

namespace {

const Api& kinds() { return read_fixture("kinds.hpp"); }

void check_int(const Type& t, int bits, bool is_signed, const std::string& spelling) {
    INFO(spelling);
    CHECK(t.kind == Kind::Int);
    CHECK(t.bits == bits);
    CHECK(t.is_signed == is_signed);
    CHECK(t.spelling == spelling);
}

}  // namespace

TEST_CASE("void and bool", "[cxx][types]") {
    CHECK(result_of(kinds(), "::kinds::nothing").kind == Kind::Void);
    CHECK(result_of(kinds(), "::kinds::nothing").spelling == "void");
    CHECK(param_of(kinds(), "::kinds::flag").kind == Kind::Bool);
}

TEST_CASE("integers are classified by size and signedness, spelled as written", "[cxx][types]") {
    check_int(param_of(kinds(), "::kinds::i8"), 8, true, "int8_t");
    check_int(param_of(kinds(), "::kinds::u8"), 8, false, "uint8_t");
    check_int(param_of(kinds(), "::kinds::i16"), 16, true, "int16_t");
    check_int(param_of(kinds(), "::kinds::u16"), 16, false, "uint16_t");
    check_int(param_of(kinds(), "::kinds::i32"), 32, true, "int32_t");
    check_int(param_of(kinds(), "::kinds::u32"), 32, false, "uint32_t");
    check_int(param_of(kinds(), "::kinds::i64"), 64, true, "int64_t");
    check_int(result_of(kinds(), "::kinds::u64"), 64, false, "uint64_t");
    check_int(param_of(kinds(), "::kinds::size"), 64, false, "std::size_t");
    check_int(result_of(kinds(), "::kinds::ull"), 64, false, "unsigned long long");
    check_int(param_of(kinds(), "::kinds::ull"), 64, true, "long long");
    CHECK(param_of(kinds(), "::kinds::letter").kind == Kind::Int);
    CHECK(param_of(kinds(), "::kinds::letter").bits == 8);
}

TEST_CASE("floats", "[cxx][types]") {
    const Type& f = param_of(kinds(), "::kinds::f32");
    CHECK(f.kind == Kind::Float);
    CHECK(f.bits == 32);
    CHECK(param_of(kinds(), "::kinds::f64").kind == Kind::Float);
    CHECK(param_of(kinds(), "::kinds::f64").bits == 64);
}

TEST_CASE("strings: std::string, std::string_view, const char*", "[cxx][types]") {
    const Type& s = param_of(kinds(), "::kinds::str");
    CHECK(s.kind == Kind::String);
    CHECK(s.spelling == "std::string");
    CHECK(s.is_const_ref);
    CHECK_FALSE(s.is_ref);
    CHECK(result_of(kinds(), "::kinds::str").kind == Kind::String);
    CHECK_FALSE(result_of(kinds(), "::kinds::str").is_const_ref);
    CHECK(param_of(kinds(), "::kinds::view").kind == Kind::StringView);
    CHECK(param_of(kinds(), "::kinds::view").spelling == "std::string_view");
    CHECK(param_of(kinds(), "::kinds::cstr").kind == Kind::CString);
    CHECK(param_of(kinds(), "::kinds::cstr").spelling == "const char *");
}

TEST_CASE("vector and span, with their element", "[cxx][types]") {
    const Type& v = result_of(kinds(), "::kinds::vec");
    CHECK(v.kind == Kind::Vector);
    CHECK(v.spelling == "std::vector<int64_t>");
    REQUIRE(v.args.size() == 1);
    check_int(v.args[0], 64, true, "int64_t");
    CHECK(param_of(kinds(), "::kinds::vec").is_const_ref);
    CHECK(param_of(kinds(), "::kinds::vec").args.at(0).kind == Kind::Float);

    const Type& values = param_of(kinds(), "::kinds::sum");
    CHECK(values.kind == Kind::Span);
    CHECK(values.spelling == "std::span<const int64_t>");
    REQUIRE(values.args.size() == 1);
    CHECK(values.args[0].is_const);
    check_int(values.args[0], 64, true, "int64_t");
    const Type& out = param_of(kinds(), "::kinds::fill");
    CHECK(out.kind == Kind::Span);
    CHECK_FALSE(out.args.at(0).is_const);
}

TEST_CASE("map and unordered_map: key then value", "[cxx][types]") {
    const Type& m = param_of(kinds(), "::kinds::ordered");
    CHECK(m.kind == Kind::Map);
    CHECK(m.spelling == "std::map<int, std::string>");
    REQUIRE(m.args.size() == 2);  // std::less and the allocator are left out
    CHECK(m.args[0].kind == Kind::Int);
    CHECK(m.args[1].kind == Kind::String);
    const Type& u = result_of(kinds(), "::kinds::umap");
    CHECK(u.kind == Kind::UnorderedMap);
    REQUIRE(u.args.size() == 2);
    CHECK(u.args[0].kind == Kind::String);
    CHECK(u.args[1].kind == Kind::Float);
}

TEST_CASE("pair, tuple and optional", "[cxx][types]") {
    const Type& p = result_of(kinds(), "::kinds::couple");
    CHECK(p.kind == Kind::Pair);
    REQUIRE(p.args.size() == 2);
    CHECK(p.args[1].kind == Kind::String);
    const Type& t = result_of(kinds(), "::kinds::triple");
    CHECK(t.kind == Kind::Tuple);
    CHECK(t.spelling == "std::tuple<int, double, std::string>");
    REQUIRE(t.args.size() == 3);
    CHECK(t.args[0].kind == Kind::Int);
    CHECK(t.args[1].kind == Kind::Float);
    CHECK(t.args[2].kind == Kind::String);
    const Type& o = param_of(kinds(), "::kinds::maybe");
    CHECK(o.kind == Kind::Optional);
    CHECK(o.args.at(0).kind == Kind::String);
    CHECK(result_of(kinds(), "::kinds::maybe").args.at(0).kind == Kind::Int);
}

TEST_CASE("std::function: return type first, then the parameters", "[cxx][types]") {
    const Type& f = param_of(kinds(), "::kinds::on_event");
    CHECK(f.kind == Kind::Function);
    REQUIRE(f.args.size() == 3);
    CHECK(f.args[0].kind == Kind::Bool);
    CHECK(f.args[1].kind == Kind::Int);
    CHECK(f.args[2].kind == Kind::String);
    CHECK(f.args[2].is_const_ref);
}

TEST_CASE("nested containers", "[cxx][types]") {
    const Type& r = result_of(kinds(), "::kinds::nested");
    CHECK(r.kind == Kind::Vector);
    CHECK(r.spelling == "std::vector<std::optional<std::string>>");
    const Type& o = r.args.at(0);
    CHECK(o.kind == Kind::Optional);
    CHECK(o.args.at(0).kind == Kind::String);

    const Type& m = param_of(kinds(), "::kinds::nested");
    CHECK(m.spelling == "std::map<std::string, std::vector<std::pair<int, double>>>");
    const Type& pairs = m.args.at(1);
    CHECK(pairs.kind == Kind::Vector);
    CHECK(pairs.args.at(0).kind == Kind::Pair);
    CHECK(pairs.args.at(0).args.at(1).kind == Kind::Float);
}

TEST_CASE("a non-const reference is marked", "[cxx][types]") {
    const Type& t = param_of(kinds(), "::kinds::increment");
    CHECK(t.kind == Kind::Int);
    CHECK(t.is_ref);
    CHECK_FALSE(t.is_const_ref);
    CHECK(t.spelling == "int");
}

TEST_CASE("aliases keep their name, classified by what they stand for", "[cxx][types]") {
    const Type& t = result_of(kinds(), "::kinds::names");
    CHECK(t.kind == Kind::Vector);
    CHECK(t.spelling == "::kinds::Names");
    CHECK(t.args.at(0).kind == Kind::String);
}

TEST_CASE("names are written fully qualified, whatever the header wrote", "[cxx][types]") {
    // words() is declared after `using namespace std;` as vector<string> words(const map<string, int>&).
    CHECK(result_of(kinds(), "::kinds::written::words").spelling == "std::vector<std::string>");
    CHECK(param_of(kinds(), "::kinds::written::words").spelling == "std::map<std::string, int>");
}

TEST_CASE("a deduced return type is read as the type deduced", "[cxx][types]") {
    CHECK(result_of(kinds(), "::kinds::deduced").kind == Kind::Float);
    CHECK(result_of(kinds(), "::kinds::deduced").spelling == "double");
}

TEST_CASE("functions of the global namespace, inline functions, noexcept", "[cxx][types]") {
    const Function& g = function(kinds(), "::global_function");
    CHECK(g.is_noexcept);
    CHECK(g.name == "global_function");
    CHECK_FALSE(function(kinds(), "::kinds::nothing").is_noexcept);
    CHECK(function(kinds(), "::kinds::twice").result.kind == Kind::Int);
}
