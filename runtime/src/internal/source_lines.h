// Private to the runtime: the lines of the program's source files by path, as CPython's linecache gives them to
// warnings and traceback. A compiled program carries its sources (SourceFile::text); the runtime remembers each
// SourceFile it meets in a frame, and reads any other path from the disk.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pyco/frame.h"

namespace pyco {

// Makes `file`'s embedded text the lines of its path (a null file or text is ignored).
void remember_source(const SourceFile* file);
// The lines of `path`, each with its line ending (linecache.getlines); empty when there is no such file.
const std::vector<std::string>& source_lines(const std::string& path);
// Line `lineno` (1-based) with its line ending, "" when out of range (linecache.getline).
std::string source_line_at(const std::string& path, int64_t lineno);
// That line without leading and trailing white space (what warnings and tracebacks show).
std::string stripped_source_line(const std::string& path, int64_t lineno);
// Forgets the lines read from the disk (linecache.clearcache); embedded sources stay.
void clear_source_cache();

}  // namespace pyco
