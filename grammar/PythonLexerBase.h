// Base class of the generated PythonLexer: turns the raw token stream into Python's logical lines.
// - NEWLINE only ends a logical line outside brackets; blank and comment-only lines vanish; WS/COMMENT are dropped.
// - INDENT/DEDENT are synthesised from the indentation of each logical line, with CPython's tab rules
//   (columns with tab stops of 8 and of 1 must agree, else TabError).
// - String bodies are scanned by hand so that unterminated strings are reported in CPython's words.
// Errors are collected as values (the first one is what CPython would report); the lexer never throws.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "antlr4-runtime.h"

class PythonLexerBase : public antlr4::Lexer {
public:
    struct Error {
        size_t line = 0, col = 0, end_line = 0, end_col = 0;  // 1-based line, 0-based code point column
        std::string message;                                    // with the Python class: "SyntaxError: ..."
    };
    struct Bracket {
        char32_t ch;
        size_t line, col;
    };

    explicit PythonLexerBase(antlr4::CharStream* input);

    std::unique_ptr<antlr4::Token> nextToken() override;
    void reset() override;

    // Lex an f-string replacement field: start as if inside a bracket, so newlines join lines.
    void startInsideBrackets();

    const std::vector<Error>& errors() const { return errors_; }
    // Brackets still open when the input ended (innermost last).
    const std::vector<Bracket>& unclosedBrackets() const { return unclosed_at_eof_; }

    static constexpr size_t kMaxBracketDepth = 200;   // CPython's MAXLEVEL
    static constexpr size_t kMaxIndentDepth = 100;    // CPython's MAXINDENT
    static constexpr size_t kMaxUnaryRun = 1000;      // consecutive prefix operators (each nests the parse tree)
    static constexpr size_t kMaxPowerRun = 1000;      // `**` in one chain `a ** b ** c ...` (each nests it too)

protected:
    // Actions called from the grammar.
    void scanStringBody();
    void badLeadingZero();
    void badContinuation();
    void continuationAtEof();
    void errorChar();

private:
    void pull();
    void handleEof(std::unique_ptr<antlr4::Token> eof);
    bool handleIndentation(const antlr4::Token& first);
    void trackBrackets(const antlr4::Token& t);
    void trackPowerChain(const antlr4::Token& t);
    void classifyMatch();
    void addError(size_t line, size_t col, size_t end_line, size_t end_col, std::string message);
    std::unique_ptr<antlr4::Token> synth(size_t type, const std::string& text, size_t line, size_t col,
                                         size_t start, size_t stop);
    void consumeChar();

    std::deque<std::unique_ptr<antlr4::Token>> pending_;
    std::vector<size_t> indents_{0}, alt_indents_{0};
    std::vector<Bracket> brackets_;
    std::vector<Bracket> unclosed_at_eof_;
    std::vector<Error> errors_;
    bool at_line_start_ = true;
    bool line_has_tokens_ = false;  // a significant token was emitted since the last NEWLINE
    size_t cur_indent_ = 0, cur_alt_indent_ = 0;
    size_t base_depth_ = 0;          // 1 when lexing inside an f-string replacement field
    size_t unary_run_ = 0;
    std::vector<size_t> power_runs_{0};  // `**` seen in the current chain, per bracket depth
    bool done_ = false;
    bool unary_reported_ = false;
    bool power_reported_ = false;
};
