// The codecs of str.encode and bytes.decode: UTF-8, ASCII and Latin-1 with the error handlers strict, ignore,
// replace, backslashreplace and xmlcharrefreplace (encoding only), and CPython's UnicodeError messages.
#include <fmt/format.h>

#include "internal/values.h"

namespace pyco {

namespace {

enum class Codec { Utf8, Ascii, Latin1 };

// Python's encoding-name normalisation (encodings.normalize_encoding) and the aliases of these three codecs.
Codec lookup_codec(std::string_view name) {
    std::string n;
    for (char c : name) n.push_back(c == '-' || c == ' ' ? '_' : char(std::tolower((unsigned char)c)));
    if (n == "utf_8" || n == "utf8" || n == "u8" || n == "utf" || n == "utf8_ucs2" || n == "utf8_ucs4" ||
        n == "cp65001")
        return Codec::Utf8;
    if (n == "ascii" || n == "us_ascii" || n == "646" || n == "us" || n == "ansi_x3.4_1968" || n == "cp367" ||
        n == "csascii" || n == "ibm367" || n == "iso646_us" || n == "iso_646.irv_1991")
        return Codec::Ascii;
    if (n == "latin_1" || n == "latin1" || n == "latin" || n == "l1" || n == "iso_8859_1" || n == "iso8859_1" ||
        n == "8859" || n == "cp819" || n == "iso_ir_100" || n == "csisolatin1" || n == "ibm819" ||
        n == "iso_8859_1_1987")
        return Codec::Latin1;
    raise(LookupErrorType, fmt::format("unknown encoding: {}", name));
}

const char* codec_name(Codec c) { return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1"; }

[[noreturn]] void unknown_handler(std::string_view errors) {
    raise(LookupErrorType, fmt::format("unknown error handler name '{}'", errors));
}

// The repr of one code point as CPython's UnicodeEncodeError message shows it ('\xe9', '\u20ac').
std::string char_repr(char32_t c) {
    std::string s;
    utf8_append(s, c);
    return str_repr_of(s, true);
}

}  // namespace

std::string encode_text(std::string_view utf8, std::string_view encoding, std::string_view errors) {
    Codec codec = lookup_codec(encoding);
    if (codec == Codec::Utf8) return std::string(utf8);
    char32_t limit = codec == Codec::Ascii ? 0x80 : 0x100;
    std::u32string cps;
    for (size_t i = 0; i < utf8.size();) cps.push_back(utf8_decode(utf8, i));
    std::string out;
    for (size_t i = 0; i < cps.size();) {
        char32_t c = cps[i];
        if (c < limit) {
            out.push_back(char(c));
            ++i;
            continue;
        }
        size_t end = i;  // the run of characters the codec cannot encode
        while (end < cps.size() && cps[end] >= limit) ++end;
        if (errors == "strict") {
            const char* reason = codec == Codec::Ascii ? "ordinal not in range(128)" : "ordinal not in range(256)";
            if (end - i == 1)
                raise(UnicodeEncodeErrorType, fmt::format("'{}' codec can't encode character {} in position {}: {}",
                                                          codec_name(codec), char_repr(c), i, reason));
            raise(UnicodeEncodeErrorType, fmt::format("'{}' codec can't encode characters in position {}-{}: {}",
                                                      codec_name(codec), i, end - 1, reason));
        }
        for (size_t k = i; k < end; ++k) {
            char32_t u = cps[k];
            if (errors == "ignore") continue;
            if (errors == "replace") out.push_back('?');
            else if (errors == "backslashreplace")
                out += u < 0x100 ? fmt::format("\\x{:02x}", uint32_t(u))
                                 : u < 0x10000 ? fmt::format("\\u{:04x}", uint32_t(u)) : fmt::format("\\U{:08x}", uint32_t(u));
            else if (errors == "xmlcharrefreplace") out += fmt::format("&#{};", uint32_t(u));
            else unknown_handler(errors);
        }
        i = end;
    }
    return out;
}

namespace {

// The length of the UTF-8 sequence starting at raw[i], or the error CPython's decoder reports for it: `bad_end`
// is the end of the byte range the error covers.
size_t utf8_sequence(std::string_view raw, size_t i, size_t& bad_end, const char*& reason) {
    unsigned char c = (unsigned char)raw[i];
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // the valid range of the second byte
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        bad_end = i + 1;
        reason = "invalid start byte";
        return 0;
    }
    for (size_t k = 1; k < len; ++k) {
        if (i + k >= raw.size()) {
            bad_end = raw.size();
            reason = "unexpected end of data";
            return 0;
        }
        unsigned char b = (unsigned char)raw[i + k];
        if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) {
            bad_end = i + k;
            reason = "invalid continuation byte";
            return 0;
        }
    }
    return len;
}

}  // namespace

Object decode_bytes(std::string_view raw, std::string_view encoding, std::string_view errors) {
    Codec codec = lookup_codec(encoding);
    std::string out;
    for (size_t i = 0; i < raw.size();) {
        unsigned char c = (unsigned char)raw[i];
        size_t bad_end = i + 1;
        const char* reason = "ordinal not in range(128)";
        if (c < 0x80 || codec == Codec::Latin1) {
            utf8_append(out, c);
            ++i;
            continue;
        }
        if (codec == Codec::Utf8) {
            if (size_t len = utf8_sequence(raw, i, bad_end, reason)) {
                out.append(raw.substr(i, len));
                i += len;
                continue;
            }
        }
        if (errors == "strict") {
            if (bad_end - i == 1)
                raise(UnicodeDecodeErrorType, fmt::format("'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                                                          codec_name(codec), c, i, reason));
            raise(UnicodeDecodeErrorType, fmt::format("'{}' codec can't decode bytes in position {}-{}: {}",
                                                      codec_name(codec), i, bad_end - 1, reason));
        }
        if (errors == "replace") out += "\xEF\xBF\xBD";  // U+FFFD once per error range
        else if (errors == "backslashreplace")
            for (size_t k = i; k < bad_end; ++k) out += fmt::format("\\x{:02x}", unsigned((unsigned char)raw[k]));
        else if (errors != "ignore") unknown_handler(errors);
        i = bad_end;
    }
    return str_own(std::move(out));
}

}  // namespace pyco
