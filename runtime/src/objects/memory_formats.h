// Private to objects/: the item formats of memoryview, CPython's native single-character struct formats ("B",
// "i", "d", ..., optionally prefixed with '@'): their sizes, and items read from and written to memory.
#pragma once

#include <string_view>

#include "pyco/object.h"

namespace pyco::memory_formats {

// The item size of a native format, 0 when `format` is not one.
int item_size(std::string_view format);
// The format's letter, without the '@'.
inline char letter(std::string_view format) { return format[0] == '@' ? format[1] : format[0]; }
// 'b', 'B' and 'c': the formats a cast can go to or come from when the other side is not one of them.
inline bool is_byte_format(char c) { return c == 'b' || c == 'B' || c == 'c'; }
// The item at `p` as a Python value: int, float, bool or a bytes of length 1 ('c').
Object unpack(char letter, const char* p);
// Writes `v` at `p`, with CPython's TypeError "memoryview: invalid type for format 'B'" for a value of the
// wrong type and ValueError "memoryview: invalid value for format 'B'" for one out of range.
void pack(char letter, const Object& v, char* p);

}  // namespace pyco::memory_formats
