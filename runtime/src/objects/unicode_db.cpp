// Lookups in the generated Unicode tables (unicode_db_tables.inc, written by runtime/tools/gen_unicode_db.py).
#include "internal/unicode_db.h"

#include <cstdint>

#include "internal/values.h"

namespace pyco::unicode {

namespace {

struct CharRecord {
    uint16_t flags;
    int8_t digit;
    int32_t upper, lower, title, fold;
};

#include "unicode_db_tables.inc"

const CharRecord& record(char32_t c) noexcept {
    if (c > 0x10FFFF) return kRecords[0];
    uint32_t block = kIndex1[c >> kShift];
    return kRecords[kIndex2[(block << kShift) + (c & ((1u << kShift) - 1))]];
}

bool has(char32_t c, uint16_t flag) noexcept { return (record(c).flags & flag) != 0; }

// One of the four mappings: a delta, or a run of kExtendedCaseData.
void append_mapping(std::u32string& out, char32_t c, int32_t CharRecord::*field) {
    const CharRecord& r = record(c);
    if (!(r.flags & kExtendedCase)) {
        out.push_back(char32_t(int32_t(c) + r.*field));
        return;
    }
    const char32_t* p = kExtendedCaseData + r.*field;
    out.append(p + 1, p + 1 + *p);
}

}  // namespace

bool is_alpha(char32_t c) noexcept { return has(c, kAlpha); }
bool is_decimal(char32_t c) noexcept { return has(c, kDecimal); }
bool is_digit(char32_t c) noexcept { return has(c, kDigit); }
bool is_numeric(char32_t c) noexcept { return has(c, kNumeric); }
bool is_lower(char32_t c) noexcept { return has(c, kLower); }
bool is_upper(char32_t c) noexcept { return has(c, kUpper); }
bool is_title(char32_t c) noexcept { return has(c, kTitle); }
bool is_cased(char32_t c) noexcept { return has(c, kCased); }
bool is_case_ignorable(char32_t c) noexcept { return has(c, kCaseIgnorable); }
bool is_printable(char32_t c) noexcept { return has(c, kPrintable); }
bool is_space(char32_t c) noexcept { return has(c, kSpace); }
bool is_linebreak(char32_t c) noexcept { return has(c, kLinebreak); }
bool is_xid_start(char32_t c) noexcept { return has(c, kXidStart); }
bool is_xid_continue(char32_t c) noexcept { return has(c, kXidContinue); }
int digit_value(char32_t c) noexcept { return record(c).digit; }

void append_upper(std::u32string& out, char32_t c) { append_mapping(out, c, &CharRecord::upper); }
void append_lower(std::u32string& out, char32_t c) { append_mapping(out, c, &CharRecord::lower); }
void append_title(std::u32string& out, char32_t c) { append_mapping(out, c, &CharRecord::title); }
void append_fold(std::u32string& out, char32_t c) { append_mapping(out, c, &CharRecord::fold); }

std::string decimal_and_space_to_ascii(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (size_t i = 0; i < utf8.size();) {
        char32_t c = utf8_decode(utf8, i);
        if (c < 0x80) out.push_back(char(c));
        else if (is_space(c)) out.push_back(' ');
        else if (is_decimal(c)) out.push_back(char('0' + digit_value(c)));
        else out.push_back('?');
    }
    return out;
}

}  // namespace pyco::unicode
