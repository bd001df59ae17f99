// CPython 3.11's compile-time checks of a case's pattern (Python/compile.c, compiler_pattern and its helpers),
// ported so that the first error, its words and its place are CPython's. The place is where compile.c's
// "current location" stands when it reports: each pattern it compiles moves it (SET_LOC) and nothing moves it
// back, so an error found after a sub-pattern was compiled points at that sub-pattern.
#include "pattern_checks.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "../ast_walk.h"
#include "../codegen/unparse.h"

namespace pyco::sema {

namespace {

bool is_star_wildcard(const ast::Pattern& p) {
    auto* star = ast::as<ast::MatchStar>(p);
    return star && !star->name;
}

// A mapping key that CPython's AST optimizer folds into a constant (`-1`, `1+2j`): the value's identity for
// the duplicate check (equal numbers of any type are one key, as in a set) and its repr for the message.
struct FoldedKey {
    std::string identity, repr;
};

double number_value(const ast::Constant& c) { return std::strtod(c.value.c_str(), nullptr); }

// A real number's identity: integral values as their decimal digits, so that 1, 1.0 and True are one key.
std::string real_identity(const ast::Constant& c, bool negate) {
    if (c.kind == ast::Constant::Kind::Int) {
        bool zero = c.value.find_first_not_of('0') == std::string::npos;
        return (negate && !zero ? "-" : "") + c.value;
    }
    double v = number_value(c) * (negate ? -1 : 1);
    if (std::isfinite(v) && v == std::floor(v)) return fmt::format("{:.0f}", v == 0 ? 0.0 : v);
    return fmt::format("f{}", v);
}

// repr() of a complex number: `(re+imj)`, or `imj` alone when the real part is +0.
std::string complex_repr(double re, double im) {
    std::string imag = fmt::format("{}j", im);
    if (re == 0 && !std::signbit(re)) return imag;
    return fmt::format("({}{}{})", re, std::signbit(im) || std::isnan(im) ? "" : "+", imag);
}

std::optional<FoldedKey> fold_key(const ast::Expr& e) {
    using K = ast::Constant::Kind;
    if (auto* c = ast::as<ast::Constant>(e)) {
        switch (c->kind) {
            case K::Str: return FoldedKey{"s" + c->value, codegen::constant_repr(*c)};
            case K::Bytes: return FoldedKey{"b" + c->value, codegen::constant_repr(*c)};
            case K::None: return FoldedKey{"None", "None"};
            case K::True: return FoldedKey{"1", "True"};
            case K::False: return FoldedKey{"0", "False"};
            case K::Imaginary: {
                double im = number_value(*c);
                return FoldedKey{im == 0 ? "0" : fmt::format("c0,{}", im), codegen::constant_repr(*c)};
            }
            case K::Int: case K::Float: return FoldedKey{real_identity(*c, false), codegen::constant_repr(*c)};
            default: return std::nullopt;
        }
    }
    if (auto* u = ast::as<ast::UnaryOp>(e)) {
        auto* c = ast::as<ast::Constant>(*u->operand);
        if (!c) return std::nullopt;
        if (c->kind == K::Imaginary) {
            double im = -number_value(*c);
            return FoldedKey{im == 0 ? "0" : fmt::format("c0,{}", im), complex_repr(-0.0, im)};
        }
        ast::Constant negated{c->kind, (c->kind == K::Int && real_identity(*c, true) == "0" ? "" : "-") + c->value};
        return FoldedKey{real_identity(*c, true), codegen::constant_repr(negated)};
    }
    if (auto* b = ast::as<ast::BinOp>(e)) {
        auto* imag = ast::as<ast::Constant>(*b->right);
        auto* u = ast::as<ast::UnaryOp>(*b->left);
        auto* real = ast::as<ast::Constant>(u ? *u->operand : *b->left);
        if (!imag || !real) return std::nullopt;
        double re = number_value(*real) * (u ? -1 : 1);
        double im = number_value(*imag) * (b->op == ast::BinOpKind::Sub ? -1 : 1);
        if (im == 0) return FoldedKey{real_identity(*real, u != nullptr), complex_repr(re, im)};
        return FoldedKey{fmt::format("c{},{}", re, im), complex_repr(re, im)};
    }
    return std::nullopt;
}

class PatternChecker {
public:
    explicit PatternChecker(bool allow_irrefutable) : allow_irrefutable_(allow_irrefutable) {}

    std::optional<PatternError> check(const ast::Pattern& p) {
        pattern(p);
        return error_;
    }

private:
    ast::Span loc_;
    std::vector<std::string> stores_;  // the names the pattern binds so far, in binding order
    bool allow_irrefutable_;
    std::optional<PatternError> error_;

    bool fail(std::string message) {
        error_ = PatternError{loc_, "SyntaxError: " + std::move(message)};
        return false;
    }

    bool store_name(const std::optional<std::string>& name) {
        if (!name) return true;
        if (*name == "__debug__") return fail("cannot assign to __debug__");
        if (std::find(stores_.begin(), stores_.end(), *name) != stores_.end())
            return fail(fmt::format("multiple assignments to name '{}' in pattern", *name));
        stores_.push_back(*name);
        return true;
    }

    // Sub-patterns of sequences, mappings and classes may be irrefutable whatever the case is.
    bool subpattern(const ast::Pattern& p) {
        bool saved = allow_irrefutable_;
        allow_irrefutable_ = true;
        if (!pattern(p)) return false;
        allow_irrefutable_ = saved;
        return true;
    }

    bool pattern(const ast::Pattern& p) {
        loc_ = p.span;
        if (auto* v = ast::as<ast::MatchValue>(p)) {
            if (ast::as<ast::JoinedStr>(*v->value)) return fail("patterns may only match literals and attribute lookups");
            return true;
        }
        if (auto* s = ast::as<ast::MatchSequence>(p)) return sequence(*s);
        if (auto* m = ast::as<ast::MatchMapping>(p)) return mapping(*m);
        if (auto* c = ast::as<ast::MatchClass>(p)) return class_pattern(p, *c);
        if (auto* s = ast::as<ast::MatchStar>(p)) return store_name(s->name);
        if (auto* a = ast::as<ast::MatchAs>(p)) return as_pattern(*a);
        if (auto* o = ast::as<ast::MatchOr>(p)) return or_pattern(*o);
        return true;  // MatchSingleton
    }

    // Compiled as CPython compiles it: without a star or with a named one every item is matched; with `*_`
    // only the items that are no wildcard; when all are wildcards, none.
    bool sequence(const ast::MatchSequence& s) {
        size_t stars = 0;
        bool only_wildcard = true, star_wildcard = false;
        for (auto& item : s.patterns) {
            if (ast::as<ast::MatchStar>(*item)) {
                if (++stars > 1) return fail("multiple starred names in sequence pattern");
                star_wildcard = is_star_wildcard(*item);
                only_wildcard = only_wildcard && star_wildcard;
                continue;
            }
            only_wildcard = only_wildcard && ast::is_wildcard(*item);
        }
        if (only_wildcard) return true;
        for (auto& item : s.patterns) {
            if (star_wildcard && (ast::is_wildcard(*item) || ast::as<ast::MatchStar>(*item))) continue;
            if (!subpattern(*item)) return false;
        }
        return true;
    }

    bool mapping(const ast::MatchMapping& m) {
        std::vector<std::string> seen;
        for (auto& key : m.keys) {
            if (ast::as<ast::Attribute>(*key)) continue;
            auto folded = fold_key(*key);
            if (!folded) return fail("mapping pattern keys may only match literals and attribute lookups");
            if (std::find(seen.begin(), seen.end(), folded->identity) != seen.end())
                return fail(fmt::format("mapping pattern checks duplicate key ({})", folded->repr));
            seen.push_back(folded->identity);
        }
        for (auto& value : m.patterns)
            if (!subpattern(*value)) return false;
        return store_name(m.rest);
    }

    bool class_pattern(const ast::Pattern& p, const ast::MatchClass& c) {
        for (size_t i = 0; i < c.kwd_attrs.size(); ++i) {
            loc_ = c.kwd_patterns[i]->span;
            if (c.kwd_attrs[i] == "__debug__") return fail("cannot assign to __debug__");
            for (size_t j = i + 1; j < c.kwd_attrs.size(); ++j) {
                if (c.kwd_attrs[j] != c.kwd_attrs[i]) continue;
                loc_ = c.kwd_patterns[j]->span;
                return fail("attribute name repeated in class pattern: " + c.kwd_attrs[i]);
            }
        }
        if (!c.kwd_attrs.empty()) loc_ = p.span;
        for (auto* list : {&c.patterns, &c.kwd_patterns})
            for (auto& sub : *list)
                if (!ast::is_wildcard(*sub) && !subpattern(*sub)) return false;
        return true;
    }

    bool as_pattern(const ast::MatchAs& a) {
        if (!a.pattern) {
            if (allow_irrefutable_) return store_name(a.name);
            if (a.name) return fail(fmt::format("name capture '{}' makes remaining patterns unreachable", *a.name));
            return fail("wildcard makes remaining patterns unreachable");
        }
        return pattern(*a.pattern) && store_name(a.name);
    }

    // Every alternative binds the same names (the first one's order is the order of binding); only the last
    // may be irrefutable, and only when the or-pattern itself may be.
    bool or_pattern(const ast::MatchOr& o) {
        std::vector<std::string> outer = std::move(stores_), control;
        bool allow = allow_irrefutable_;
        for (size_t i = 0; i < o.patterns.size(); ++i) {
            stores_.clear();
            loc_ = o.patterns[i]->span;
            allow_irrefutable_ = i + 1 == o.patterns.size() && allow;
            if (!pattern(*o.patterns[i])) return false;
            if (i == 0) {
                control = stores_;
                continue;
            }
            bool same = stores_.size() == control.size() &&
                        std::all_of(control.begin(), control.end(), [&](const std::string& n) {
                            return std::find(stores_.begin(), stores_.end(), n) != stores_.end();
                        });
            if (!same) return fail("alternative patterns bind different names");
        }
        stores_ = std::move(outer);
        allow_irrefutable_ = allow;
        for (auto& name : control)
            if (!store_name(name)) return false;
        return true;
    }
};

}  // namespace

std::optional<PatternError> check_pattern(const ast::Pattern& p, bool allow_irrefutable) {
    return PatternChecker(allow_irrefutable).check(p);
}

}  // namespace pyco::sema
