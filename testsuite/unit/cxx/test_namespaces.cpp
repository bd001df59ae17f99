// Which declarations are read: the header's own, or one namespace's from the header's folder
// (fixtures/ns/host.hpp includes geometry.hpp beside it and options.hpp through -I).
#include "reader_test_support.h"

using namespace pyco::cxx;
using namespace pyco::cxx::test;

namespace {

std::vector<std::string> names(const std::vector<Function>& functions) {
    std::vector<std::string> out;
    for (const Function& fn : functions) out.push_back(fn.qualified);
    return out;
}

}  // namespace

TEST_CASE("without a namespace: every namespace of the header itself", "[cxx][namespaces]") {
    const Api& api = read_fixture("ns/host.hpp", "", {"ns/include"});
    CHECK(names(api.functions) ==
          std::vector<std::string>{"::host::area", "::host::v1::version", "::other::elsewhere", "::global_helper"});
    CHECK(api.records.empty());  // Vec2 is geometry.hpp's
    CHECK(api.ns.empty());
    CHECK(api.header == fixture("ns/host.hpp"));
    CHECK(param_of(api, "::host::area").kind == Kind::Unsupported);
}

TEST_CASE("with a namespace: its declarations in the header and in the files of its folder", "[cxx][namespaces]") {
    const Api& api = read_fixture("ns/host.hpp", "host", {"ns/include"});
    CHECK(names(api.functions) == std::vector<std::string>{"::host::length", "::host::area", "::host::v1::version"});
    CHECK(api.ns == "host");
    const Record& vec = record(api, "::host::Vec2");
    CHECK(vec.file == fixture("ns/geometry.hpp"));
    CHECK(vec.line == 4);
    CHECK(param_of(api, "::host::area").kind == Kind::Struct);
    CHECK(function(api, "::host::length").file == fixture("ns/geometry.hpp"));
}

TEST_CASE("a namespace may be written qualified", "[cxx][namespaces]") {
    const Api& api = read_fixture("ns/host.hpp", "::host::v1", {"ns/include"});
    CHECK(names(api.functions) == std::vector<std::string>{"::host::v1::version"});
}

TEST_CASE("defines reach the preprocessor", "[cxx][namespaces]") {
    const Api& api = read_fixture("ns/host.hpp", "host", {"ns/include"}, {"HOST_EXTRA"});
    const Function& extra = function(api, "::host::extra");
    CHECK(extra.params.at(0).default_text == "kDefaultLevel");
}

TEST_CASE("the files read: the header, then its folder's and the -I folders' files", "[cxx][namespaces]") {
    const Api& api = read_fixture("ns/host.hpp", "", {"ns/include"});
    CHECK(api.files == std::vector<std::string>{fixture("ns/host.hpp"), fixture("ns/geometry.hpp"),
                                                fixture("ns/include/options.hpp")});
}
