// Enums, records, constructors and methods, awaitables, overloads and defaults (fixtures/records.hpp).
#include "reader_test_support.h"

using namespace pyco::cxx;
using namespace pyco::cxx::test;

namespace {

const Api& shapes() { return read_fixture("records.hpp"); }

}  // namespace

TEST_CASE("an unscoped enum: values, underlying type, place", "[cxx][declarations]") {
    const Enum& e = enumeration(shapes(), "::shapes::Color");
    CHECK(e.name == "Color");
    CHECK_FALSE(e.scoped);
    CHECK(e.underlying.kind == Kind::Int);
    REQUIRE(e.values.size() == 3);
    CHECK(e.values[0].name == "Red");
    CHECK(e.values[0].value == 0);
    CHECK(e.values[1].name == "Green");
    CHECK(e.values[1].value == 5);
    CHECK(e.values[2].value == 6);
    CHECK(e.file == fixture("records.hpp"));
    CHECK(e.line == 13);
}

TEST_CASE("a scoped enum with a fixed underlying type", "[cxx][declarations]") {
    const Enum& e = enumeration(shapes(), "::shapes::Mode");
    CHECK(e.scoped);
    CHECK(e.underlying.spelling == "uint8_t");
    CHECK(e.underlying.bits == 8);
    CHECK_FALSE(e.underlying.is_signed);
    // An unsigned 64-bit value above INT64_MAX keeps its bits.
    const Enum& big = enumeration(shapes(), "::shapes::Big");
    CHECK(uint64_t(big.values.at(0).value) == 0xffffffffffffffffull);
    CHECK_FALSE(big.underlying.is_signed);
}

TEST_CASE("enum parameters and fields name their enum", "[cxx][declarations]") {
    const Type& mode = param_of(shapes(), "::shapes::make_counter");
    CHECK(mode.kind == Kind::Enum);
    CHECK(mode.record == "::shapes::Mode");
    CHECK(mode.spelling == "::shapes::Mode");
}

TEST_CASE("a struct of public fields is a value record", "[cxx][declarations]") {
    const Record& p = record(shapes(), "::shapes::Point");
    CHECK(p.is_value);
    CHECK(p.name == "Point");
    REQUIRE(p.fields.size() == 3);
    CHECK(p.fields[0].name == "x");
    CHECK(p.fields[0].type.kind == Kind::Float);
    CHECK(p.fields[2].name == "color");
    CHECK(p.fields[2].type.kind == Kind::Enum);
    CHECK(p.constructors.empty());
    CHECK(p.default_constructible);
    CHECK(p.copyable);
    REQUIRE(p.methods.size() == 1);
    CHECK(p.methods[0].name == "norm");
    CHECK(p.methods[0].is_const);
    CHECK(p.line == 17);

    const Type& t = param_of(shapes(), "::shapes::scale");
    CHECK(t.kind == Kind::Struct);
    CHECK(t.record == "::shapes::Point");
    CHECK(t.spelling == "::shapes::Point");
    CHECK(t.is_const_ref);
    CHECK(result_of(shapes(), "::shapes::polygon").spelling == "std::vector<::shapes::Point>");
}

TEST_CASE("a class with private state is an opaque handle", "[cxx][declarations]") {
    const Record& c = record(shapes(), "::shapes::Counter");
    CHECK_FALSE(c.is_value);
    CHECK(c.fields.empty());  // value_ is private
    CHECK(c.default_constructible);
    CHECK(c.copyable);
    CHECK(result_of(shapes(), "::shapes::make_counter").kind == Kind::Class);
    CHECK(result_of(shapes(), "::shapes::make_counter").record == "::shapes::Counter");
}

TEST_CASE("constructors: public, user-declared, copy and move left out", "[cxx][declarations]") {
    const Record& c = record(shapes(), "::shapes::Counter");
    REQUIRE(c.constructors.size() == 2);
    CHECK(c.constructors[0].params.empty());
    const Function& two = c.constructors[1];
    CHECK(two.qualified == "::shapes::Counter::Counter");
    REQUIRE(two.params.size() == 2);
    CHECK(two.params[0].name == "start");
    CHECK_FALSE(two.params[0].has_default);
    CHECK(two.params[1].has_default);
    CHECK(two.params[1].default_text == "1");
    CHECK(two.result.kind == Kind::Class);
    CHECK(two.declaration == "Counter::Counter(int64_t start, int64_t step = 1)");
}

TEST_CASE("methods: const, noexcept, static (operators, deleted and private ones left out)", "[cxx][declarations]") {
    const Record& c = record(shapes(), "::shapes::Counter");
    const Function& add = function(c.methods, "::shapes::Counter::add");
    CHECK_FALSE(add.is_const);
    CHECK_FALSE(add.is_static);
    CHECK(add.result.kind == Kind::Int);
    const Function& value = function(c.methods, "::shapes::Counter::value");
    CHECK(value.is_const);
    CHECK(value.is_noexcept);
    CHECK(value.declaration == "int64_t Counter::value() const noexcept");
    const Function& zero = function(c.methods, "::shapes::Counter::zero");
    CHECK(zero.is_static);
    CHECK(zero.result.record == "::shapes::Counter");
    CHECK(overloads(c.methods, "::shapes::Counter::reset") == 0);
    CHECK(overloads(c.methods, "::shapes::Counter::secret") == 0);
    for (const Function& m : c.methods) CHECK(m.name.find("operator") == std::string::npos);
    const Function& log = function(c.methods, "::shapes::Counter::log");
    CHECK(log.is_variadic);
    CHECK(log.unsupported == "variadic");
    const Function& add_all = function(c.methods, "::shapes::Counter::add_all");
    CHECK(add_all.unsupported == "function template");
}

TEST_CASE("nested records and enums follow their enclosing record", "[cxx][declarations]") {
    const Record& snapshot = record(shapes(), "::shapes::Counter::Snapshot");
    CHECK(snapshot.is_value);
    CHECK(enumeration(shapes(), "::shapes::Counter::Unit").scoped);
    const Type& t = function(record(shapes(), "::shapes::Counter").methods, "::shapes::Counter::snapshot").result;
    CHECK(t.kind == Kind::Struct);
    CHECK(t.spelling == "::shapes::Counter::Snapshot");
}

TEST_CASE("neither default-constructible nor copyable", "[cxx][declarations]") {
    const Record& r = record(shapes(), "::shapes::Resource");
    CHECK_FALSE(r.default_constructible);
    CHECK_FALSE(r.copyable);
    const Type& name = function(r.methods, "::shapes::Resource::name").result;
    CHECK(name.kind == Kind::String);
    CHECK(name.is_const_ref);
    const Record& shape = record(shapes(), "::shapes::Shape");  // abstract
    CHECK_FALSE(shape.is_value);
    CHECK_FALSE(shape.default_constructible);
}

TEST_CASE("C's typedef of an anonymous struct or enum is known by the typedef's name", "[cxx][declarations]") {
    const Record& size = record(shapes(), "::shapes::Size");
    CHECK(size.name == "Size");
    CHECK(size.is_value);
    CHECK(size.fields.size() == 2);
    CHECK(enumeration(shapes(), "::shapes::Level").name == "Level");
    const Function& fit = function(shapes(), "::shapes::fit");
    CHECK(fit.result.kind == Kind::Struct);
    CHECK(fit.result.record == "::shapes::Size");
    CHECK(fit.result.spelling == "::shapes::Size");
    CHECK(fit.params.at(1).type.kind == Kind::Enum);
    CHECK(fit.params.at(1).type.record == "::shapes::Level");
}

TEST_CASE("every overload is kept, in order", "[cxx][declarations]") {
    const Function& first = function(shapes(), "::shapes::scale", 0);
    const Function& second = function(shapes(), "::shapes::scale", 1);
    CHECK(first.result.kind == Kind::Struct);
    CHECK(second.result.kind == Kind::Float);
    CHECK(first.line == 69);
    CHECK(second.line == 70);
}

TEST_CASE("defaults keep their source text", "[cxx][declarations]") {
    const Function& scale = function(shapes(), "::shapes::scale", 1);
    CHECK(scale.params.at(1).has_default);
    CHECK(scale.params.at(1).default_text == "2.0");
    CHECK(scale.declaration == "double scale(double x, double factor = 2.0)");
    const Function& make = function(shapes(), "::shapes::make_counter");
    CHECK(make.params.at(0).default_text == "Mode::Fast");
    CHECK(make.params.at(1).default_text == "\"count\"");
}

TEST_CASE("where a function is declared", "[cxx][declarations]") {
    const Function& fetch = function(shapes(), "::shapes::fetch");
    CHECK(fetch.file == fixture("records.hpp"));
    CHECK(fetch.line == 92);
    CHECK(fetch.column == 11);
}

TEST_CASE("awaitables: a promise_type, or pyco::Task<T>", "[cxx][declarations]") {
    const Type& fetch = result_of(shapes(), "::shapes::fetch");
    CHECK(fetch.kind == Kind::Awaitable);
    CHECK(fetch.spelling == "::shapes::Task<int>");
    REQUIRE(fetch.args.size() == 1);
    CHECK(fetch.args[0].kind == Kind::Int);  // T await_resume() of the template's pattern
    CHECK(result_of(shapes(), "::shapes::wait_ready").args.at(0).kind == Kind::Void);
    const Type& run = result_of(shapes(), "::shapes::run");  // no await_resume: the result is not known
    CHECK(run.kind == Kind::Awaitable);
    CHECK(run.args.at(0).kind == Kind::Void);
    const Type& greet = result_of(shapes(), "::shapes::greet");
    CHECK(greet.kind == Kind::Awaitable);
    CHECK(greet.spelling == "::pyco::Task<std::string>");
    CHECK(greet.args.at(0).kind == Kind::String);
    // A promise_type is the coroutine's machinery, not something to call.
    CHECK(find_record(shapes(), "::shapes::Job::promise_type") == nullptr);
}

TEST_CASE("pyco::Object passes through", "[cxx][declarations]") {
    CHECK(result_of(shapes(), "::shapes::identity").kind == Kind::PycoObject);
    CHECK(param_of(shapes(), "::shapes::identity").spelling == "::pyco::Object");
}

TEST_CASE("only the header's own declarations, not those of what it includes", "[cxx][declarations]") {
    for (const Record& r : shapes().records) CHECK(r.qualified.rfind("::shapes::", 0) == 0);
    CHECK(shapes().files.at(0) == fixture("records.hpp"));
    CHECK(std::find(shapes().files.begin(), shapes().files.end(), fixture("pyco_stub.h")) != shapes().files.end());
}
