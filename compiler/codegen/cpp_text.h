// Spelling things in C++ source: string literals and identifiers derived from Python names.
#pragma once

#include <string>
#include <string_view>

namespace pyco::codegen {

// A C++ string literal holding exactly these bytes (UTF-8 text stays readable; control bytes are escaped).
std::string cpp_string(std::string_view bytes);
// `bytes` spelled for a `//` comment, escaped as a Python string literal would be, so that no byte can end the
// comment or continue it onto the next line; cut after `max_chars` characters, `cut` then set.
std::string comment_text(std::string_view bytes, size_t max_chars, bool& cut);
// A C++ identifier for a Python name: ASCII letters, digits and '_' kept, anything else spelled _uXXXX.
std::string cpp_ident(std::string_view python_name);
// A C++ name for a qualified name: "outer.<locals>.inner" -> "outer__inner", "C.method" -> "C_method",
// "<lambda>" -> "lambda".
std::string qualname_ident(std::string_view qualname);

}  // namespace pyco::codegen
