// The lines of source files by path (internal/source_lines.h): the program's embedded sources first, then files
// read from the disk once and cached, as linecache caches them.
#include "internal/source_lines.h"

#include <fstream>
#include <sstream>
#include <unordered_map>

namespace pyco {

namespace {

struct SourceCache {
    std::unordered_map<std::string, std::vector<std::string>> embedded, disk;
};

SourceCache& cache() {
    static auto* c = new SourceCache;  // never destroyed: used while the program ends
    return *c;
}

// Splits after each '\n' (the last line may have none), as str.splitlines(keepends=True) does for '\n' files.
std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
        out.emplace_back(text.substr(start, end - start));
        start = end;
    }
    return out;
}

std::vector<std::string> read_file_lines(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    std::ostringstream text;
    text << in.rdbuf();
    return split_lines(text.str());
}

}  // namespace

void remember_source(const SourceFile* file) {
    if (!file || !file->path || !file->text || !*file->text) return;
    auto& embedded = cache().embedded;
    if (!embedded.count(file->path)) embedded.emplace(file->path, split_lines(file->text));
}

const std::vector<std::string>& source_lines(const std::string& path) {
    auto& c = cache();
    if (auto it = c.embedded.find(path); it != c.embedded.end()) return it->second;
    auto it = c.disk.find(path);
    if (it == c.disk.end()) it = c.disk.emplace(path, read_file_lines(path)).first;
    return it->second;
}

std::string source_line_at(const std::string& path, int64_t lineno) {
    const std::vector<std::string>& lines = source_lines(path);
    if (lineno < 1 || lineno > int64_t(lines.size())) return {};
    return lines[size_t(lineno - 1)];
}

std::string stripped_source_line(const std::string& path, int64_t lineno) {
    std::string line = source_line_at(path, lineno);
    const char* blanks = " \t\n\r\f\v";
    size_t first = line.find_first_not_of(blanks);
    if (first == std::string::npos) return {};
    size_t last = line.find_last_not_of(blanks);
    return line.substr(first, last - first + 1);
}

void clear_source_cache() { cache().disk.clear(); }

}  // namespace pyco
