// The match statement (PEP 634), lowered as CPython 3.11's compiler lowers it (Python/compile.c,
// compiler_match and compiler_pattern_*): the subject is evaluated once; each case tries its pattern, which
// jumps to the case's failure label at the first check that fails; names are bound only once the whole pattern
// matched (captures go to C++ variables of the case first), then the guard runs, then the body, which ends the
// statement. A guard that fails leaves the names bound, as in CPython. The run-time steps (MATCH_SEQUENCE,
// MATCH_KEYS, MATCH_CLASS, ...) are pyco/pattern_match.h's.
//
// Every region a `goto` may jump over keeps its braces, so that no jump enters the scope of a declaration.
#include <fmt/format.h>

#include <algorithm>

#include "../ast_walk.h"
#include "cpp_text.h"
#include "function_gen.h"

namespace pyco::codegen {

// Whether a body never reaches its end: the jump to the statement's end would be dead code.
static bool ends_in_jump(const ast::Body& b) {
    if (b.empty()) return false;
    const ast::Stmt& s = *b.back();
    return ast::as<ast::Return>(s) || ast::as<ast::Raise>(s) || ast::as<ast::Break>(s) || ast::as<ast::Continue>(s);
}

// A block that keeps its braces even when it declares nothing (see the top of the file).
void FunctionGen::open_scope() {
    open("");
    blocks_.back().bare = false;
}

// Whether code emitted since offset `since` jumps to `label`: a label nothing jumps to is left out (g++ warns).
bool FunctionGen::jumped_to(const std::string& label, size_t since) const {
    return out_.find("goto " + label + ";", since) != std::string::npos;
}

void FunctionGen::match_stmt(const ast::Match& m) {
    int id = ++tmp_;
    size_t start = out_.size();
    std::string end = fmt::format("match_end{}", id);
    open("");
    std::string subject = kept(*m.subject);
    for (size_t i = 0; i < m.cases.size(); ++i) {
        const ast::MatchCase& c = m.cases[i];
        line_directive(c.pattern->span.line);
        bool last = i + 1 == m.cases.size();
        std::string fail = fmt::format("match_fail{}_{}", id, i);
        size_t case_start = out_.size();
        open_scope();
        // The names the pattern binds, in CPython's binding order (an or-pattern binds its first alternative's).
        std::vector<std::string> names;
        ast::for_each_pattern_part(
            *c.pattern, [](const ast::Expr&) {},
            [&](const std::string& n, ast::Span) {
                if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
            });
        std::map<std::string, std::string> captures;
        for (auto& n : names) {
            captures[n] = fmt::format("m{}_{}", id, cpp_ident(n));
            line(fmt::format("pyco::Object {};", captures[n]));
        }
        captures_ = &captures;
        open("");
        pattern(*c.pattern, subject, fail);
        close();
        captures_ = nullptr;
        for (auto& n : names) store_name(n, captures[n], true);
        if (c.guard) {
            std::string ok = test_flag(*c.guard);
            line(fmt::format("if (!{}) goto {};", ok, fail));
        }
        stmts(c.body);
        if (!last && !ends_in_jump(c.body)) line(fmt::format("goto {};", end));
        close();
        if (jumped_to(fail, case_start)) line(fail + ":;");
    }
    if (jumped_to(end, start)) line(end + ":;");
    close();
}

void FunctionGen::capture(const std::optional<std::string>& name, const std::string& value) {
    if (name) line(fmt::format("{} = {};", captures_->at(*name), value));
}

void FunctionGen::pattern(const ast::Pattern& p, const std::string& subject, const std::string& fail) {
    if (auto* v = ast::as<ast::MatchValue>(p)) {
        std::string value = expr(*v->value);
        set_pos(p.span);
        line(fmt::format("if (!pyco::truthy(pyco::compare(pyco::CmpOp::Eq, {}, {}))) goto {};", subject, value, fail));
    } else if (auto* s = ast::as<ast::MatchSingleton>(p)) {
        const char* value = s->kind == ast::Constant::Kind::None   ? "pyco::None()"
                            : s->kind == ast::Constant::Kind::True ? "pyco::bool_(true)"
                                                                   : "pyco::bool_(false)";
        line(fmt::format("if (!pyco::is_({}, {})) goto {};", subject, value, fail));
    } else if (auto* s = ast::as<ast::MatchSequence>(p)) {
        sequence_pattern(p, *s, subject, fail);
    } else if (auto* m = ast::as<ast::MatchMapping>(p)) {
        mapping_pattern(p, *m, subject, fail);
    } else if (auto* c = ast::as<ast::MatchClass>(p)) {
        class_pattern(p, *c, subject, fail);
    } else if (auto* a = ast::as<ast::MatchAs>(p)) {
        if (a->pattern) pattern(*a->pattern, subject, fail);
        capture(a->name, subject);
    } else if (auto* o = ast::as<ast::MatchOr>(p)) {
        // Each alternative but the last goes on to the next when it fails; the one that matches jumps past the rest.
        int id = ++tmp_;
        size_t start = out_.size();
        std::string ok = fmt::format("match_or{}", id);
        for (size_t i = 0; i < o->patterns.size(); ++i) {
            bool last = i + 1 == o->patterns.size();
            std::string next = last ? fail : fmt::format("match_or{}_{}", id, i + 1);
            size_t alt_start = out_.size();
            open_scope();
            pattern(*o->patterns[i], subject, next);
            if (!last) line(fmt::format("goto {};", ok));
            close();
            if (!last && jumped_to(next, alt_start)) line(next + ":;");
        }
        if (jumped_to(ok, start)) line(ok + ":;");
    }
}

// Sub-pattern `p` against the value `item` (a C++ expression), in a block of its own.
void FunctionGen::subpattern(const ast::Pattern& p, const std::string& item, const std::string& fail) {
    if (ast::is_wildcard(p)) return;
    if (auto* a = ast::as<ast::MatchAs>(p); a && !a->pattern) return capture(a->name, item);  // no checks
    open_scope();
    pattern(p, item, fail);
    close();
}

// CPython's three ways: all wildcards need only the length check; with `*_` the other items are read by index
// (from the end for those after the star: `subject[len(subject) - k]`); otherwise the subject is unpacked as an
// assignment would, the starred item becoming a list.
void FunctionGen::sequence_pattern(const ast::Pattern& p, const ast::MatchSequence& s, const std::string& subject,
                                   const std::string& fail) {
    size_t size = s.patterns.size(), star = size;
    bool only_wildcard = true, star_wildcard = false;
    for (size_t i = 0; i < size; ++i) {
        if (auto* st = ast::as<ast::MatchStar>(*s.patterns[i])) {
            star = i;
            star_wildcard = !st->name;
            only_wildcard = only_wildcard && star_wildcard;
        } else {
            only_wildcard = only_wildcard && ast::is_wildcard(*s.patterns[i]);
        }
    }
    set_pos(p.span);
    line(fmt::format("if (!pyco::match_sequence({})) goto {};", subject, fail));
    if (star == size) line(fmt::format("if (pyco::len({}) != {}) goto {};", subject, size, fail));
    else if (size > 1) line(fmt::format("if (pyco::len({}) < {}) goto {};", subject, size - 1, fail));
    if (only_wildcard) return;
    if (star_wildcard) {
        for (size_t i = 0; i < size; ++i) {
            if (i == star || ast::is_wildcard(*s.patterns[i])) continue;
            open_scope();
            set_pos(p.span);
            std::string item = temp();
            if (i < star) line(fmt::format("pyco::Object {} = pyco::getitem({}, pyco::int_({}));", item, subject, i));
            else line(fmt::format("pyco::Object {} = pyco::match_item_from_end({}, {});", item, subject, size - i));
            pattern(*s.patterns[i], item, fail);
            close();
        }
        return;
    }
    std::string items = temp();
    if (star == size)
        line(fmt::format("std::vector<pyco::Object> {} = pyco::unpack({}, {});", items, subject, size));
    else
        line(fmt::format("std::vector<pyco::Object> {} = pyco::unpack({}, {}, true, {});", items, subject, star,
                         size - star - 1));
    for (size_t i = 0; i < size; ++i) {
        std::string item = fmt::format("{}[{}]", items, i);
        if (auto* st = ast::as<ast::MatchStar>(*s.patterns[i])) capture(st->name, item);
        else subpattern(*s.patterns[i], item, fail);
    }
}

// MATCH_MAPPING, a length check, the keys' values through the mapping's get() (MATCH_KEYS), the value
// patterns, and last the **rest dict.
void FunctionGen::mapping_pattern(const ast::Pattern& p, const ast::MatchMapping& m, const std::string& subject,
                                  const std::string& fail) {
    set_pos(p.span);
    line(fmt::format("if (!pyco::match_mapping({})) goto {};", subject, fail));
    if (m.keys.empty() && !m.rest) return;
    if (!m.keys.empty()) line(fmt::format("if (pyco::len({}) < {}) goto {};", subject, m.keys.size(), fail));
    std::string keys;
    for (auto& k : m.keys) keys += (keys.empty() ? "" : ", ") + kept(*k);
    set_pos(p.span);
    std::string values = temp();
    line(fmt::format("std::vector<pyco::Object> {};", values));
    line(fmt::format("if (!pyco::match_keys({}, {{{}}}, {})) goto {};", subject, keys, values, fail));
    for (size_t i = 0; i < m.patterns.size(); ++i)
        subpattern(*m.patterns[i], fmt::format("{}[{}]", values, i), fail);
    if (m.rest) {
        set_pos(p.span);
        capture(m.rest, fmt::format("pyco::match_rest({}, {{{}}})", subject, keys));
    }
}

// MATCH_CLASS gives the attributes the sub-patterns match: the positional ones named by __match_args__ (or the
// subject itself for bool, int, str, ...), then the keyword ones.
void FunctionGen::class_pattern(const ast::Pattern& p, const ast::MatchClass& c, const std::string& subject,
                                const std::string& fail) {
    std::string cls = expr(*c.cls);
    std::string names;
    for (auto& a : c.kwd_attrs) names += (names.empty() ? "" : ", ") + cpp_string(a);
    set_pos(p.span);
    std::string attrs = temp();
    line(fmt::format("std::vector<pyco::Object> {};", attrs));
    line(fmt::format("if (!pyco::match_class({}, {}, {}, {{{}}}, {})) goto {};", subject, cls, c.patterns.size(), names,
                     attrs, fail));
    size_t i = 0;
    for (auto* list : {&c.patterns, &c.kwd_patterns})
        for (auto& sub : *list) subpattern(*sub, fmt::format("{}[{}]", attrs, i++), fail);
}

}  // namespace pyco::codegen
