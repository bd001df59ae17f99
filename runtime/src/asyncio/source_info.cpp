// CodeInfo for the coroutines of CPython's asyncio that the port writes in C++ (sleep, wait, wait_for, the
// Runner's shutdown steps): their reprs, never-awaited warnings and traceback entries name CPython's file and
// lines, as the coroutine objects CPython creates do.
#include <algorithm>
#include <string>
#include <vector>

#include "internal.h"

namespace pyco::aio {

namespace {
// Everything one such code object needs, in one allocation that the returned CodeInfo points into, so that the
// immortal whole stays reachable from the caller's static (LeakSanitizer sees no lost strings).
struct AsyncioCode {
    std::string path, source;
    std::vector<Pos> positions;
    SourceFile file{nullptr, nullptr};
    CodeInfo code{};
};
}  // namespace

const CodeInfo* asyncio_code(const char* name, const char* qualname, const char* file, int firstlineno,
                             std::initializer_list<std::pair<int, const char*>> lines) {
    // Built once per function at start-up and kept for the whole program (code objects are immortal).
    auto* c = new AsyncioCode;
    c->path = std::string(kAsyncioDir) + "/" + file;
    int last = firstlineno;
    for (auto& [no, text] : lines) last = std::max(last, no);
    std::vector<std::string> text_lines(static_cast<size_t>(last));
    c->positions.push_back(Pos{firstlineno, 0, firstlineno, 0});
    for (auto& [no, text] : lines) {
        std::string t = text;
        int indent = int(t.find_first_not_of(' '));
        text_lines[size_t(no - 1)] = t;
        c->positions.push_back(Pos{no, indent, no, int(t.size())});
    }
    for (const std::string& l : text_lines) c->source += l + "\n";
    c->file = SourceFile{c->path.c_str(), c->source.c_str()};
    c->code = CodeInfo{name, qualname, &c->file, firstlineno, c->positions.data()};
    return &c->code;
}

}  // namespace pyco::aio
