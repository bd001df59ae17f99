// Reading the fixture headers of testsuite/unit/cxx/fixtures/: each reading costs a few hundred milliseconds
// (Clang parses the standard headers it includes), so a process reads each request once.
#pragma once

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <string_view>

#include "header_reader.h"

namespace pyco::cxx::test {

inline std::string fixture(const std::string& name) {
    std::string path = PYCO_CXX_FIXTURES;  // not `string + "/" + name`: g++ 12 warns of an overflow that is not
    path += '/';                           // there (-Wstringop-overflow, GCC bug 105651)
    path += name;
    return path;
}

inline const Api& read_fixture(const std::string& name, const std::string& ns = "",
                               const std::vector<std::string>& include_dirs = {},
                               const std::vector<std::string>& defines = {}) {
    static std::map<std::string, Api> readings;
    std::string key = name + "|" + ns;
    for (const std::string& dir : include_dirs) key += "|-I" + dir;
    for (const std::string& define : defines) key += "|-D" + define;
    auto found = readings.find(key);
    if (found != readings.end()) return found->second;
    ReadRequest request{fixture(name), ns, {}, defines};
    for (const std::string& dir : include_dirs) request.include_dirs.push_back(fixture(dir));
    std::string error;
    std::optional<Api> api = read_header(request, error);
    INFO(error);
    REQUIRE(api);
    return readings.emplace(key, std::move(*api)).first->second;
}

// The `index`th overload of a function by its qualified name.
inline const Function& function(const std::vector<Function>& functions, std::string_view qualified, size_t index = 0) {
    const Function* found = nullptr;
    for (const Function& fn : functions)
        if (fn.qualified == qualified && index-- == 0) {
            found = &fn;
            break;
        }
    INFO("function " << qualified);
    REQUIRE(found);
    return *found;
}

inline const Function& function(const Api& api, std::string_view qualified, size_t index = 0) {
    return function(api.functions, qualified, index);
}

inline size_t overloads(const std::vector<Function>& functions, std::string_view qualified) {
    size_t count = 0;
    for (const Function& fn : functions) count += fn.qualified == qualified;
    return count;
}

inline const Record& record(const Api& api, std::string_view qualified) {
    const Record* found = find_record(api, qualified);
    INFO("record " << qualified);
    REQUIRE(found);
    return *found;
}

inline const Enum& enumeration(const Api& api, std::string_view qualified) {
    const Enum* found = find_enum(api, qualified);
    INFO("enum " << qualified);
    REQUIRE(found);
    return *found;
}

// The result of a one-function fixture entry and its first parameter's type.
inline const Type& result_of(const Api& api, std::string_view qualified) { return function(api, qualified).result; }

inline const Type& param_of(const Api& api, std::string_view qualified, size_t index = 0) {
    const Function& fn = function(api, qualified);
    REQUIRE(fn.params.size() > index);
    return fn.params[index].type;
}

}  // namespace pyco::cxx::test
