// An expression back to Python source, as CPython's compiler does for `from __future__ import annotations`
// (Python/ast_unparse.c): canonical spacing, parentheses only where precedence needs them, constants as their
// repr. The rules here follow that file's precedence levels.
#include "unparse.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <functional>


namespace pyco::codegen {

namespace {

// CPython's _Precedence, lowest first.
enum Prec { kTuple, kTest, kOr, kAnd, kNot, kCmp, kExpr, kBor = kExpr, kBxor, kBand, kShift, kArith, kTerm, kFactor,
            kPower, kAwait, kAtom };

// repr() of a str: single quotes unless the text holds one and no double quote.
std::string str_repr(const std::string& s, bool bytes = false) {
    bool has_single = s.find('\'') != std::string::npos, has_double = s.find('"') != std::string::npos;
    char q = has_single && !has_double ? '"' : '\'';
    std::string out = bytes ? "b" : "";
    out += q;
    for (unsigned char c : s) {
        if (c == q || c == '\\') out += {'\\', char(c)};
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) out += fmt::format("\\x{:02x}", c);
        else out += char(c);
    }
    return out + q;
}

// repr() of a float given its source spelling; infinity, which has no literal, is written 1e309 as CPython does.
std::string float_repr(const std::string& text) {
    double v = std::strtod(text.c_str(), nullptr);
    if (std::isinf(v)) return "1e309";
    std::string out = fmt::format("{}", v);
    if (out.find_first_of(".en") == std::string::npos) out += ".0";
    return out;
}

}  // namespace

std::string constant_repr(const ast::Constant& k) {
    switch (k.kind) {
        case ast::Constant::Kind::None: return "None";
        case ast::Constant::Kind::True: return "True";
        case ast::Constant::Kind::False: return "False";
        case ast::Constant::Kind::Ellipsis: return "...";
        case ast::Constant::Kind::Int: return k.value;
        case ast::Constant::Kind::Float: return float_repr(k.value);
        case ast::Constant::Kind::Imaginary: {
            std::string digits = k.value;
            if (!digits.empty() && (digits.back() == 'j' || digits.back() == 'J')) digits.pop_back();
            std::string f = float_repr(digits);
            if (f.size() > 2 && f.compare(f.size() - 2, 2, ".0") == 0) f.resize(f.size() - 2);
            return f + "j";
        }
        case ast::Constant::Kind::Str: return str_repr(k.value);
        case ast::Constant::Kind::Bytes: return str_repr(k.value, true);
    }
    return "";
}

namespace {

const char* binop_text(ast::BinOpKind op, int& prec) {
    using K = ast::BinOpKind;
    switch (op) {
        case K::Add: prec = kArith; return " + ";
        case K::Sub: prec = kArith; return " - ";
        case K::Mult: prec = kTerm; return " * ";
        case K::MatMult: prec = kTerm; return " @ ";
        case K::Div: prec = kTerm; return " / ";
        case K::Mod: prec = kTerm; return " % ";
        case K::FloorDiv: prec = kTerm; return " // ";
        case K::LShift: prec = kShift; return " << ";
        case K::RShift: prec = kShift; return " >> ";
        case K::BitOr: prec = kBor; return " | ";
        case K::BitXor: prec = kBxor; return " ^ ";
        case K::BitAnd: prec = kBand; return " & ";
        case K::Pow: prec = kPower; return " ** ";
    }
    return "";
}

const char* cmpop_text(ast::CmpOpKind op) {
    using K = ast::CmpOpKind;
    switch (op) {
        case K::Eq: return " == ";
        case K::NotEq: return " != ";
        case K::Lt: return " < ";
        case K::LtE: return " <= ";
        case K::Gt: return " > ";
        case K::GtE: return " >= ";
        case K::Is: return " is ";
        case K::IsNot: return " is not ";
        case K::In: return " in ";
        case K::NotIn: return " not in ";
    }
    return "";
}

class Unparser {
public:
    explicit Unparser(const std::function<std::string(const ast::Expr&)>& fallback) : fallback_(fallback) {}

    std::string expr(const ast::Expr& e, int level) {
        return std::visit([&](const auto& n) { return node(e, n, level); }, e.node);
    }

private:
    const std::function<std::string(const ast::Expr&)>& fallback_;

    static std::string wrap(bool parens, const std::string& s) { return parens ? "(" + s + ")" : s; }

    std::string join(const std::vector<ast::ExprP>& v, int level) {
        std::string out;
        for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + expr(*v[i], level);
        return out;
    }

    std::string node(const ast::Expr&, const ast::Name& n, int) { return n.id; }
    std::string node(const ast::Expr&, const ast::Constant& k, int) { return constant_repr(k); }

    std::string node(const ast::Expr&, const ast::BoolOp& b, int level) {
        int pr = b.op == ast::BoolOpKind::And ? kAnd : kOr;
        std::string out;
        for (size_t i = 0; i < b.values.size(); ++i)
            out += (i ? (pr == kAnd ? " and " : " or ") : "") + expr(*b.values[i], pr + 1);
        return wrap(level > pr, out);
    }

    std::string node(const ast::Expr&, const ast::BinOp& b, int level) {
        int pr = 0;
        const char* op = binop_text(b.op, pr);
        bool rassoc = b.op == ast::BinOpKind::Pow;
        return wrap(level > pr, expr(*b.left, pr + rassoc) + op + expr(*b.right, pr + !rassoc));
    }

    std::string node(const ast::Expr&, const ast::UnaryOp& u, int level) {
        using K = ast::UnaryOpKind;
        int pr = u.op == K::Not ? kNot : kFactor;
        const char* op = u.op == K::Not ? "not " : u.op == K::Invert ? "~" : u.op == K::UAdd ? "+" : "-";
        return wrap(level > pr, op + expr(*u.operand, pr));
    }

    std::string node(const ast::Expr&, const ast::Compare& c, int level) {
        std::string out = expr(*c.left, kCmp + 1);
        for (size_t i = 0; i < c.ops.size(); ++i) out += cmpop_text(c.ops[i]) + expr(*c.comparators[i], kCmp + 1);
        return wrap(level > kCmp, out);
    }

    std::string node(const ast::Expr&, const ast::IfExp& x, int level) {
        return wrap(level > kTest,
                    expr(*x.body, kTest + 1) + " if " + expr(*x.test, kTest + 1) + " else " + expr(*x.orelse, kTest));
    }

    std::string node(const ast::Expr&, const ast::Call& c, int) {
        std::string out = expr(*c.func, kAtom) + "(";
        bool first = true;
        auto sep = [&] { if (!first) out += ", "; first = false; };
        for (auto& a : c.args) {
            sep();
            out += expr(*a, kTest);
        }
        for (auto& k : c.keywords) {
            sep();
            out += (k.arg ? *k.arg + "=" : std::string("**")) + expr(*k.value, kTest);
        }
        return out + ")";
    }

    std::string node(const ast::Expr&, const ast::Attribute& a, int) {
        std::string v = expr(*a.value, kAtom);
        // `1 .real`: without the space the dot would belong to the number.
        auto* k = std::get_if<ast::Constant>(&a.value->node);
        if (k && k->kind == ast::Constant::Kind::Int) v += " ";
        return v + "." + a.attr;
    }

    std::string node(const ast::Expr&, const ast::Subscript& s, int) {
        std::string inner;
        auto* t = std::get_if<ast::Tuple>(&s.slice->node);
        if (t && !t->elts.empty()) inner = join(t->elts, kTest) + (t->elts.size() == 1 ? "," : "");
        else inner = expr(*s.slice, kTuple);
        return expr(*s.value, kAtom) + "[" + inner + "]";
    }

    std::string node(const ast::Expr&, const ast::Slice& s, int) {
        std::string out;
        if (s.lower) out += expr(*s.lower, kTest);
        out += ":";
        if (s.upper) out += expr(*s.upper, kTest);
        if (s.step) out += ":" + expr(*s.step, kTest);
        return out;
    }

    std::string node(const ast::Expr&, const ast::Starred& s, int) { return "*" + expr(*s.value, kExpr); }
    std::string node(const ast::Expr&, const ast::List& l, int) { return "[" + join(l.elts, kTest) + "]"; }

    std::string node(const ast::Expr&, const ast::Tuple& t, int level) {
        if (t.elts.empty()) return "()";
        return wrap(level > kTuple, join(t.elts, kTest) + (t.elts.size() == 1 ? "," : ""));
    }

    std::string node(const ast::Expr&, const ast::Set& s, int) {
        return s.elts.empty() ? "{*()}" : "{" + join(s.elts, kTest) + "}";
    }

    std::string node(const ast::Expr&, const ast::Dict& d, int) {
        std::string out = "{";
        for (size_t i = 0; i < d.values.size(); ++i) {
            if (i) out += ", ";
            out += d.keys[i] ? expr(*d.keys[i], kTest) + ": " + expr(*d.values[i], kTest)
                             : "**" + expr(*d.values[i], kExpr);
        }
        return out + "}";
    }

    std::string node(const ast::Expr&, const ast::Await& a, int level) {
        return wrap(level > kAwait, "await " + expr(*a.value, kAtom));
    }

    std::string node(const ast::Expr&, const ast::NamedExpr& n, int level) {
        return wrap(level > kTuple, expr(*n.target, kAtom) + " := " + expr(*n.value, kAtom));
    }

    // Comprehensions, lambdas, f-strings and yields are rare in annotations: their source text stands in.
    template <class T> std::string node(const ast::Expr& e, const T&, int) { return fallback_(e); }
};

}  // namespace

std::string unparse(const ast::Expr& e, const std::function<std::string(const ast::Expr&)>& fallback) {
    return Unparser(fallback).expr(e, kTest);
}

}  // namespace pyco::codegen
