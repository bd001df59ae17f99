#include "cpp_text.h"

#include <fmt/format.h>

#include <vector>

#include "../utf8.h"

namespace pyco::codegen {

std::string cpp_string(std::string_view bytes) {
    std::string out = "\"";
    bool valid = utf8::valid(bytes);
    for (unsigned char c : bytes) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            case '?': out += "\\?"; break;  // no trigraphs, even by accident
            default:
                // Octal escapes take at most three digits, so a following digit cannot extend them (unlike \x).
                if (c < 0x20 || c == 0x7F || (c >= 0x80 && !valid)) out += fmt::format("\\{:03o}", c);
                else out += char(c);
        }
    }
    return out + "\"";
}

std::string comment_text(std::string_view bytes, size_t max_chars, bool& cut) {
    std::string out;
    cut = false;
    // Invalid UTF-8 is shown byte by byte.
    bool valid = utf8::valid(bytes);
    std::vector<char32_t> cps = valid ? utf8::decode(bytes) : std::vector<char32_t>(bytes.begin(), bytes.end());
    if (!valid)
        for (char32_t& cp : cps) cp &= 0xFF;
    for (size_t n = 0; n < cps.size(); ++n) {
        char32_t cp = cps[n];
        if (n == max_chars) {
            cut = true;
            break;
        }
        // Controls, and what would reorder or break the line in an editor (bidirectional controls, which g++ also
        // warns about, and the Unicode line separators), are escaped.
        bool bidi = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E ||
                    cp == 0x200F || cp == 0x061C;
        if (cp == '"') out += "\\\"";
        else if (cp == '\\') out += "\\\\";
        else if (cp == '\n') out += "\\n";
        else if (cp == '\t') out += "\\t";
        else if (cp == '\r') out += "\\r";
        else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && (!valid || cp < 0xA0)))
            out += fmt::format("\\x{:02x}", uint32_t(cp));
        else if (bidi || cp == 0x2028 || cp == 0x2029) out += fmt::format("\\u{:04x}", uint32_t(cp));
        else utf8::append(out, cp);
    }
    return out;
}

std::string cpp_ident(std::string_view name) {
    std::string out;
    for (char32_t cp : utf8::decode(name)) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_')
            out += char(cp);
        else
            out += fmt::format("_u{:04X}", uint32_t(cp));
    }
    return out;
}

std::string qualname_ident(std::string_view qualname) {
    std::string q(qualname), out;
    for (size_t pos; (pos = q.find(".<locals>.")) != std::string::npos;) q.replace(pos, 10, "__");
    for (char c : q) {
        if (c == '.') out += '_';
        else if (c != '<' && c != '>') out += c;
    }
    return cpp_ident(out);
}

}  // namespace pyco::codegen
