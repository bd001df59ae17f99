// A header that does not parse gives Clang's first error, with the path the request gave.
#include <filesystem>

#include "reader_test_support.h"

using namespace pyco::cxx;
using namespace pyco::cxx::test;

TEST_CASE("a syntax error: file:line:col: error: message", "[cxx][errors]") {
    std::string error;
    std::optional<Api> api = read_header({fixture("broken.hpp"), "", {}, {}}, error);
    CHECK_FALSE(api);
    CHECK(error == fixture("broken.hpp") + ":4:18: error: expected ';' after top level declarator");
}

TEST_CASE("the header is named as the request named it", "[cxx][errors]") {
    std::error_code ec;
    std::filesystem::path before = std::filesystem::current_path();
    std::filesystem::current_path(PYCO_CXX_FIXTURES);
    std::string error;
    std::optional<Api> api = read_header({"broken.hpp", "", {}, {}}, error);
    std::filesystem::current_path(before);
    CHECK_FALSE(api);
    CHECK(error == "broken.hpp:4:18: error: expected ';' after top level declarator");
}

TEST_CASE("an include that is not found", "[cxx][errors]") {
    std::string error;
    std::optional<Api> api = read_header({fixture("ns/host.hpp"), "", {}, {}}, error);
    CHECK_FALSE(api);
    CHECK(error == fixture("ns/host.hpp") + ":5:10: error: 'options.hpp' file not found");
}

TEST_CASE("a header that does not exist", "[cxx][errors]") {
    std::string error;
    CHECK_FALSE(read_header({fixture("no_such_header.hpp"), "", {}, {}}, error));
    CHECK(error == fixture("no_such_header.hpp") + ": error: cannot open file");
    CHECK_FALSE(read_header({fixture("ns"), "", {}, {}}, error));  // a folder
    CHECK(error == fixture("ns") + ": error: cannot open file");
}
