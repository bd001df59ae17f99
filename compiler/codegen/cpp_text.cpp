#include "cpp_text.h"

#include <fmt/format.h>

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
