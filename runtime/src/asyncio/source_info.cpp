// CodeInfo for the coroutines of CPython's asyncio that the port writes in C++ (sleep, wait, Lock.acquire, the
// Runner's shutdown steps, ...): their reprs, never-awaited warnings and traceback entries name CPython's file and
// lines, as the coroutine objects CPython creates do. The files are CPython's own, in the folder the build found
// (PYCO_CPYTHON_ASYNCIO_DIR, runtime/CMakeLists.txt).
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

const CodeInfo& asyncio_code(const char* name, const char* qualname, const char* file, int firstlineno,
                             std::initializer_list<SourceLine> lines) {
    // Built once per function at start-up and kept for the whole program (code objects are immortal).
    auto* c = new AsyncioCode;
    c->path = std::string(cpython_asyncio_dir()) + "/" + file;
    int last = firstlineno;
    for (const SourceLine& l : lines) last = std::max(last, l.no);
    std::vector<std::string> text_lines(static_cast<size_t>(last));
    for (int no = firstlineno; no <= last; ++no) c->positions.push_back(Pos{no, 0, no, 0});
    for (const SourceLine& l : lines) {
        std::string t = l.text;
        int indent = int(t.find_first_not_of(' '));
        text_lines[size_t(l.no - 1)] = t;
        c->positions[size_t(l.no - firstlineno)] = Pos{l.no, indent, l.no, int(t.size())};
    }
    for (const std::string& l : text_lines) c->source += l + "\n";
    c->file = SourceFile{c->path.c_str(), c->source.c_str()};
    c->code = CodeInfo{name, qualname, &c->file, firstlineno, c->positions.data()};
    return c->code;
}

}  // namespace pyco::aio

namespace pyco {

const char* cpython_asyncio_dir() noexcept { return PYCO_CPYTHON_ASYNCIO_DIR; }

}  // namespace pyco
