// Compact one-line rendering of pyco's AST for tests, close to CPython's ast.dump but shorter:
//   Assign([Name(x,Store)], Int(1))   Call(Attribute(Name(asyncio),create_task), [Call(Name(func), [])])
#pragma once

#include <string>

#include "ast.h"

namespace pyco::test {

std::string dump(const ast::Expr& e);
std::string dump(const ast::Stmt& s);
std::string dump(const ast::Body& b);
std::string dump(const ast::Pattern& p);

inline std::string dump_ptr(const ast::ExprP& e) { return e ? dump(*e) : "null"; }

inline const char* ctx_name(ast::ExprContext c) {
    return c == ast::ExprContext::Store ? ",Store" : c == ast::ExprContext::Del ? ",Del" : "";
}

inline std::string list(const std::vector<ast::ExprP>& v) {
    std::string s = "[";
    for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + dump_ptr(v[i]);
    return s + "]";
}

inline std::string gens(const std::vector<ast::Comprehension>& g) {
    std::string s;
    for (auto& c : g) {
        s += std::string(c.is_async ? " async" : "") + " for " + dump(*c.target) + " in " + dump(*c.iter);
        for (auto& i : c.ifs) s += " if " + dump(*i);
    }
    return s;
}

inline std::string args(const ast::Arguments& a) {
    std::string s = "(";
    auto one = [&](const ast::Arg& x) {
        s += x.name;
        if (x.annotation) s += ":" + dump(*x.annotation);
        s += " ";
    };
    for (auto& x : a.posonlyargs) one(x);
    if (!a.posonlyargs.empty()) s += "/ ";
    for (auto& x : a.args) one(x);
    if (a.vararg) s += "*", one(*a.vararg);
    else if (!a.kwonlyargs.empty()) s += "* ";
    for (auto& x : a.kwonlyargs) one(x);
    if (a.kwarg) s += "**", one(*a.kwarg);
    s += "defaults=" + list(a.defaults) + " kw_defaults=" + list(a.kw_defaults) + ")";
    return s;
}

inline std::string quote(const std::string& v) {
    std::string s = "'";
    for (char c : v) {
        if (c == '\n') s += "\\n";
        else if (c == '\t') s += "\\t";
        else if (c == '\'') s += "\\'";
        else if (c == '\\') s += "\\\\";
        else s += c;
    }
    return s + "'";
}

inline std::string dump(const ast::Expr& e) {
    using namespace ast;
    static const char* binops[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                   "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
    static const char* unops[] = {"Invert", "Not", "UAdd", "USub"};
    static const char* cmps[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
    return std::visit(
        [&](const auto& n) -> std::string {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, Name>) return "Name(" + n.id + ctx_name(n.ctx) + ")";
            else if constexpr (std::is_same_v<T, Constant>) {
                switch (n.kind) {
                case Constant::Kind::None: return "None";
                case Constant::Kind::True: return "True";
                case Constant::Kind::False: return "False";
                case Constant::Kind::Ellipsis: return "...";
                case Constant::Kind::Int: return "Int(" + n.value + ")";
                case Constant::Kind::Float: return "Float(" + n.value + ")";
                case Constant::Kind::Imaginary: return "Imag(" + n.value + ")";
                case Constant::Kind::Str: return "Str(" + quote(n.value) + ")";
                case Constant::Kind::Bytes: return "Bytes(" + quote(n.value) + ")";
                }
                return "?";
            } else if constexpr (std::is_same_v<T, JoinedStr>) return "JoinedStr" + list(n.values);
            else if constexpr (std::is_same_v<T, FormattedValue>) {
                std::string s = "FV(" + dump(*n.value);
                if (n.conversion != -1) s += std::string(",!") + char(n.conversion);
                if (n.format_spec) s += ",spec=" + dump(*n.format_spec);
                return s + ")";
            } else if constexpr (std::is_same_v<T, BinOp>)
                return "BinOp(" + dump(*n.left) + "," + binops[int(n.op)] + "," + dump(*n.right) + ")";
            else if constexpr (std::is_same_v<T, UnaryOp>) return std::string("UnaryOp(") + unops[int(n.op)] + "," + dump(*n.operand) + ")";
            else if constexpr (std::is_same_v<T, BoolOp>) return std::string(n.op == BoolOpKind::And ? "And" : "Or") + list(n.values);
            else if constexpr (std::is_same_v<T, Compare>) {
                std::string s = "Compare(" + dump(*n.left);
                for (size_t i = 0; i < n.ops.size(); ++i) s += std::string(",") + cmps[int(n.ops[i])] + "," + dump(*n.comparators[i]);
                return s + ")";
            } else if constexpr (std::is_same_v<T, Call>) {
                std::string s = "Call(" + dump(*n.func) + ", " + list(n.args);
                for (auto& k : n.keywords) s += ", " + (k.arg ? *k.arg + "=" : std::string("**")) + dump(*k.value);
                return s + ")";
            } else if constexpr (std::is_same_v<T, Attribute>) return "Attribute(" + dump(*n.value) + "," + n.attr + ctx_name(n.ctx) + ")";
            else if constexpr (std::is_same_v<T, Subscript>) return "Subscript(" + dump(*n.value) + "," + dump(*n.slice) + ctx_name(n.ctx) + ")";
            else if constexpr (std::is_same_v<T, Slice>) return "Slice(" + dump_ptr(n.lower) + "," + dump_ptr(n.upper) + "," + dump_ptr(n.step) + ")";
            else if constexpr (std::is_same_v<T, Starred>) return "Starred(" + dump(*n.value) + ctx_name(n.ctx) + ")";
            else if constexpr (std::is_same_v<T, List>) return "List" + list(n.elts) + ctx_name(n.ctx);
            else if constexpr (std::is_same_v<T, Tuple>) return "Tuple" + list(n.elts) + ctx_name(n.ctx);
            else if constexpr (std::is_same_v<T, Set>) return "Set" + list(n.elts);
            else if constexpr (std::is_same_v<T, Dict>) {
                std::string s = "Dict{";
                for (size_t i = 0; i < n.keys.size(); ++i) s += (i ? ", " : "") + (n.keys[i] ? dump(*n.keys[i]) : "**") + ":" + dump(*n.values[i]);
                return s + "}";
            } else if constexpr (std::is_same_v<T, ListComp>) return "ListComp(" + dump(*n.elt) + gens(n.generators) + ")";
            else if constexpr (std::is_same_v<T, SetComp>) return "SetComp(" + dump(*n.elt) + gens(n.generators) + ")";
            else if constexpr (std::is_same_v<T, GeneratorExp>) return "GeneratorExp(" + dump(*n.elt) + gens(n.generators) + ")";
            else if constexpr (std::is_same_v<T, DictComp>) return "DictComp(" + dump(*n.key) + ":" + dump(*n.value) + gens(n.generators) + ")";
            else if constexpr (std::is_same_v<T, Lambda>) return "Lambda" + args(n.args) + "(" + dump(*n.body) + ")";
            else if constexpr (std::is_same_v<T, IfExp>) return "IfExp(" + dump(*n.test) + "," + dump(*n.body) + "," + dump(*n.orelse) + ")";
            else if constexpr (std::is_same_v<T, Await>) return "Await(" + dump(*n.value) + ")";
            else if constexpr (std::is_same_v<T, Yield>) return "Yield(" + dump_ptr(n.value) + ")";
            else if constexpr (std::is_same_v<T, YieldFrom>) return "YieldFrom(" + dump(*n.value) + ")";
            else return "NamedExpr(" + dump(*n.target) + "," + dump(*n.value) + ")";
        },
        e.node);
}

inline std::string dump(const ast::Body& b) {
    std::string s = "[";
    for (size_t i = 0; i < b.size(); ++i) s += (i ? "; " : "") + dump(*b[i]);
    return s + "]";
}

inline std::string dump(const ast::Stmt& st) {
    using namespace ast;
    static const char* binops[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                   "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
    return std::visit(
        [&](const auto& n) -> std::string {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, FunctionDef>)
                return std::string(n.is_async ? "AsyncFunctionDef(" : "FunctionDef(") + n.name + args(n.args) +
                       (n.returns ? "->" + dump(*n.returns) : "") + (n.decorator_list.empty() ? "" : " @" + list(n.decorator_list)) + " " + dump(n.body) + ")";
            else if constexpr (std::is_same_v<T, ClassDef>) {
                std::string s = "ClassDef(" + n.name + list(n.bases);
                for (auto& k : n.keywords) s += ", " + (k.arg ? *k.arg + "=" : std::string("**")) + dump(*k.value);
                return s + " " + dump(n.body) + ")";
            } else if constexpr (std::is_same_v<T, Return>) return "Return(" + dump_ptr(n.value) + ")";
            else if constexpr (std::is_same_v<T, Delete>) return "Delete" + list(n.targets);
            else if constexpr (std::is_same_v<T, Assign>) return "Assign(" + list(n.targets) + ", " + dump(*n.value) + ")";
            else if constexpr (std::is_same_v<T, AugAssign>) return "AugAssign(" + dump(*n.target) + "," + binops[int(n.op)] + "," + dump(*n.value) + ")";
            else if constexpr (std::is_same_v<T, AnnAssign>) return "AnnAssign(" + dump(*n.target) + "," + dump(*n.annotation) + "," + dump_ptr(n.value) + (n.simple ? "" : ",0") + ")";
            else if constexpr (std::is_same_v<T, For>) return std::string(n.is_async ? "AsyncFor(" : "For(") + dump(*n.target) + "," + dump(*n.iter) + " " + dump(n.body) + (n.orelse.empty() ? "" : " else " + dump(n.orelse)) + ")";
            else if constexpr (std::is_same_v<T, While>) return "While(" + dump(*n.test) + " " + dump(n.body) + (n.orelse.empty() ? "" : " else " + dump(n.orelse)) + ")";
            else if constexpr (std::is_same_v<T, If>) return "If(" + dump(*n.test) + " " + dump(n.body) + (n.orelse.empty() ? "" : " else " + dump(n.orelse)) + ")";
            else if constexpr (std::is_same_v<T, With>) {
                std::string s = n.is_async ? "AsyncWith(" : "With(";
                for (auto& i : n.items) s += dump(*i.context_expr) + (i.optional_vars ? " as " + dump(*i.optional_vars) : "") + ", ";
                return s + dump(n.body) + ")";
            } else if constexpr (std::is_same_v<T, Raise>) return "Raise(" + dump_ptr(n.exc) + (n.cause ? " from " + dump(*n.cause) : "") + ")";
            else if constexpr (std::is_same_v<T, Try>) {
                std::string s = std::string(n.is_star ? "TryStar(" : "Try(") + dump(n.body);
                for (auto& h : n.handlers) s += " except " + dump_ptr(h.type) + (h.name ? " as " + *h.name : "") + " " + dump(h.body);
                if (!n.orelse.empty()) s += " else " + dump(n.orelse);
                if (!n.finalbody.empty()) s += " finally " + dump(n.finalbody);
                return s + ")";
            } else if constexpr (std::is_same_v<T, Assert>) return "Assert(" + dump(*n.test) + (n.msg ? "," + dump(*n.msg) : "") + ")";
            else if constexpr (std::is_same_v<T, Import>) {
                std::string s = "Import(";
                for (auto& a : n.names) s += a.name + (a.asname ? " as " + *a.asname : "") + " ";
                return s + ")";
            } else if constexpr (std::is_same_v<T, ImportFrom>) {
                std::string s = "ImportFrom(" + std::string(size_t(n.level), '.') + n.module + ": ";
                for (auto& a : n.names) s += a.name + (a.asname ? " as " + *a.asname : "") + " ";
                return s + ")";
            } else if constexpr (std::is_same_v<T, Global> || std::is_same_v<T, Nonlocal>) {
                std::string s = std::is_same_v<T, Global> ? "Global(" : "Nonlocal(";
                for (auto& a : n.names) s += a + " ";
                return s + ")";
            } else if constexpr (std::is_same_v<T, ExprStmt>) return "Expr(" + dump(*n.value) + ")";
            else if constexpr (std::is_same_v<T, Pass>) return "Pass";
            else if constexpr (std::is_same_v<T, Break>) return "Break";
            else if constexpr (std::is_same_v<T, Continue>) return "Continue";
            else {
                std::string s = "Match(" + dump(*n.subject);
                for (auto& c : n.cases)
                    s += "; case " + dump(*c.pattern) + (c.guard ? " if " + dump(*c.guard) : "") + " " + dump(c.body);
                return s + ")";
            }
        },
        st.node);
}

// Patterns: Value(...), None/True/False, Seq[...], Map{k: p, **rest}, Class(C, p, attr=p), *name, name, _,
// As(p as name), Or[p | q].
inline std::string dump(const ast::Pattern& p) {
    using namespace ast;
    auto seq = [](const std::vector<PatternP>& v, const char* sep) {
        std::string s;
        for (size_t i = 0; i < v.size(); ++i) s += (i ? sep : "") + dump(*v[i]);
        return s;
    };
    return std::visit(
        [&](const auto& n) -> std::string {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, MatchValue>) return "Value(" + dump(*n.value) + ")";
            else if constexpr (std::is_same_v<T, MatchSingleton>)
                return n.kind == Constant::Kind::None ? "None" : n.kind == Constant::Kind::True ? "True" : "False";
            else if constexpr (std::is_same_v<T, MatchSequence>) return "Seq[" + seq(n.patterns, ", ") + "]";
            else if constexpr (std::is_same_v<T, MatchMapping>) {
                std::string s = "Map{";
                for (size_t i = 0; i < n.keys.size(); ++i) s += (i ? ", " : "") + dump(*n.keys[i]) + ": " + dump(*n.patterns[i]);
                if (n.rest) s += (n.keys.empty() ? "**" : ", **") + *n.rest;
                return s + "}";
            } else if constexpr (std::is_same_v<T, MatchClass>) {
                std::string s = "Class(" + dump(*n.cls);
                for (auto& q : n.patterns) s += ", " + dump(*q);
                for (size_t i = 0; i < n.kwd_attrs.size(); ++i) s += ", " + n.kwd_attrs[i] + "=" + dump(*n.kwd_patterns[i]);
                return s + ")";
            } else if constexpr (std::is_same_v<T, MatchStar>) return "*" + n.name.value_or("_");
            else if constexpr (std::is_same_v<T, MatchAs>) {
                if (!n.pattern) return n.name.value_or("_");
                return "As(" + dump(*n.pattern) + " as " + *n.name + ")";
            } else return "Or[" + seq(n.patterns, " | ") + "]";
        },
        p.node);
}

}  // namespace pyco::test
