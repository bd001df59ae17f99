// Literal conversion for the AST builder: numbers to pyco's Constant spelling, string prefixes and escapes.
// Pure functions on text, no ANTLR types, so they are unit-tested directly.
#pragma once

#include <string>
#include <string_view>

#include "../ast.h"

namespace pyco::parse {

// Integer literal text (decimal, 0x, 0o, 0b, with '_') -> decimal digits, any size (base conversion on strings).
std::string int_to_decimal(std::string_view text);

struct NumberLiteral {
    ast::Constant::Kind kind;
    std::string value;
};
// A NUMBER token -> Int (decimal digits), Float (source text without '_') or Imaginary (text without '_' and 'j').
NumberLiteral convert_number(std::string_view text);

struct StringPrefix {
    bool raw = false, bytes = false, fstring = false;
    size_t prefix_len = 0;  // letters before the opening quote
    size_t quote_len = 1;   // 1 or 3
};
StringPrefix string_prefix(std::string_view token);

// Decodes backslash escapes of a (non-raw) string or bytes body. On failure returns false with `error`
// holding CPython's message (without the "SyntaxError: " class) and `error_offset` the byte offset in `body`.
// Str bodies produce UTF-8; bytes bodies produce raw bytes (and must be ASCII).
bool decode_escapes(std::string_view body, bool bytes, std::string& out, std::string& error, size_t& error_offset);

}  // namespace pyco::parse
