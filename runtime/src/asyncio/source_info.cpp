// CodeInfo for the coroutines of CPython's asyncio that the port writes in C++ (sleep, wait, wait_for, the
// Runner's shutdown steps): their reprs, never-awaited warnings and traceback entries name CPython's file and
// lines, as the coroutine objects CPython creates do.
#include <algorithm>
#include <string>
#include <vector>

#include "internal.h"

namespace pyco::aio {

const CodeInfo* asyncio_code(const char* name, const char* qualname, const char* file, int firstlineno,
                             std::initializer_list<std::pair<int, const char*>> lines) {
    // Built once per function at start-up and kept for the whole program (code objects are immortal).
    auto* path = new std::string(std::string(kAsyncioDir) + "/" + file);
    int last = firstlineno;
    for (auto& [no, text] : lines) last = std::max(last, no);
    std::vector<std::string> text_lines(static_cast<size_t>(last));
    auto* positions = new Pos[lines.size() + 1];
    positions[0] = Pos{firstlineno, 0, firstlineno, 0};
    int i = 1;
    for (auto& [no, text] : lines) {
        std::string t = text;
        int indent = int(t.find_first_not_of(' '));
        text_lines[size_t(no - 1)] = t;
        positions[i++] = Pos{no, indent, no, int(t.size())};
    }
    auto* source = new std::string;
    for (const std::string& l : text_lines) *source += l + "\n";
    auto* sf = new SourceFile{path->c_str(), source->c_str()};
    return new CodeInfo{name, qualname, sf, firstlineno, positions};
}

}  // namespace pyco::aio
