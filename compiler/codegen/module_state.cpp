#include "module_state.h"

#include "../utf8.h"

#include <fmt/format.h>

#include "cpp_text.h"

namespace pyco::codegen {

int CodeTable::add(const PosEntry& p) {
    auto k = std::make_tuple(p.line, p.col, p.end_line, p.end_col, p.anchor_left, p.anchor_right);
    auto it = index.find(k);
    if (it != index.end()) return it->second;
    int i = int(positions.size());
    positions.push_back(p);
    index.emplace(k, i);
    return i;
}

CodeTable& ModuleState::new_code(const std::string& name, const std::string& qualname, int firstlineno) {
    auto c = std::make_unique<CodeTable>();
    c->name = name;
    c->qualname = qualname;
    c->firstlineno = firstlineno;
    c->cpp_name = unique("code_" + qualname_ident(qualname));
    // Position 0 is the first line: where a frame is before its first operation (Task repr "running at").
    c->add({firstlineno, 0, firstlineno, 0});
    codes.push_back(std::move(c));
    return *codes.back();
}

std::string ModuleState::unique(const std::string& base) {
    std::string clean;
    for (char ch : base) clean += (std::isalnum((unsigned char)ch) || ch == '_') ? ch : '_';
    std::string name = clean;
    for (int n = 2; names_taken.count(name); ++n) name = fmt::format("{}_{}", clean, n);
    names_taken.insert(name);
    return name;
}

std::string ModuleState::constant(const std::string& key, const std::string& init) {
    auto it = constants.find(key);
    if (it != constants.end()) return it->second;
    std::string name = fmt::format("k_{}", constants.size());
    constants.emplace(key, name);
    constant_defs.push_back({name, key, init});
    return name;
}

std::string ModuleState::builtin(const std::string& name) {
    builtins_used.insert(name);
    return "b_" + cpp_ident(name);
}

std::string ModuleState::source_text(ast::Span span) const {
    std::string out;
    for (int line = span.line; line <= span.end_line && line >= 1 && line <= int(lines.size()); ++line) {
        const std::u32string& l = lines[line - 1];
        size_t from = line == span.line ? size_t(span.col) : 0;
        size_t to = line == span.end_line ? size_t(span.end_col) : l.size();
        if (line != span.line) out += ' ';
        for (size_t i = from; i < to && i < l.size(); ++i) utf8::append(out, l[i]);
    }
    return out;
}

std::string ModuleState::global(const std::string& name) const { return "g_" + cpp_ident(name); }

// Code-point offset into `seg` after skipping what CPython skips before an operator.
static int skip_to_operator(const std::u32string& seg, int i) {
    while (i < int(seg.size()) && (seg[i] == ' ' || seg[i] == '\t' || seg[i] == '\f' || seg[i] == ')' || seg[i] == '#'))
        ++i;
    return i;
}

PosEntry ModuleState::position(const ast::Expr& e) const {
    PosEntry p{e.span.line, e.span.col, e.span.end_line, e.span.end_col};
    if (e.span.line != e.span.end_line || e.span.line < 1 || e.span.line > int(lines.size())) return p;
    const std::u32string& text = lines[e.span.line - 1];
    if (e.span.end_col > int(text.size()) || e.span.col > e.span.end_col) return p;
    std::u32string seg = text.substr(e.span.col, e.span.end_col - e.span.col);
    if (auto* b = ast::as<ast::BinOp>(e)) {
        int left_end = b->left->span.end_col - e.span.col;
        if (b->left->span.end_line != e.span.line || b->right->span.line != e.span.line) return p;
        int right_start = b->right->span.col - e.span.col;
        if (left_end < 0 || right_start > int(seg.size()) || left_end > right_start) return p;
        std::u32string op = seg.substr(left_end, right_start - left_end);
        int lead = 0;
        while (lead < int(op.size()) && (op[lead] == ' ' || op[lead] == '\t' || op[lead] == '\f')) ++lead;
        int left = left_end + lead, right = left + 1;
        if (lead + 1 < int(op.size()) && !(op[lead + 1] == ' ' || op[lead + 1] == '\t')) ++right;
        int skipped = skip_to_operator(seg, left) - left;
        p.anchor_left = left + skipped;
        p.anchor_right = right + skipped;
    } else if (auto* s = ast::as<ast::Subscript>(e)) {
        if (s->value->span.end_line != e.span.line || s->slice->span.end_line != e.span.line) return p;
        int left = s->value->span.end_col - e.span.col;
        int right = s->slice->span.end_col - e.span.col + 1;
        while (left < int(seg.size()) && seg[left] != '[') ++left;
        while (right < int(seg.size()) && seg[right] != ']') ++right;
        if (right < int(seg.size())) ++right;
        p.anchor_left = left;
        p.anchor_right = right;
    }
    return p;
}

}  // namespace pyco::codegen
