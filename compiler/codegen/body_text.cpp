// The text of a function body: lines and blocks, temporaries, position updates, and the small rewrites that keep
// it short (a block that declares nothing loses its braces, a temporary read once is replaced by its value).
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "cpp_text.h"
#include "function_gen.h"

namespace pyco::codegen {

namespace {

// Indentation stops growing at 32 levels: a long `and` chain or elif chain nests one block per operand, and
// indenting every line by its full depth made the generated text quadratic in the chain's length.
constexpr int kMaxIndent = 32;

bool is_ident_char(char c) { return std::isalnum((unsigned char)c) || c == '_'; }

// Whether a generated statement declares a variable (`TYPE NAME = ...`, `TYPE NAME(...)`, `auto [..]`). A block
// holding a declaration keeps its braces: they end the variable's life where CPython drops the value.
bool declares(std::string_view s) {
    if (s.rfind("static ", 0) == 0 || s.rfind("auto [", 0) == 0) return true;
    if (s.rfind("const ", 0) == 0) s.remove_prefix(6);
    size_t i = 0;
    while (i < s.size() && (is_ident_char(s[i]) || s[i] == ':' || s[i] == '<' || s[i] == '>' || s[i] == ','))
        ++i;
    std::string_view type = s.substr(0, i);
    for (const char* keyword : {"return", "co_return", "co_yield", "co_await", "goto", "throw", "delete", "else"})
        if (type == keyword) return false;
    while (i < s.size() && (s[i] == '&' || s[i] == '*')) ++i;
    if (type.empty() || i >= s.size() || s[i] != ' ') return false;
    size_t name = ++i;
    while (i < s.size() && is_ident_char(s[i])) ++i;
    if (i == name || std::isdigit((unsigned char)s[name])) return false;
    return i < s.size() && (s[i] == ' ' || s[i] == ';' || s[i] == '(' || s[i] == '[' || s[i] == '{');
}

// A declaration whose end matters: anything but a reference to a local variable (pyco::load_local checks the
// variable and returns it), which dies without effect and may stand in the enclosing block.
bool owns(std::string_view s) {
    return declares(s) && !(s.rfind("const pyco::Object& ", 0) == 0 && s.find(" = pyco::load_local(") != s.npos);
}

}  // namespace

FunctionGen::FunctionGen(ModuleState& m, const sema::Scope& scope, Kind kind, CodeTable& code)
    : m_(m), scope_(scope), kind_(kind), indent_(kind == Kind::Sync || kind == Kind::Module ? 2 : 1) {
    // A plain function and the module body run inside a C++ try-block that adds their traceback entry.
    scopes_.push_back(&scope);
    codes_.push_back(&code);
    frames_.push_back("_f");
}

const std::string& FunctionGen::text() {
    flush_pos();
    return out_;
}

void FunctionGen::line(const std::string& s) {
    out_.append(size_t(std::min(indent_, kMaxIndent)) * 4, ' ');
    if (!blocks_.empty() && owns(s)) ++blocks_.back().declares;
    out_ += pending_pos_;
    pending_pos_.clear();
    out_ += s;
    out_ += '\n';
}

void FunctionGen::flush_pos() {
    if (pending_pos_.empty()) return;
    std::string p = std::move(pending_pos_);
    pending_pos_.clear();
    p.pop_back();  // the space that separated it from its statement
    line(p);
}

void FunctionGen::open(const std::string& s) {
    flush_pos();
    blocks_.push_back({out_.size(), s.empty()});
    line(s.empty() ? "{" : s + " {");
    ++indent_;
}

void FunctionGen::close() {
    flush_pos();
    Block b = blocks_.back();
    blocks_.pop_back();
    --indent_;
    if (!b.bare || b.declares) return line("}");
    // Nothing to scope: the block's statements join the enclosing one.
    size_t body = out_.find('\n', b.at) + 1;
    std::string inner = out_.substr(body);
    out_.resize(b.at);
    size_t depth = size_t(indent_ + 1) * 4;
    for (size_t start = 0; start < inner.size();) {
        size_t nl = inner.find('\n', start);
        std::string_view l(inner.data() + start, nl - start + 1);
        if (indent_ + 1 <= kMaxIndent && l.size() > depth && l.substr(0, depth) == std::string(depth, ' '))
            l.remove_prefix(4);
        out_ += l;
        start = nl + 1;
    }
}

void FunctionGen::reopen(const std::string& s) {
    flush_pos();
    --indent_;
    line(s);
    ++indent_;
    blocks_.back().bare = false;
}

// `if (cond) statement;` on one line when `emit` writes one statement, a braced block otherwise.
void FunctionGen::if_line(const std::string& cond, const std::function<void()>& emit) {
    open(fmt::format("if ({})", cond));
    size_t body = out_.size();
    emit();
    flush_pos();
    size_t nl = out_.find('\n', body);
    if (nl != std::string::npos && nl + 1 == out_.size() && out_[body] != '#') {
        std::string statement = out_.substr(body, nl - body);
        statement.erase(0, statement.find_first_not_of(' '));
        out_.resize(blocks_.back().at);
        blocks_.pop_back();
        --indent_;
        return line(fmt::format("if ({}) {}", cond, statement));
    }
    close();
}

std::string FunctionGen::temp() { return fmt::format("t{}", ++tmp_); }
std::string FunctionGen::flag() { return fmt::format("c{}", ++tmp_); }

void FunctionGen::line_directive(int n) {
    if (n > 0) out_ += fmt::format("#line {} {}\n", n, cpp_string(m_.abs_path));
}

// Only the last of consecutive position updates matters: one that no operation used is replaced.
void FunctionGen::emit_pos(int index) { pending_pos_ = fmt::format("{}.pos = {}; ", frame(), index); }
void FunctionGen::set_pos(const ast::Expr& e) { emit_pos(codes_.back()->add(m_.position(e))); }
void FunctionGen::set_pos(ast::Span s) { emit_pos(codes_.back()->add({s.line, s.col, s.end_line, s.end_col})); }

// When the last line emitted is `pyco::Object t = INIT;` (or a reference) and `t` has no other reader, the line
// goes and INIT is returned for the one use to take directly; its position update is kept for the line that
// takes it. Suspension points stay at statement level: INIT may await or yield only when the use is an
// assignment or a statement of its own. An argument is passed by reference, so it never takes a global's or a
// cell's value directly: Python code it runs could rebind the variable and free the value (the copy in `t` is
// what keeps it alive, as CPython's stack does).
std::optional<std::string> FunctionGen::inline_temp(const std::string& t, Use use) {
    if (!pending_pos_.empty() || out_.empty() || out_.back() != '\n') return std::nullopt;
    size_t start = out_.rfind('\n', out_.size() - 2);
    start = start == std::string::npos ? 0 : start + 1;
    std::string_view l(out_.data() + start, out_.size() - start - 1);
    size_t i = l.find_first_not_of(' ');
    if (i == std::string_view::npos) return std::nullopt;
    std::string pos;
    std::string prefix = frame() + ".pos = ";
    if (l.substr(i, prefix.size()) == prefix) {
        size_t end = l.find("; ", i);
        if (end == std::string_view::npos) return std::nullopt;
        pos = std::string(l.substr(i, end + 2 - i));
        i = end + 2;
    }
    std::string decl = "pyco::Object " + t + " = ";
    if (l.substr(i, 6) == "const " && l.substr(i + 6, 13) == "pyco::Object&") decl = "const pyco::Object& " + t + " = ";
    if (l.substr(i, decl.size()) != decl || l.back() != ';') return std::nullopt;
    std::string init(l.substr(i + decl.size(), l.size() - 1 - i - decl.size()));
    bool suspends = init.rfind("co_await ", 0) == 0 || init.rfind("co_yield ", 0) == 0;
    bool shared = init.rfind("pyco::load_global(", 0) == 0 || init.rfind("pyco::load_cell(", 0) == 0;
    if ((use != Use::Statement && suspends) || (use == Use::Argument && shared)) return std::nullopt;
    if (!blocks_.empty() && owns(l.substr(i))) --blocks_.back().declares;
    out_.resize(start);
    pending_pos_ = pos;
    return init;
}

}  // namespace pyco::codegen
