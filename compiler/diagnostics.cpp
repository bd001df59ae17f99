#include "diagnostics.h"

#include <fmt/format.h>

#include "utf8.h"

namespace pyco {

void Diagnostics::error(const std::string& file, ast::Span span, std::string message, std::string hint) {
    items_.push_back({file, span, std::move(message), std::move(hint)});
}

void Diagnostics::add_source(const std::string& file, std::string text) {
    for (auto& [f, t] : sources_)
        if (f == file) return;
    sources_.emplace_back(file, std::move(text));
}

std::string Diagnostics::render() const {
    static const std::string none;
    std::string out;
    for (const auto& d : items_) {
        const std::string* source = &none;
        for (auto& [f, t] : sources_)
            if (f == d.file) source = &t;
        out += render_diagnostic(d, *source);
    }
    return out;
}

static std::string source_line(const std::string& source, int line) {
    int current = 1;
    size_t start = 0;
    while (current < line) {
        size_t nl = source.find('\n', start);
        if (nl == std::string::npos) return {};
        start = nl + 1;
        ++current;
    }
    size_t end = source.find('\n', start);
    std::string text = source.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!text.empty() && text.back() == '\r') text.pop_back();
    return text;
}

std::string render_diagnostic(const Diagnostic& d, const std::string& source) {
    std::string out;
    if (d.span.line > 0)
        out += fmt::format("{}:{}:{}: error: {}\n", d.file, d.span.line, d.span.col + 1, d.message);
    else
        out += fmt::format("{}: error: {}\n", d.file, d.message);
    std::string text = d.span.line > 0 ? source_line(source, d.span.line) : std::string();
    if (!text.empty() && utf8::valid(text)) {
        // Tabs are kept in the caret line so that the caret lines up under the same characters.
        std::string caret;
        auto cps = utf8::decode(text);
        for (int i = 0; i < d.span.col && i < (int)cps.size(); ++i) caret += cps[i] == '\t' ? '\t' : ' ';
        int width = 1;
        if (d.span.end_line == d.span.line && d.span.end_col > d.span.col) width = d.span.end_col - d.span.col;
        caret += '^';
        for (int i = 1; i < width; ++i) caret += '~';
        out += fmt::format("    {}\n    {}\n", text, caret);
    }
    if (!d.hint.empty()) out += fmt::format("note: {}\n", d.hint);
    return out;
}

}  // namespace pyco
