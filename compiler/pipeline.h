// The compiler's passes in order: read -> parse -> check -> scopes -> codegen. Each stage adds diagnostics;
// the pipeline stops after the first stage that reported an error.
#pragma once

#include <optional>
#include <string>

#include "diagnostics.h"

namespace pyco {

struct Translation {
    std::string cpp;          // the generated translation unit
    std::string module_name;  // the file's stem, as a C++-safe identifier
};

// Translates the Python file at `path` (as the user named it). On failure returns nullopt and `diags` holds at
// least one diagnostic; `source` receives the file's text for rendering them.
std::optional<Translation> translate_file(const std::string& path, std::string& source, Diagnostics& diags);

// Translates Python text already in memory (`display_path` names it in diagnostics, `abs_path` is stored in the
// module). translate_file reads the file and calls this; the fuzzer and its replay driver call it directly.
std::optional<Translation> translate_source(const std::string& display_path, const std::string& abs_path,
                                            const std::string& source, Diagnostics& diags);

}  // namespace pyco
