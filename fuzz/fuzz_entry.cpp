#include "fuzz_entry.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "pipeline.h"

namespace pyco::fuzz {

namespace {

// Aborting turns a silent wrong answer into a crash the fuzzer reports and minimises.
void require(bool ok, const char* what) {
    if (ok) return;
    std::fprintf(stderr, "pyco fuzz: invariant broken: %s\n", what);
    std::abort();
}

// Every diagnostic here is about the text itself, so it has a position inside it (CPython's SyntaxError always has
// a line; one past the last line is where an unexpected end of input points). "internal parser error" is the
// parser's catch-all for an exception out of ANTLR: always a pyco bug.
void check_positions(const Diagnostics& diags, const std::string& source) {
    long lines = 1;
    for (char c : source) lines += c == '\n' || c == '\r';
    for (const auto& d : diags.items()) {
        require(d.message.find("internal parser error") == std::string::npos, "no internal parser error");
        require(d.span.line >= 1 && d.span.line <= lines + 1, "a diagnostic's line is inside the source");
        require(d.span.col >= 0, "a diagnostic's column is not negative");
    }
}

}  // namespace

std::string translate_bytes(const std::uint8_t* data, std::size_t size) {
    std::string source(reinterpret_cast<const char*>(data), size);
    Diagnostics diags;
    auto translation = translate_source("fuzz.py", "/fuzz/fuzz.py", source, diags);
    // The CLI prints "internal error: translation failed" when a stage fails without saying why.
    require(translation.has_value() != diags.has_errors(), "translation failed iff a diagnostic was reported");
    if (translation) {
        require(!translation->cpp.empty(), "a successful translation produces C++");
        return "translated: " + std::to_string(translation->cpp.size()) + " bytes of C++";
    }
    check_positions(diags, source);
    std::string rendered = diags.render();
    require(!rendered.empty(), "diagnostics render to text");
    return rendered.substr(0, rendered.find('\n'));
}

}  // namespace pyco::fuzz
