// Parse tree (generated PythonParser contexts) -> pyco AST. Private to compiler/parse.
#pragma once

#include <string>

#include "../ast.h"
#include "../diagnostics.h"
#include "literals.h"
#include "PythonParser.h"

namespace pyco::parse {

// Parses the expression of an f-string replacement field; `line`/`col` place its first character in the file.
// Returns null after reporting a diagnostic. Defined in parse.cpp (it runs the lexer and parser again).
ast::ExprP parse_fstring_field(const std::string& file, const std::string& text, int line, int col,
                               Diagnostics& diags, int nesting);

class Builder {
public:
    // `tokens` is the stream the tree was parsed from (used to find the last real token of a rule).
    // `fstring_nesting` counts how deep inside f-string replacement fields this tree is.
    Builder(const std::string& file, Diagnostics& diags, antlr4::TokenStream& tokens, int fstring_nesting = 0)
        : file_(file), diags_(diags), tokens_(tokens), fstring_nesting_(fstring_nesting) {}

    ast::Body module(PythonParser::File_inputContext* ctx);
    ast::ExprP fstring_expr(PythonParser::Fstring_exprContext* ctx);
    bool failed() const { return failed_; }

private:
    using PT = antlr4::tree::ParseTree;
    using Ctx = antlr4::ParserRuleContext;

    // spans
    ast::Span span(Ctx* ctx);
    ast::Span span(antlr4::Token* t);
    ast::Span span(antlr4::tree::TerminalNode* t) { return span(t->getSymbol()); }
    ast::Span span_between(antlr4::Token* first, antlr4::Token* last);
    antlr4::Token* last_real_token(Ctx* ctx);
    void error(ast::Span s, const std::string& message);
    void check_int_digits(ast::Span s, std::string_view text, const NumberLiteral& n);

    template <class T> ast::ExprP make(ast::Span s, T node) {
        auto e = std::make_unique<ast::Expr>();
        e->span = s;
        e->node = std::move(node);
        return e;
    }
    template <class T> ast::StmtP make_stmt(ast::Span s, T node) {
        auto st = std::make_unique<ast::Stmt>();
        st->span = s;
        st->node = std::move(node);
        return st;
    }

    // statements
    void stmt(PythonParser::StmtContext* ctx, ast::Body& out);
    void simple_stmt(PythonParser::Simple_stmtContext* ctx, ast::Body& out);
    ast::StmtP expr_stmt(PythonParser::Expr_stmtContext* ctx);
    ast::StmtP compound_stmt(PythonParser::Compound_stmtContext* ctx);
    ast::StmtP if_stmt(PythonParser::If_stmtContext* ctx);
    ast::StmtP while_stmt(PythonParser::While_stmtContext* ctx);
    ast::StmtP for_stmt(PythonParser::For_stmtContext* ctx, antlr4::Token* async_tok);
    ast::StmtP try_stmt(PythonParser::Try_stmtContext* ctx);
    ast::StmtP with_stmt(PythonParser::With_stmtContext* ctx, antlr4::Token* async_tok);
    ast::StmtP funcdef(PythonParser::FuncdefContext* ctx, antlr4::Token* async_tok);
    ast::StmtP classdef(PythonParser::ClassdefContext* ctx);
    ast::StmtP decorated(PythonParser::DecoratedContext* ctx);
    ast::StmtP import_stmt(PythonParser::Import_stmtContext* ctx);
    ast::Body block(PythonParser::BlockContext* ctx);
    ast::Arguments typedargs(PythonParser::TypedargslistContext* ctx);
    ast::Arguments varargs(PythonParser::VarargslistContext* ctx);
    template <class Item> ast::Arguments parameters(const std::vector<Item*>& items);
    ast::Arg param(PythonParser::TfpdefContext* d);
    ast::Arg param(PythonParser::VfpdefContext* d);

    // the match statement and its patterns (pattern_builder.cpp)
    ast::StmtP match_stmt(PythonParser::Match_stmtContext* ctx);
    ast::PatternP patterns(PythonParser::PatternsContext* ctx);
    ast::PatternP open_sequence(PythonParser::Open_sequence_patternContext* ctx, ast::Span s);
    ast::PatternP star_or_pattern(PythonParser::Maybe_star_patternContext* ctx);
    ast::PatternP pattern(PythonParser::PatternContext* ctx);
    ast::PatternP or_pattern(PythonParser::Or_patternContext* ctx);
    ast::PatternP closed_pattern(PythonParser::Closed_patternContext* ctx);
    ast::PatternP literal_pattern(PythonParser::Literal_patternContext* ctx);
    ast::PatternP mapping_pattern(PythonParser::Mapping_patternContext* ctx);
    ast::PatternP class_pattern(PythonParser::Name_or_attrContext* name, PythonParser::Class_argumentsContext* args,
                                ast::Span s);
    ast::ExprP dotted_name(const std::vector<antlr4::tree::TerminalNode*>& names);
    ast::ExprP literal_value(PythonParser::Literal_patternContext* ctx);
    ast::ExprP number(antlr4::tree::TerminalNode* node);

    // expressions
    ast::ExprP namedexpr_test(PythonParser::Namedexpr_testContext* ctx);
    ast::ExprP test(PythonParser::TestContext* ctx);
    ast::ExprP test_nocond(PythonParser::Test_nocondContext* ctx);
    ast::ExprP lambdef(Ctx* ctx, PythonParser::VarargslistContext* args, ast::ExprP body);
    ast::ExprP or_test(PythonParser::Or_testContext* ctx);
    ast::ExprP and_test(PythonParser::And_testContext* ctx);
    template <class Part>
    ast::ExprP bool_op(Ctx* ctx, ast::BoolOpKind kind, const std::vector<Part*>& parts,
                       ast::ExprP (Builder::*operand)(Part*));
    ast::ExprP not_test(PythonParser::Not_testContext* ctx);
    ast::ExprP comparison(PythonParser::ComparisonContext* ctx);
    ast::ExprP star_expr(PythonParser::Star_exprContext* ctx);
    ast::ExprP binary_chain(Ctx* ctx);  // expr, xor_expr, and_expr, shift_expr, arith_expr, term
    ast::ExprP operand(PT* child);
    ast::ExprP factor(PythonParser::FactorContext* ctx);
    ast::ExprP power(PythonParser::PowerContext* ctx);
    ast::ExprP await_primary(PythonParser::Await_primaryContext* ctx);
    ast::ExprP primary(PythonParser::PrimaryContext* ctx);
    ast::ExprP atom(PythonParser::AtomContext* ctx);
    template <class Display> ast::ExprP display(ast::Span s, const std::vector<PT*>& children);
    template <class Comp> ast::ExprP comprehension(ast::Span s, PT* elt, PythonParser::Comp_forContext* clauses);
    ast::ExprP strings(Ctx* ctx, const std::vector<antlr4::tree::TerminalNode*>& tokens);
    ast::ExprP subscript(PythonParser::Subscript_Context* ctx);
    void call_args(PythonParser::ArglistContext* ctx, ast::Call& call, ast::Span parens);
    ast::ExprP exprlist(PythonParser::ExprlistContext* ctx);
    ast::ExprP testlist_star_expr(PythonParser::Testlist_star_exprContext* ctx);
    ast::ExprP element_list(Ctx* ctx);  // elements separated by commas: one without a comma is itself
    ast::ExprP yield_expr(PythonParser::Yield_exprContext* ctx);
    ast::ExprP element(PT* child);  // namedexpr_test / test / star_expr / expr
    std::vector<ast::Comprehension> comp_for(PythonParser::Comp_forContext* ctx);

    // f-strings
    void fstring_pieces(antlr4::Token* tok, const std::string& text, size_t body_begin, size_t body_end, bool raw,
                        std::vector<ast::ExprP>& out, ast::Span whole, int depth);
    void position_of(antlr4::Token* tok, const std::string& text, size_t offset, int& line, int& col);

    // targets
    bool set_context(ast::Expr& e, ast::ExprContext ctx, const char* verb, bool assign_hint);

    std::string file_;
    Diagnostics& diags_;
    antlr4::TokenStream& tokens_;
    int fstring_nesting_;
    int depth_ = 0;        // expression nesting
    int block_depth_ = 0;  // statement nesting (blocks entered)
    bool failed_ = false;
};

}  // namespace pyco::parse
