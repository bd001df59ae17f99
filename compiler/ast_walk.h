// Direct children of AST nodes, so that passes which only need to look everywhere (scope analysis, checks)
// do not each spell out the tree's shape.
#pragma once

#include <type_traits>

#include "ast.h"

namespace pyco::ast {

template <class F> void for_each_arg_default(const Arguments& a, F&& f) {
    for (auto& d : a.defaults) if (d) f(*d);
    for (auto& d : a.kw_defaults) if (d) f(*d);
    auto ann = [&](const Arg& x) { if (x.annotation) f(*x.annotation); };
    for (auto& x : a.posonlyargs) ann(x);
    for (auto& x : a.args) ann(x);
    for (auto& x : a.kwonlyargs) ann(x);
    if (a.vararg) ann(*a.vararg);
    if (a.kwarg) ann(*a.kwarg);
}

// Calls f(child) for each direct child expression of `e`. Lambda bodies and comprehension parts are included
// (callers that care about scopes handle Lambda/comprehensions before recursing).
template <class F> void for_each_child(const Expr& e, F&& f) {
    auto one = [&](const ExprP& p) { if (p) f(*p); };
    auto many = [&](const std::vector<ExprP>& v) { for (auto& p : v) one(p); };
    auto gens = [&](const std::vector<Comprehension>& gs) {
        for (auto& g : gs) { one(g.target); one(g.iter); many(g.ifs); }
    };
    std::visit(
        [&](auto& n) {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, JoinedStr>) many(n.values);
            else if constexpr (std::is_same_v<T, FormattedValue>) { one(n.value); one(n.format_spec); }
            else if constexpr (std::is_same_v<T, BinOp>) { one(n.left); one(n.right); }
            else if constexpr (std::is_same_v<T, UnaryOp>) one(n.operand);
            else if constexpr (std::is_same_v<T, BoolOp>) many(n.values);
            else if constexpr (std::is_same_v<T, Compare>) { one(n.left); many(n.comparators); }
            else if constexpr (std::is_same_v<T, Call>) {
                one(n.func); many(n.args);
                for (auto& k : n.keywords) one(k.value);
            } else if constexpr (std::is_same_v<T, Attribute>) one(n.value);
            else if constexpr (std::is_same_v<T, Subscript>) { one(n.value); one(n.slice); }
            else if constexpr (std::is_same_v<T, Slice>) { one(n.lower); one(n.upper); one(n.step); }
            else if constexpr (std::is_same_v<T, Starred>) one(n.value);
            else if constexpr (std::is_same_v<T, List> || std::is_same_v<T, Tuple> || std::is_same_v<T, Set>) many(n.elts);
            else if constexpr (std::is_same_v<T, Dict>) { many(n.keys); many(n.values); }
            else if constexpr (std::is_same_v<T, ListComp> || std::is_same_v<T, SetComp> ||
                               std::is_same_v<T, GeneratorExp>) { gens(n.generators); one(n.elt); }
            else if constexpr (std::is_same_v<T, DictComp>) { gens(n.generators); one(n.key); one(n.value); }
            else if constexpr (std::is_same_v<T, Lambda>) { for_each_arg_default(n.args, f); one(n.body); }
            else if constexpr (std::is_same_v<T, IfExp>) { one(n.test); one(n.body); one(n.orelse); }
            else if constexpr (std::is_same_v<T, Await> || std::is_same_v<T, Yield> || std::is_same_v<T, YieldFrom>) one(n.value);
            else if constexpr (std::is_same_v<T, NamedExpr>) { one(n.target); one(n.value); }
        },
        e.node);
}

// `_`: a pattern that matches anything and binds nothing.
inline bool is_wildcard(const Pattern& p) {
    auto* a = std::get_if<MatchAs>(&p.node);
    return a && !a->pattern && !a->name;
}

// Calls fe(expr) for each expression in pattern `p` (values, mapping keys, class names) and fc(name, span) for
// each name it captures, in the order CPython's symtable visits them.
template <class FE, class FC> void for_each_pattern_part(const Pattern& p, FE&& fe, FC&& fc) {
    auto sub = [&](const PatternP& q) { if (q) for_each_pattern_part(*q, fe, fc); };
    std::visit(
        [&](auto& n) {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, MatchValue>) fe(*n.value);
            else if constexpr (std::is_same_v<T, MatchSequence> || std::is_same_v<T, MatchOr>) {
                for (auto& q : n.patterns) sub(q);
            } else if constexpr (std::is_same_v<T, MatchMapping>) {
                for (auto& k : n.keys) fe(*k);
                for (auto& q : n.patterns) sub(q);
                if (n.rest) fc(*n.rest, p.span);
            } else if constexpr (std::is_same_v<T, MatchClass>) {
                fe(*n.cls);
                for (auto& q : n.patterns) sub(q);
                for (auto& q : n.kwd_patterns) sub(q);
            } else if constexpr (std::is_same_v<T, MatchStar>) {
                if (n.name) fc(*n.name, p.span);
            } else if constexpr (std::is_same_v<T, MatchAs>) {
                sub(n.pattern);
                if (n.name) fc(*n.name, p.span);
            }
        },
        p.node);
}

// Calls fe(expr) for each expression directly in `s` and fb(body) for each nested statement list.
template <class FE, class FB> void for_each_child(const Stmt& s, FE&& fe, FB&& fb) {
    auto one = [&](const ExprP& p) { if (p) fe(*p); };
    auto many = [&](const std::vector<ExprP>& v) { for (auto& p : v) one(p); };
    std::visit(
        [&](auto& n) {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, FunctionDef>) {
                many(n.decorator_list); for_each_arg_default(n.args, fe); one(n.returns); fb(n.body);
            } else if constexpr (std::is_same_v<T, ClassDef>) {
                many(n.decorator_list); many(n.bases);
                for (auto& k : n.keywords) one(k.value);
                fb(n.body);
            } else if constexpr (std::is_same_v<T, Return>) one(n.value);
            else if constexpr (std::is_same_v<T, Delete>) many(n.targets);
            else if constexpr (std::is_same_v<T, Assign>) { many(n.targets); one(n.value); }
            else if constexpr (std::is_same_v<T, AugAssign>) { one(n.target); one(n.value); }
            else if constexpr (std::is_same_v<T, AnnAssign>) { one(n.target); one(n.annotation); one(n.value); }
            else if constexpr (std::is_same_v<T, For>) { one(n.target); one(n.iter); fb(n.body); fb(n.orelse); }
            else if constexpr (std::is_same_v<T, While>) { one(n.test); fb(n.body); fb(n.orelse); }
            else if constexpr (std::is_same_v<T, If>) { one(n.test); fb(n.body); fb(n.orelse); }
            else if constexpr (std::is_same_v<T, With>) {
                for (auto& it : n.items) { one(it.context_expr); one(it.optional_vars); }
                fb(n.body);
            } else if constexpr (std::is_same_v<T, Raise>) { one(n.exc); one(n.cause); }
            else if constexpr (std::is_same_v<T, Try>) {
                fb(n.body);
                for (auto& h : n.handlers) { one(h.type); fb(h.body); }
                fb(n.orelse); fb(n.finalbody);
            } else if constexpr (std::is_same_v<T, Assert>) { one(n.test); one(n.msg); }
            else if constexpr (std::is_same_v<T, ExprStmt>) one(n.value);
            else if constexpr (std::is_same_v<T, Match>) {
                one(n.subject);
                for (auto& c : n.cases) {
                    for_each_pattern_part(*c.pattern, fe, [](const std::string&, Span) {});
                    one(c.guard);
                    fb(c.body);
                }
            }
        },
        s.node);
}

}  // namespace pyco::ast
