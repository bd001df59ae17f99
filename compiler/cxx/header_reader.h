// Reads one C++ header with Clang's libTooling and describes its public API (cxx_api.h). The only file of pyco
// that includes Clang's headers: compiling it costs about 20 s (docs/toolchain.md), so it stays one file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cxx_api.h"

namespace pyco::cxx {

struct ReadRequest {
    std::string header;
    // "" reads every namespace of the header itself; "host" (or "host::v1") reads only that namespace and the
    // namespaces inside it, from the header and from the files of the header's folder that it includes.
    std::string ns;
    std::vector<std::string> include_dirs;  // -I, in order
    std::vector<std::string> defines;       // -D: "NAME" or "NAME=VALUE"
};

// Parses the header as C++20 and returns its API. On a parse error returns nothing and sets `error` to Clang's
// first error, "file:line:col: error: message".
std::optional<Api> read_header(const ReadRequest& request, std::string& error);

}  // namespace pyco::cxx
