// pyco's own syntax tree: plain data, one struct per Python construct, every node with a span.
// The ANTLR parse tree is converted into this once (compiler/parse); nothing after that sees ANTLR types.
// Field names follow CPython's `ast` module so that a reader who knows one knows the other.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace pyco::ast {

// Lines are 1-based, columns 0-based and counted in code points (not bytes), as CPython's traceback shows them.
struct Span {
    int line = 0, col = 0, end_line = 0, end_col = 0;
};

struct Expr;
struct Stmt;
using ExprP = std::unique_ptr<Expr>;
using StmtP = std::unique_ptr<Stmt>;
using Body = std::vector<StmtP>;

enum class ExprContext { Load, Store, Del };
enum class BinOpKind { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class UnaryOpKind { Invert, Not, UAdd, USub };
enum class BoolOpKind { And, Or };
enum class CmpOpKind { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// ---- expressions ----
struct Name { std::string id; ExprContext ctx = ExprContext::Load; };
// Literal values keep their source spelling where it matters (big ints, floats) so nothing is lost before codegen.
struct Constant {
    enum class Kind { None, True, False, Ellipsis, Int, Float, Imaginary, Str, Bytes } kind = Kind::None;
    std::string value;  // Int: decimal digits (already converted from 0x/0o/0b, '_' removed); Float: source text;
                        // Str: the decoded value in UTF-8; Bytes: the decoded raw bytes
};
// One piece of an f-string: either literal text (expr == nullptr) or a replacement field.
struct FormattedValue {
    ExprP value;
    int conversion = -1;  // -1 none, 's', 'r', 'a'
    ExprP format_spec;    // a JoinedStr or nullptr
};
struct JoinedStr { std::vector<ExprP> values; };  // Constant(Str) and FormattedValue nodes
struct BinOp { ExprP left; BinOpKind op; ExprP right; };
struct UnaryOp { UnaryOpKind op; ExprP operand; };
struct BoolOp { BoolOpKind op; std::vector<ExprP> values; };
struct Compare { ExprP left; std::vector<CmpOpKind> ops; std::vector<ExprP> comparators; };
struct Keyword { std::optional<std::string> arg; ExprP value; Span span; };  // arg empty: **value
struct Call { ExprP func; std::vector<ExprP> args; std::vector<Keyword> keywords; };  // args may hold Starred
struct Attribute { ExprP value; std::string attr; ExprContext ctx = ExprContext::Load; };
struct Subscript { ExprP value; ExprP slice; ExprContext ctx = ExprContext::Load; };
struct Slice { ExprP lower, upper, step; };  // each may be null
struct Starred { ExprP value; ExprContext ctx = ExprContext::Load; };
struct List { std::vector<ExprP> elts; ExprContext ctx = ExprContext::Load; };
struct Tuple { std::vector<ExprP> elts; ExprContext ctx = ExprContext::Load; };
struct Set { std::vector<ExprP> elts; };
struct Dict { std::vector<ExprP> keys; std::vector<ExprP> values; };  // a null key means `**values[i]`
struct Comprehension { ExprP target; ExprP iter; std::vector<ExprP> ifs; bool is_async = false; };
struct ListComp { ExprP elt; std::vector<Comprehension> generators; };
struct SetComp { ExprP elt; std::vector<Comprehension> generators; };
struct GeneratorExp { ExprP elt; std::vector<Comprehension> generators; };
struct DictComp { ExprP key; ExprP value; std::vector<Comprehension> generators; };
struct Arg { std::string name; ExprP annotation; Span span; };
struct Arguments {
    std::vector<Arg> posonlyargs, args;  // defaults apply to the last len(defaults) of posonlyargs+args
    std::optional<Arg> vararg;
    std::vector<Arg> kwonlyargs;
    std::vector<ExprP> kw_defaults;  // one per kwonlyarg, null where there is none
    std::optional<Arg> kwarg;
    std::vector<ExprP> defaults;
};
struct Lambda { Arguments args; ExprP body; };
struct IfExp { ExprP test; ExprP body; ExprP orelse; };
struct Await { ExprP value; };
struct Yield { ExprP value; };  // value may be null
struct YieldFrom { ExprP value; };
struct NamedExpr { ExprP target; ExprP value; };

struct Expr {
    Span span;
    std::variant<Name, Constant, JoinedStr, FormattedValue, BinOp, UnaryOp, BoolOp, Compare, Call, Attribute,
                 Subscript, Slice, Starred, List, Tuple, Set, Dict, ListComp, SetComp, GeneratorExp, DictComp, Lambda,
                 IfExp, Await, Yield, YieldFrom, NamedExpr>
        node;
};

// ---- statements ----
struct FunctionDef {
    std::string name;
    Arguments args;
    Body body;
    std::vector<ExprP> decorator_list;
    ExprP returns;
    bool is_async = false;
    Span name_span;
};
struct ClassDef {
    std::string name;
    std::vector<ExprP> bases;
    std::vector<Keyword> keywords;
    Body body;
    std::vector<ExprP> decorator_list;
};
struct Return { ExprP value; };
struct Delete { std::vector<ExprP> targets; };
struct Assign { std::vector<ExprP> targets; ExprP value; };  // a = b = value
struct AugAssign { ExprP target; BinOpKind op; ExprP value; };
struct AnnAssign { ExprP target; ExprP annotation; ExprP value; bool simple = true; };
struct For { ExprP target; ExprP iter; Body body; Body orelse; bool is_async = false; };
struct While { ExprP test; Body body; Body orelse; };
struct If { ExprP test; Body body; Body orelse; };
struct WithItem { ExprP context_expr; ExprP optional_vars; };
struct With { std::vector<WithItem> items; Body body; bool is_async = false; };
struct Raise { ExprP exc; ExprP cause; };
struct ExceptHandler { ExprP type; std::optional<std::string> name; Body body; Span span; };
struct Try { Body body; std::vector<ExceptHandler> handlers; Body orelse; Body finalbody; bool is_star = false; };
struct Assert { ExprP test; ExprP msg; };
struct Alias { std::string name; std::optional<std::string> asname; Span span; };
struct Import { std::vector<Alias> names; };
struct ImportFrom { std::string module; std::vector<Alias> names; int level = 0; };
struct Global { std::vector<std::string> names; };
struct Nonlocal { std::vector<std::string> names; };
struct ExprStmt { ExprP value; };
struct Pass {};
struct Break {};
struct Continue {};

// ---- patterns (PEP 634), as CPython's ast module has them ----
struct Pattern;
using PatternP = std::unique_ptr<Pattern>;
// A literal or a dotted name, compared with ==. Numbers keep their source form: `-1` is UnaryOp(USub, 1) and
// `1+2j` a BinOp (CPython folds both to constants before compiling).
struct MatchValue { ExprP value; };
struct MatchSingleton { Constant::Kind kind = Constant::Kind::None; };  // None, True, False: compared with `is`
struct MatchSequence { std::vector<PatternP> patterns; };              // at most one MatchStar among them
struct MatchMapping {
    std::vector<ExprP> keys;  // literals and dotted names
    std::vector<PatternP> patterns;
    std::optional<std::string> rest;  // **rest
};
struct MatchClass {
    ExprP cls;
    std::vector<PatternP> patterns;
    std::vector<std::string> kwd_attrs;
    std::vector<PatternP> kwd_patterns;
};
struct MatchStar { std::optional<std::string> name; };  // `*_` has no name
// `pattern as name`; without a pattern a capture (`name`), without either the wildcard `_`.
struct MatchAs { PatternP pattern; std::optional<std::string> name; };
struct MatchOr { std::vector<PatternP> patterns; };
struct Pattern {
    Span span;
    std::variant<MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr>
        node;
};
struct MatchCase { PatternP pattern; ExprP guard; Body body; };
struct Match { ExprP subject; std::vector<MatchCase> cases; };

struct Stmt {
    Span span;
    std::variant<FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, While, If, With, Raise,
                 Try, Assert, Import, ImportFrom, Global, Nonlocal, ExprStmt, Pass, Break, Continue, Match>
        node;
};

struct Module {
    std::string path;  // absolute path of the .py file
    Body body;
};

template <class T> const T* as(const Expr& e) { return std::get_if<T>(&e.node); }
template <class T> const T* as(const Pattern& p) { return std::get_if<T>(&p.node); }
template <class T> const T* as(const Stmt& s) { return std::get_if<T>(&s.node); }
template <class T> T* as(Expr& e) { return std::get_if<T>(&e.node); }
template <class T> T* as(Stmt& s) { return std::get_if<T>(&s.node); }

}  // namespace pyco::ast
