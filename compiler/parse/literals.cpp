#include "literals.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "../utf8.h"

namespace pyco::parse {

std::string int_to_decimal(std::string_view text) {
    std::string digits;
    for (char c : text)
        if (c != '_') digits += c;
    int base = 10;
    if (digits.size() > 1 && digits[0] == '0') {
        char p = char(digits[1] | 0x20);
        if (p == 'x') base = 16;
        else if (p == 'o') base = 8;
        else if (p == 'b') base = 2;
        if (base != 10) digits.erase(0, 2);
    }
    if (base == 10) {
        size_t nz = digits.find_first_not_of('0');
        return nz == std::string::npos ? "0" : digits.substr(nz);
    }
    // Little-endian base-10^9 limbs: multiply by base and add each digit.
    std::vector<uint32_t> limbs{0};
    for (char c : digits) {
        unsigned d = c <= '9' ? unsigned(c - '0') : unsigned((c | 0x20) - 'a' + 10);
        uint64_t carry = d;
        for (auto& limb : limbs) {
            uint64_t v = uint64_t(limb) * unsigned(base) + carry;
            limb = uint32_t(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry) limbs.push_back(uint32_t(carry));
    }
    std::string out = std::to_string(limbs.back());
    char buf[16];
    for (size_t i = limbs.size() - 1; i-- > 0;) {
        std::snprintf(buf, sizeof buf, "%09u", limbs[i]);
        out += buf;
    }
    return out;
}

NumberLiteral convert_number(std::string_view text) {
    std::string clean;
    for (char c : text)
        if (c != '_') clean += c;
    if (!clean.empty() && (clean.back() == 'j' || clean.back() == 'J')) {
        clean.pop_back();
        return {ast::Constant::Kind::Imaginary, clean};
    }
    bool prefixed = clean.size() > 1 && clean[0] == '0' && std::isalpha((unsigned char)clean[1]);
    if (!prefixed && clean.find_first_of(".eE") != std::string::npos) return {ast::Constant::Kind::Float, clean};
    return {ast::Constant::Kind::Int, int_to_decimal(text)};
}

StringPrefix string_prefix(std::string_view token) {
    StringPrefix p;
    size_t i = 0;
    while (i < token.size() && token[i] != '\'' && token[i] != '"') {
        char c = char(token[i] | 0x20);
        if (c == 'r') p.raw = true;
        else if (c == 'b') p.bytes = true;
        else if (c == 'f') p.fstring = true;
        ++i;
    }
    p.prefix_len = i;
    if (i + 2 < token.size() && token[i + 1] == token[i] && token[i + 2] == token[i] && token.size() >= i + 6)
        p.quote_len = 3;
    return p;
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = char(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

bool decode_escapes(std::string_view body, bool bytes, std::string& out, std::string& error, size_t& error_offset) {
    out.clear();
    out.reserve(body.size());
    auto put = [&](char32_t cp) {
        if (bytes) out += char(cp & 0xFF);
        else utf8::append(out, cp);
    };
    auto unicode_error = [&](size_t start, size_t end, const std::string& what) {
        error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(start) +
                "-" + std::to_string(end) + ": " + what;
        error_offset = start;
        return false;
    };
    for (size_t i = 0; i < body.size();) {
        unsigned char c = body[i];
        if (bytes && c >= 0x80) {
            error = "bytes can only contain ASCII literal characters";
            error_offset = i;
            return false;
        }
        if (c != '\\') {
            out += char(c);
            ++i;
            continue;
        }
        size_t start = i;
        if (i + 1 >= body.size()) {  // cannot happen for a well-lexed literal
            out += '\\';
            break;
        }
        char e = body[i + 1];
        i += 2;
        switch (e) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = unsigned(e - '0');
            for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k) v = v * 8 + unsigned(body[i++] - '0');
            put(char32_t(v));
            break;
        }
        case 'x': case 'u': case 'U': {
            if (bytes && e != 'x') {  // \u and \U are not escapes in bytes
                out += '\\';
                out += e;
                break;
            }
            int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            char32_t v = 0;
            int got = 0;
            while (got < n && i < body.size() && hex_value(body[i]) >= 0) v = v * 16 + char32_t(hex_value(body[i++])), ++got;
            if (got < n) {
                if (bytes) {
                    error = "(value error) invalid \\x escape at position " + std::to_string(start);
                    error_offset = start;
                    return false;
                }
                std::string what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                                                              : "truncated \\UXXXXXXXX escape";
                return unicode_error(start, i - 1, what);
            }
            if (v > 0x10FFFF) return unicode_error(start, i - 1, "illegal Unicode character");
            put(v);
            break;
        }
        case 'N':
            if (!bytes) {
                size_t end = body.find('}', i);
                if (i < body.size() && body[i] == '{' && end != std::string_view::npos) {
                    error = "(unicode error) \\N{...} escapes are not supported by pyco; write the character itself";
                    error_offset = start;
                    return false;
                }
                return unicode_error(start, i - 1, "malformed \\N character escape");
            }
            [[fallthrough]];
        default:  // unknown escapes keep the backslash (CPython warns)
            out += '\\';
            i = start + 1;
            break;
        }
    }
    return true;
}

}  // namespace pyco::parse
