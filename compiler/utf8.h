// UTF-8 helpers shared by the compiler's stages (the runtime has its own, in runtime/).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pyco::utf8 {

bool valid(std::string_view s);
// Decodes valid UTF-8 into code points.
std::vector<char32_t> decode(std::string_view s);
void append(std::string& out, char32_t cp);
// Byte offset of the first invalid sequence, or npos.
size_t first_invalid(std::string_view s);

}  // namespace pyco::utf8
