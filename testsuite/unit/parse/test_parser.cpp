// parse_module: AST shapes, spans, literals, f-strings, and CPython-worded errors with their positions.
#include <catch2/catch.hpp>

#include <string>

#include "ast_dump.h"
#include "literals.h"
#include "parse.h"

using namespace pyco;

namespace {

struct Parsed {
    std::optional<ast::Module> module;
    Diagnostics diags;
};

Parsed parse_src(const std::string& source) {
    Parsed p;
    p.diags.add_source("t.py", source);
    p.module = parse_module("t.py", "/abs/t.py", source, p.diags);
    return p;
}

// The AST of a valid program, compactly; fails the test with the diagnostics otherwise.
std::string ast_of(const std::string& source) {
    auto p = parse_src(source);
    INFO(p.diags.render());
    REQUIRE(p.module);
    REQUIRE(!p.diags.has_errors());
    return test::dump(p.module->body);
}

// "line:col message" of the first diagnostic (col 0-based), or "ok".
std::string error_of(const std::string& source) {
    auto p = parse_src(source);
    if (p.module) return "ok";
    REQUIRE(p.diags.has_errors());
    auto& d = p.diags.items().front();
    return std::to_string(d.span.line) + ":" + std::to_string(d.span.col) + " " + d.message;
}

std::string span_text(const ast::Span& s) {
    return std::to_string(s.line) + ":" + std::to_string(s.col) + "-" + std::to_string(s.end_line) + ":" +
           std::to_string(s.end_col);
}

}  // namespace

// ---------------------------------------------------------------- AST shapes

TEST_CASE("assignment, call and attribute produce CPython's node shapes") {
    CHECK(ast_of("t = asyncio.create_task(func())\n") ==
          "[Assign([Name(t,Store)], Call(Attribute(Name(asyncio),create_task), [Call(Name(func), [])]))]");
    CHECK(ast_of("a = b = c\nx += 1\ny: int = 2\nz: list[int]\n") ==
          "[Assign([Name(a,Store), Name(b,Store)], Name(c)); AugAssign(Name(x,Store),Add,Int(1)); "
          "AnnAssign(Name(y,Store),Name(int),Int(2)); AnnAssign(Name(z,Store),Subscript(Name(list),Name(int)),null)]");
}

TEST_CASE("the call expression asyncio.create_task(func()) spans exactly its characters") {
    auto p = parse_src("async def main():\n    t = asyncio.create_task(func())  # comment\n");
    REQUIRE(p.module);
    auto& fn = std::get<ast::FunctionDef>(p.module->body[0]->node);
    auto& assign = std::get<ast::Assign>(fn.body[0]->node);
    CHECK(span_text(assign.value->span) == "2:8-2:35");
    auto& call = std::get<ast::Call>(assign.value->node);
    CHECK(span_text(call.func->span) == "2:8-2:27");
    CHECK(span_text(call.args[0]->span) == "2:28-2:34");
    CHECK(span_text(fn.body[0]->span) == "2:4-2:35");
}

TEST_CASE("compound statement spans run from the keyword to the end of the body") {
    auto p = parse_src("@dec\nasync def f(x):\n    if x:\n        return 1\n    return 2\n\n\nprint('é', f(1))\n");
    REQUIRE(p.module);
    auto& fn = *p.module->body[0];
    CHECK(span_text(fn.span) == "2:0-5:12");
    CHECK(span_text(std::get<ast::FunctionDef>(fn.node).name_span) == "2:10-2:11");
    CHECK(span_text(std::get<ast::FunctionDef>(fn.node).body[0]->span) == "3:4-4:16");
    CHECK(span_text(p.module->body[1]->span) == "8:0-8:16");  // columns in code points, not bytes
}

TEST_CASE("binary operators fold to the left and power binds to the right") {
    CHECK(ast_of("a - b - c * d ** e ** f\n") ==
          "[Expr(BinOp(BinOp(Name(a),Sub,Name(b)),Sub,BinOp(Name(c),Mult,BinOp(Name(d),Pow,BinOp(Name(e),Pow,Name(f))))))]");
    CHECK(ast_of("-x ** 2\nawait y ** 2\n") ==
          "[Expr(UnaryOp(USub,BinOp(Name(x),Pow,Int(2)))); Expr(BinOp(Await(Name(y)),Pow,Int(2)))]");
    CHECK(ast_of("a | b ^ c & d << e + f @ g // h % i\n") ==
          "[Expr(BinOp(Name(a),BitOr,BinOp(Name(b),BitXor,BinOp(Name(c),BitAnd,BinOp(Name(d),LShift,BinOp(Name(e),Add,"
          "BinOp(BinOp(BinOp(Name(f),MatMult,Name(g)),FloorDiv,Name(h)),Mod,Name(i))))))))]");
}

TEST_CASE("comparison chains with 'is not' and 'not in' become one Compare") {
    CHECK(ast_of("a < b is not c not in d == e\n") ==
          "[Expr(Compare(Name(a),Lt,Name(b),IsNot,Name(c),NotIn,Name(d),Eq,Name(e)))]");
    CHECK(ast_of("not a and b or c\n") == "[Expr(Or[And[UnaryOp(Not,Name(a)), Name(b)], Name(c)])]");
}

TEST_CASE("lambda, walrus, conditional expressions and yield") {
    CHECK(ast_of("f = lambda x, *a, k=1, **kw: x if k else (y := 2)\n") ==
          "[Assign([Name(f,Store)], Lambda(x *a k **kw defaults=[] kw_defaults=[Int(1)])(IfExp(Name(k),Name(x),"
          "NamedExpr(Name(y,Store),Int(2)))))]");
    CHECK(ast_of("def g():\n    x = yield\n    yield from y\n    yield 1, 2\n") ==
          "[FunctionDef(g(defaults=[] kw_defaults=[]) [Assign([Name(x,Store)], Yield(null)); Expr(YieldFrom(Name(y))); "
          "Expr(Yield(Tuple[Int(1), Int(2)]))])]");
}

TEST_CASE("comprehensions of every kind, including async ones") {
    CHECK(ast_of("[x for x in y if x if z]\n{k: v for k, v in d}\n{s for s in t}\n(g async for g in h)\n") ==
          "[Expr(ListComp(Name(x) for Name(x,Store) in Name(y) if Name(x) if Name(z))); "
          "Expr(DictComp(Name(k):Name(v) for Tuple[Name(k,Store), Name(v,Store)],Store in Name(d))); "
          "Expr(SetComp(Name(s) for Name(s,Store) in Name(t))); Expr(GeneratorExp(Name(g) async for Name(g,Store) in Name(h)))]");
    CHECK(ast_of("f(x for x in y)\n") == "[Expr(Call(Name(f), [GeneratorExp(Name(x) for Name(x,Store) in Name(y))]))]");
}

TEST_CASE("displays, starred elements, slices and subscripts") {
    CHECK(ast_of("[1, *a]\n(1,)\n()\n{}\n{1: 2, **d}\n{1, 2}\n") ==
          "[Expr(List[Int(1), Starred(Name(a))]); Expr(Tuple[Int(1)]); Expr(Tuple[]); Expr(Dict{}); "
          "Expr(Dict{Int(1):Int(2), **:Name(d)}); Expr(Set[Int(1), Int(2)])]");
    CHECK(ast_of("a[1:2, ::3]\na[:]\na[i]\na[1, 2]\n") ==
          "[Expr(Subscript(Name(a),Tuple[Slice(Int(1),Int(2),null), Slice(null,null,Int(3))])); "
          "Expr(Subscript(Name(a),Slice(null,null,null))); Expr(Subscript(Name(a),Name(i))); "
          "Expr(Subscript(Name(a),Tuple[Int(1), Int(2)]))]");
    CHECK(ast_of("a, *b = c\nfor x, y in z: pass\ndel a[0], b.c\n") ==
          "[Assign([Tuple[Name(a,Store), Starred(Name(b,Store),Store)],Store], Name(c)); "
          "For(Tuple[Name(x,Store), Name(y,Store)],Store,Name(z) [Pass]); Delete[Subscript(Name(a),Int(0),Del), Attribute(Name(b),c,Del)]]");
}

TEST_CASE("call arguments: positional, starred, keywords and keyword unpacking") {
    CHECK(ast_of("f(a, *b, c=1, **d)\n") == "[Expr(Call(Name(f), [Name(a), Starred(Name(b))], c=Int(1), **Name(d)))]");
}

TEST_CASE("function parameters: positional-only, defaults, keyword-only and varargs") {
    CHECK(ast_of("def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    pass\n") ==
          "[FunctionDef(f(a b / c *args d e **kw defaults=[Int(1), Int(2)] kw_defaults=[null, Int(3)])->Name(int) [Pass])]");
    CHECK(ast_of("def g(x: int, *, y: str = 'a'): ...\n") ==
          "[FunctionDef(g(x:Name(int) * y:Name(str) defaults=[] kw_defaults=[Str('a')]) [Expr(...)])]");
}

TEST_CASE("decorated async def, async for and async with") {
    CHECK(ast_of("@a.b\n@c(1)\nasync def f():\n    async with x as y, z:\n        async for i in j:\n            await i\n") ==
          "[AsyncFunctionDef(f(defaults=[] kw_defaults=[]) @[Attribute(Name(a),b), Call(Name(c), [Int(1)])] "
          "[AsyncWith(Name(x) as Name(y,Store), Name(z), [AsyncFor(Name(i,Store),Name(j) [Expr(Await(Name(i)))])])])]");
    CHECK(ast_of("with (open(a) as b, open(c) as d):\n    pass\n") ==
          "[With(Call(Name(open), [Name(a)]) as Name(b,Store), Call(Name(open), [Name(c)]) as Name(d,Store), [Pass])]");
}

TEST_CASE("class definitions with bases and keywords") {
    CHECK(ast_of("class C(A, B, metaclass=M):\n    x = 1\n    def m(self): return self\n") ==
          "[ClassDef(C[Name(A), Name(B)], metaclass=Name(M) [Assign([Name(x,Store)], Int(1)); "
          "FunctionDef(m(self defaults=[] kw_defaults=[]) [Return(Name(self))])])]");
}

TEST_CASE("if/elif/else nest as CPython does and try statements keep every part") {
    CHECK(ast_of("if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n") ==
          "[If(Name(a) [Pass] else [If(Name(b) [Pass] else [Pass])])]");
    CHECK(ast_of("try:\n    a\nexcept E as e:\n    b\nexcept:\n    c\nelse:\n    d\nfinally:\n    e\n") ==
          "[Try([Expr(Name(a))] except Name(E) as e [Expr(Name(b))] except null [Expr(Name(c))] else [Expr(Name(d))] "
          "finally [Expr(Name(e))])]");
    CHECK(ast_of("try:\n    a\nexcept* (A, B) as g:\n    b\n") ==
          "[TryStar([Expr(Name(a))] except Tuple[Name(A), Name(B)] as g [Expr(Name(b))])]");
}

TEST_CASE("simple statements: import forms, global, nonlocal, assert, raise, del") {
    CHECK(ast_of("import a.b as c, d\nfrom . import x\nfrom ..m import (y as z, w,)\nfrom m import *\n") ==
          "[Import(a.b as c d ); ImportFrom(.: x ); ImportFrom(..m: y as z w ); ImportFrom(m: * )]");
    CHECK(ast_of("global a, b\nassert x, 'm'\nraise E from e\nraise\nwhile 1:\n    break\n    continue\n") ==
          "[Global(a b ); Assert(Name(x),Str('m')); Raise(Name(E) from Name(e)); Raise(null); While(Int(1) [Break; Continue])]");
}

TEST_CASE("match statements keep their patterns and match stays a usable name") {
    auto src = "match p:\n    case [a, *rest] if a > 0:\n        pass\n    case {'k': v} | Point(x=0) as q:\n"
               "        pass\n    case _:\n        pass\nmatch = 1\nmatch(2)\n";
    CHECK(ast_of(src) ==
          "[Match(Name(p); case Seq[a, *rest] if Compare(Name(a),Gt,Int(0)) [Pass]; "
          "case As(Or[Map{Str('k'): v} | Class(Name(Point), x=Value(Int(0)))] as q) [Pass]; case _ [Pass]); "
          "Assign([Name(match,Store)], Int(1)); Expr(Call(Name(match), [Int(2)]))]");
}

TEST_CASE("literal, value, group and open sequence patterns") {
    auto src = "match x:\n    case -1 | 1.5 | 2-3j | 'a' 'b' | None | True | m.C.D:\n        pass\n"
               "    case (y), *_, (1,), ():\n        pass\n    case C(1, _, k={**r}):\n        pass\n";
    CHECK(ast_of(src) ==
          "[Match(Name(x); case Or[Value(UnaryOp(USub,Int(1))) | Value(Float(1.5)) | "
          "Value(BinOp(Int(2),Sub,Imag(3))) | Value(Str('ab')) | None | True | "
          "Value(Attribute(Attribute(Name(m),C),D))] [Pass]; "
          "case Seq[y, *_, Seq[Value(Int(1))], Seq[]] [Pass]; case Class(Name(C), Value(Int(1)), _, k=Map{**r}) [Pass])]");
}

// ---------------------------------------------------------------- literals

TEST_CASE("integer literals in every base become decimal digits without overflow") {
    CHECK(ast_of("0x_ff, 0o17, 0b1010, 1_000, 00\n") == "[Expr(Tuple[Int(255), Int(15), Int(10), Int(1000), Int(0)])]");
    CHECK(parse::int_to_decimal("0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF") == "340282366920938463463374607431768211455");
    CHECK(parse::int_to_decimal("0b1" + std::string(100, '0')) == "1267650600228229401496703205376");
    CHECK(parse::int_to_decimal("123456789012345678901234567890") == "123456789012345678901234567890");
}

TEST_CASE("float and imaginary literals keep their spelling without underscores") {
    CHECK(ast_of("1.5, .5, 5., 1_0.2e-3, 2j, 1.5J\n") ==
          "[Expr(Tuple[Float(1.5), Float(.5), Float(5.), Float(10.2e-3), Imag(2), Imag(1.5)])]");
}

TEST_CASE("string escapes are decoded to UTF-8 and raw strings keep backslashes") {
    CHECK(ast_of("'a\\tb\\n\\\\\\'\\x41\\u00e9\\U0001F600\\101'\n") == "[Expr(Str('a\\tb\\n\\\\\\'Aé😀A'))]");
    CHECK(ast_of("r'\\d\\n'\n") == "[Expr(Str('\\\\d\\\\n'))]");
    CHECK(ast_of("b'\\x00\\xff'\n") == std::string("[Expr(Bytes('") + '\0' + "\xff'))]");
    CHECK(ast_of("'''a\nb'''\n") == "[Expr(Str('a\\nb'))]");
    CHECK(ast_of("'é' \"€\"\n") == "[Expr(Str('é€'))]");
}

TEST_CASE("f-string pieces become Constant and FormattedValue nodes") {
    CHECK(ast_of("f'a{b}c{{d}}'\n") == "[Expr(JoinedStr[Str('a'), FV(Name(b)), Str('c{d}')])]");
    CHECK(ast_of("'x' f'{y!r:>{w}.2f}' 'z'\n") ==
          "[Expr(JoinedStr[Str('x'), FV(Name(y),!r,spec=JoinedStr[Str('>'), FV(Name(w)), Str('.2f')]), Str('z')])]");
    CHECK(ast_of("f\"{d['k']}\" rf'\\{x}'\n") == "[Expr(JoinedStr[FV(Subscript(Name(d),Str('k'))), Str('\\\\'), FV(Name(x))])]");
    CHECK(ast_of("f'{a!s}{b!a}{c if c else d}{x, y}'\n") ==
          "[Expr(JoinedStr[FV(Name(a),!s), FV(Name(b),!a), FV(IfExp(Name(c),Name(c),Name(d))), FV(Tuple[Name(x), Name(y)])])]");
}

TEST_CASE("the f-string debug specifier expands like CPython") {
    CHECK(ast_of("f'{x=}'\n") == "[Expr(JoinedStr[Str('x='), FV(Name(x),!r)])]");
    CHECK(ast_of("f'{x = }'\n") == "[Expr(JoinedStr[Str('x = '), FV(Name(x),!r)])]");
    CHECK(ast_of("f'{x=!s}'\n") == "[Expr(JoinedStr[Str('x='), FV(Name(x),!s)])]");
    CHECK(ast_of("f'{x=:>4}'\n") == "[Expr(JoinedStr[Str('x='), FV(Name(x),spec=JoinedStr[Str('>4')])])]");
    CHECK(ast_of("f'{a == b}'\n") == "[Expr(JoinedStr[FV(Compare(Name(a),Eq,Name(b)))])]");
}

TEST_CASE("f-string replacement fields have spans in the file") {
    auto p = parse_src("x = 1\ny = f'é {foo(1)} {bar}'\n");
    REQUIRE(p.module);
    auto& js = std::get<ast::JoinedStr>(std::get<ast::Assign>(p.module->body[1]->node).value->node);
    auto& fv = std::get<ast::FormattedValue>(js.values[1]->node);
    CHECK(span_text(fv.value->span) == "2:9-2:15");
    auto& fv2 = std::get<ast::FormattedValue>(js.values[3]->node);
    CHECK(span_text(fv2.value->span) == "2:18-2:21");
}

TEST_CASE("a BOM, CRLF line ends, an empty file and a comments-only file are valid programs") {
    CHECK(ast_of("\xEF\xBB\xBFx = 1\r\nif x:\r\n    y = 2\r\n") ==
          "[Assign([Name(x,Store)], Int(1)); If(Name(x) [Assign([Name(y,Store)], Int(2))])]");
    CHECK(ast_of("") == "[]");
    CHECK(ast_of("# just a comment\n\n   # another") == "[]");
    CHECK(ast_of("\n\n\n") == "[]");
}

TEST_CASE("inputs that need full LL prediction still parse") {
    CHECK(ast_of("with (a, b):\n    pass\n") == "[With(Name(a), Name(b), [Pass])]");
    CHECK(ast_of("with (a) as b:\n    pass\n") == "[With(Name(a) as Name(b,Store), [Pass])]");
    CHECK(ast_of("x = (yield)\n") == "[Assign([Name(x,Store)], Yield(null))]");
}

// ---------------------------------------------------------------- errors

TEST_CASE("unexpected indent is an IndentationError") {
    CHECK(error_of("x = 1\n  y = 2\n") == "2:1 IndentationError: unexpected indent");
    CHECK(error_of("if x:\n  a\n    b\n") == "3:3 IndentationError: unexpected indent");
}

TEST_CASE("dedent to an unknown level is reported through parse_module") {
    CHECK(error_of("if x:\n    a\n  b\n") == "3:3 IndentationError: unindent does not match any outer indentation level");
}

TEST_CASE("a missing block names the statement that needed it") {
    CHECK(error_of("def f():\n  pass\n\n\ndef g():\nreturn 1\n") ==
          "6:0 IndentationError: expected an indented block after function definition on line 5");
    CHECK(error_of("async for x in y:\nreturn 1\n") ==
          "2:0 IndentationError: expected an indented block after 'for' statement on line 1");
    CHECK(error_of("class C:\nx = 1\n") == "2:0 IndentationError: expected an indented block after class definition on line 1");
    CHECK(error_of("if x:\n  pass\nelif y:\nfoo\n") ==
          "4:0 IndentationError: expected an indented block after 'elif' statement on line 3");
    CHECK(error_of("try:\n  pass\nexcept* E:\npass\n") ==
          "4:0 IndentationError: expected an indented block after 'except*' statement on line 3");
    CHECK(error_of("def f():\n    # nothing\n") ==
          "2:13 IndentationError: expected an indented block after function definition on line 1");
}

TEST_CASE("mixing tabs and spaces inconsistently is a TabError") {
    CHECK(error_of("if x:\n\tif y:\n        a\n") == "3:0 TabError: inconsistent use of tabs and spaces in indentation");
}

TEST_CASE("unterminated strings are SyntaxErrors at the opening quote") {
    CHECK(error_of("x = \"abc\n") == "1:4 SyntaxError: unterminated string literal (detected at line 1)");
    CHECK(error_of("x = 1\ny = '''abc\n\nz\n") ==
          "2:4 SyntaxError: unterminated triple-quoted string literal (detected at line 4)");
}

TEST_CASE("null bytes, non-printable characters and non-UTF-8 bytes are rejected") {
    CHECK(error_of(std::string("x = 1\0\n", 7)) == "1:5 SyntaxError: source code cannot contain null bytes");
    CHECK(error_of("x = \x01\n") == "1:4 SyntaxError: invalid non-printable character U+0001");
    // As CPython words it when running a file that declares no encoding.
    CHECK(error_of("x = '\xff'\n") ==
          "1:0 SyntaxError: Non-UTF-8 code starting with '\\xff' in file t.py on line 1, but no encoding declared; "
          "see https://peps.python.org/pep-0263/ for details");
    CHECK(error_of("# coding: utf-8\nx = '\xff'\n") ==
          "2:5 SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte");
}

TEST_CASE("invalid syntax points at the offending token") {
    CHECK(error_of("x = 1 +\n") == "1:7 SyntaxError: invalid syntax");
    CHECK(error_of("x = $\n") == "1:4 SyntaxError: invalid syntax");
    CHECK(error_of("def f(:\n  pass\n") == "1:6 SyntaxError: invalid syntax");
    CHECK(error_of("print 'x'\n") == "1:0 SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?");
}

TEST_CASE("unclosed and unmatched brackets are reported as CPython does") {
    CHECK(error_of("x = (1,\ny = 2\n") == "1:4 SyntaxError: '(' was never closed");
    CHECK(error_of("x = [1, 2,\n\ny = 3") == "1:4 SyntaxError: '[' was never closed");
    CHECK(error_of("x = 1)\n") == "1:5 SyntaxError: unmatched ')'");
}

TEST_CASE("nesting limits are errors, never crashes") {
    CHECK(error_of("x = " + std::string(201, '(') + "1" + std::string(201, ')') + "\n") ==
          "1:204 SyntaxError: too many nested parentheses");
    CHECK(error_of("x = " + std::string(200, '(') + "1" + std::string(200, ')') + "\n") == "ok");
    std::string deep;
    for (int i = 0; i < 101; ++i) deep += std::string(size_t(i), ' ') + "if x:\n";
    deep += std::string(101, ' ') + "pass\n";
    CHECK(error_of(deep) == "101:0 IndentationError: too many levels of indentation");
    std::string chain = "x = 1";
    for (int i = 0; i < 20000; ++i) chain += "+1";
    CHECK(error_of(chain + "\n").find("RecursionError") != std::string::npos);
    CHECK(error_of("x = " + std::string(50000, '-') + "1\n").find("RecursionError") != std::string::npos);
    std::string ifs = "x = ";
    for (int i = 0; i < 3000; ++i) ifs += "1 if y else ";
    CHECK(error_of(ifs + "2\n").find("RecursionError") != std::string::npos);
}

TEST_CASE("invalid assignment targets are rejected in CPython's words") {
    CHECK(error_of("f() = 1\n") == "1:0 SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?");
    CHECK(error_of("for f() in x: pass\n") == "1:4 SyntaxError: cannot assign to function call");
    CHECK(error_of("del f()\n") == "1:4 SyntaxError: cannot delete function call");
    CHECK(error_of("f() += 1\n") == "1:0 SyntaxError: 'function call' is an illegal expression for augmented assignment");
    CHECK(error_of("(a, b): int\n") == "1:0 SyntaxError: only single target (not tuple) can be annotated");
}

TEST_CASE("argument order errors are reported as CPython does") {
    CHECK(error_of("def f(a=1, b): pass\n") == "1:11 SyntaxError: non-default argument follows default argument");
    CHECK(error_of("def f(*, **k): pass\n") == "1:6 SyntaxError: named arguments must follow bare *");
    CHECK(error_of("f(x for x in y, 1)\n") == "1:2 SyntaxError: Generator expression must be parenthesized");
    CHECK(error_of("f(**a, *b)\n") == "1:7 SyntaxError: iterable argument unpacking follows keyword argument unpacking");
}

TEST_CASE("f-string and escape errors use CPython's messages") {
    CHECK(error_of("x = f'{}'\n") == "1:9 SyntaxError: f-string: empty expression not allowed");
    CHECK(error_of("x = f'{x!z}'\n") == "1:12 SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'");
    CHECK(error_of("x = f'}'\n") == "1:8 SyntaxError: f-string: single '}' is not allowed");
    CHECK(error_of("x = f'{a'\n") == "1:9 SyntaxError: f-string: expecting '}'");
    CHECK(error_of("x = f'{a b}'\n").find("SyntaxError: f-string: invalid syntax") != std::string::npos);
    CHECK(error_of("x = '\\x4'\n") ==
          "1:9 SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
    CHECK(error_of("x = 'a' b'b'\n") == "1:12 SyntaxError: cannot mix bytes and nonbytes literals");
    CHECK(error_of("x = '\\N{EM DASH}'\n").find("\\N{...}") != std::string::npos);
}
