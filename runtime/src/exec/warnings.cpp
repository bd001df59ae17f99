// warnings.warn with CPython's default filters: each warning shown once per (text, category, line) of the
// module it is attributed to, in Lib/warnings.py's format while the program runs and in the C fallback's
// "sys:1:" form once the interpreter is finalizing.
#include <cstdio>
#include <cstring>
#include <set>
#include <string>
#include <tuple>

#include <fmt/format.h>

#include "pyco/builtins.h"
#include "pyco/exceptions.h"
#include "pyco/frame.h"

namespace pyco {

namespace {

bool tl_finalizing = false;

// The __warningregistry__ of every module at once: the file stands for the module.
using RegistryKey = std::tuple<std::string, const Type*, std::string, int>;
std::set<RegistryKey>& registry() {
    static std::set<RegistryKey> seen;
    return seen;
}

std::string stripped_line(const SourceFile* file, int lineno) {
    if (!file || !file->text || lineno < 1) return {};
    const char* p = file->text;
    for (int i = 1; i < lineno && p; ++i) {
        p = std::strchr(p, '\n');
        if (p) ++p;
    }
    if (!p) return {};
    const char* end = std::strchr(p, '\n');
    std::string_view line(p, end ? size_t(end - p) : std::strlen(p));
    const char* blanks = " \t\n\r\f\v";
    size_t first = line.find_first_not_of(blanks);
    if (first == std::string_view::npos) return {};
    size_t last = line.find_last_not_of(blanks);
    return std::string(line.substr(first, last - first + 1));
}

// warnings.py's _formatwarnmsg_impl: location, category and text, the source line stripped, then the
// extra line (the tracemalloc hint for objects warning as they die).
std::string format_located(const Frame& f, const Type& category, const std::string& message,
                           const std::string& extra_line) {
    const SourceFile* file = f.code->file;
    int line = f.line();
    std::string text = fmt::format("{}:{}: {}: {}\n", file ? file->path : "sys", line, category.name, message);
    std::string source = stripped_line(file, line);
    if (!source.empty()) text += "  " + source + "\n";
    if (!extra_line.empty()) text += extra_line + "\n";
    return text;
}

}  // namespace

void warn(const Type& category, const std::string& message, const std::string& extra_line) {
    const Frame* f = current_frame();
    bool located = !tl_finalizing && f && f->code;
    std::string file = located && f->code->file ? f->code->file->path : "sys";
    int line = located ? f->line() : 1;
    if (!registry().emplace(message, &category, file, line).second) return;
    std::string text = located ? format_located(*f, category, message, extra_line)
                               : fmt::format("sys:1: {}: {}\n", category.name, message);
    flush_stdout();
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

void set_finalizing(bool on) noexcept { tl_finalizing = on; }
bool finalizing() noexcept { return tl_finalizing; }
void reset_warning_registry() { registry().clear(); }

}  // namespace pyco
