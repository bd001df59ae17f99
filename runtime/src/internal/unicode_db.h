// Private to the runtime: the Unicode character database of str (CPython's unicodectype.c): character classes,
// digit values and full case mappings of Unicode 14.0.0, the version CPython 3.11 ships.
#pragma once

#include <string>
#include <string_view>

namespace pyco::unicode {

bool is_alpha(char32_t c) noexcept;
bool is_decimal(char32_t c) noexcept;  // str.isdecimal: general category Nd
bool is_digit(char32_t c) noexcept;    // str.isdigit: also superscripts and the like
bool is_numeric(char32_t c) noexcept;  // str.isnumeric: also fractions, Roman numerals, CJK numbers
bool is_lower(char32_t c) noexcept;
bool is_upper(char32_t c) noexcept;
bool is_title(char32_t c) noexcept;  // general category Lt
bool is_cased(char32_t c) noexcept;
bool is_case_ignorable(char32_t c) noexcept;
bool is_printable(char32_t c) noexcept;  // shown as itself by repr()
bool is_space(char32_t c) noexcept;
bool is_linebreak(char32_t c) noexcept;
bool is_xid_start(char32_t c) noexcept;
bool is_xid_continue(char32_t c) noexcept;
int digit_value(char32_t c) noexcept;  // of a digit character, -1 otherwise

// Full case mappings (one code point may map to up to three: 'ß'.upper() == 'SS'), appended to `out`.
void append_upper(std::u32string& out, char32_t c);
void append_lower(std::u32string& out, char32_t c);
void append_title(std::u32string& out, char32_t c);
void append_fold(std::u32string& out, char32_t c);

// For int() and float(): UTF-8 text with Unicode white space turned into ' ' and decimal digits of any script
// into ASCII digits; any other non-ASCII character becomes '?' so that the literal is rejected, as CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII.
std::string decimal_and_space_to_ascii(std::string_view utf8);

}  // namespace pyco::unicode
