// The reading cache (compiler/cxx/api_cache.h): a second reading of the same request is answered from
// CACHE/headers/; a change to the header, to a file it includes from its folders or to the request is not.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "api_cache.h"
#include "api_json.h"
#include "reader_test_support.h"

using namespace pyco::cxx;
using namespace pyco::cxx::test;
namespace fs = std::filesystem;

namespace {

// A copy of fixtures/ns/ to change, and an empty cache, removed at the end of the test.
struct Scratch {
    fs::path dir;
    ReadRequest request;
    std::string cache;

    Scratch() {
        static int made = 0;
        dir = fs::temp_directory_path() / ("pyco-unit-cxx-" + std::to_string(getpid()) + "-" + std::to_string(made++));
        fs::remove_all(dir);
        fs::create_directories(dir);
        fs::copy(fixture("ns"), dir / "ns", fs::copy_options::recursive);
        request = {(dir / "ns/host.hpp").string(), "host", {(dir / "ns/include").string()}, {}};
        cache = (dir / "cache").string();
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }

    std::optional<Api> read(bool& from_cache) {
        std::string error;
        std::optional<Api> api = read_header_cached(request, cache, error, &from_cache);
        INFO(error);
        CHECK(api);
        return api;
    }

    void append(const std::string& file, const std::string& text) const {
        std::ofstream out(dir / file, std::ios::app);
        out << text;
    }

    size_t entries() const {
        size_t count = 0;
        if (fs::exists(fs::path(cache) / "headers"))
            for (const auto& entry : fs::directory_iterator(fs::path(cache) / "headers"))
                count += entry.is_regular_file();
        return count;
    }
};

}  // namespace

TEST_CASE("a second reading is answered from the cache, unchanged", "[cxx][cache]") {
    Scratch s;
    bool from_cache = true;
    std::optional<Api> first = s.read(from_cache);
    CHECK_FALSE(from_cache);
    CHECK(s.entries() == 1);
    std::optional<Api> second = s.read(from_cache);
    CHECK(from_cache);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(*first == *second);
    CHECK(s.entries() == 1);
}

TEST_CASE("a changed header is read again", "[cxx][cache]") {
    Scratch s;
    bool from_cache = true;
    s.read(from_cache);
    s.append("ns/host.hpp", "namespace host { int added(); }\n");
    std::optional<Api> api = s.read(from_cache);
    CHECK_FALSE(from_cache);
    REQUIRE(api);
    CHECK(overloads(api->functions, "::host::added") == 1);
    s.read(from_cache);
    CHECK(from_cache);
}

TEST_CASE("a changed file of the header's folder or of an -I folder is read again", "[cxx][cache]") {
    Scratch s;
    bool from_cache = true;
    s.read(from_cache);
    s.append("ns/geometry.hpp", "namespace host { double width(const Vec2& v); }\n");
    std::optional<Api> api = s.read(from_cache);
    CHECK_FALSE(from_cache);
    REQUIRE(api);
    CHECK(overloads(api->functions, "::host::width") == 1);
    s.append("ns/include/options.hpp", "// a comment changes the content too\n");
    s.read(from_cache);
    CHECK_FALSE(from_cache);
    s.read(from_cache);
    CHECK(from_cache);
}

TEST_CASE("a request with other flags is another entry", "[cxx][cache]") {
    Scratch s;
    bool from_cache = true;
    s.read(from_cache);
    s.request.ns = "";
    s.read(from_cache);
    CHECK_FALSE(from_cache);
    s.request.defines = {"HOST_EXTRA"};
    s.read(from_cache);
    CHECK_FALSE(from_cache);
    CHECK(s.entries() == 3);
}

TEST_CASE("a header that does not parse is not cached", "[cxx][cache]") {
    Scratch s;
    s.append("ns/host.hpp", "int broken(\n");
    for (int i = 0; i < 2; ++i) {
        std::string error;
        bool from_cache = true;
        CHECK_FALSE(read_header_cached(s.request, s.cache, error, &from_cache));
        CHECK_FALSE(from_cache);
        CHECK(error == s.request.header + ":25:12: error: expected expression");
    }
    CHECK(s.entries() == 0);
}

TEST_CASE("an entry that cannot be read is replaced", "[cxx][cache]") {
    Scratch s;
    bool from_cache = true;
    s.read(from_cache);
    for (const auto& entry : fs::directory_iterator(fs::path(s.cache) / "headers")) std::ofstream(entry.path()) << "{";
    std::optional<Api> api = s.read(from_cache);
    CHECK_FALSE(from_cache);
    CHECK(api);
    s.read(from_cache);
    CHECK(from_cache);
}

TEST_CASE("JSON keeps every field of an Api", "[cxx][cache]") {
    for (const char* name : {"records.hpp", "kinds.hpp", "unsupported.hpp"}) {
        INFO(name);
        const Api& api = read_fixture(name);
        std::string error;
        std::optional<Api> back = api_from_json(api_to_json(api), error);
        INFO(error);
        REQUIRE(back);
        CHECK(*back == api);
    }
    std::string error;
    CHECK_FALSE(api_from_json("{\"header\": 1}", error));
    CHECK_FALSE(error.empty());
}
