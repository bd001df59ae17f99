// Reading a header costs half a second or more (Clang parses everything it includes); its API changes only
// when the header or a file it includes from its own folder or the -I folders does. The cache keeps each
// reading as JSON under CACHE_DIR/headers/, keyed by the header's path and content, the request's flags, pyco's
// and Clang's versions, and checks the content of every such included file before it answers from an entry.
#pragma once

#include <optional>
#include <string>

#include "header_reader.h"

namespace pyco::cxx {

// As read_header. `from_cache`, when given, says whether the answer came from the cache. A header that does not
// parse is not cached: its error is reported again each time.
std::optional<Api> read_header_cached(const ReadRequest& request, const std::string& cache_dir, std::string& error,
                                      bool* from_cache = nullptr);

}  // namespace pyco::cxx
