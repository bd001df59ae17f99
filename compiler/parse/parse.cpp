// parse_module: source bytes -> checks CPython makes before tokenizing -> PythonLexer (full token list, lexer
// errors) -> PythonParser (SLL first, LL on failure) -> CPython-worded error for the first failure -> Builder.
#include "parse.h"

#include <algorithm>
#include <cstdio>

#include "../utf8.h"
#include "PythonLexer.h"
#include "PythonParser.h"
#include "builder.h"

namespace pyco {
namespace {

using antlr4::Token;

// Thrown from the error listener at the first syntax error: only the first error is reported, so the parser
// stops there instead of recovering.
struct StopParsing {};

struct FirstErrorListener : antlr4::BaseErrorListener {
    Token* token = nullptr;
    void syntaxError(antlr4::Recognizer*, Token* offending, size_t, size_t, const std::string&,
                     std::exception_ptr) override {
        token = offending;
        throw StopParsing{};
    }
};

// The ANTLR objects of one parse; the parse tree lives as long as the parser.
struct Run {
    antlr4::ANTLRInputStream input;
    PythonLexer lexer;
    antlr4::CommonTokenStream tokens;
    PythonParser parser;
    FirstErrorListener listener;

    explicit Run(const std::string& text) : input(text), lexer(&input), tokens(&lexer), parser(&tokens) {
        lexer.removeErrorListeners();
        parser.removeErrorListeners();
    }

    // SLL prediction is much faster and right for almost all input; LL decides when SLL reports an error.
    template <class Entry> auto parse(Entry entry) -> decltype(entry(parser)) {
        using namespace antlr4;
        parser.getInterpreter<atn::ParserATNSimulator>()->setPredictionMode(atn::PredictionMode::SLL);
        parser.setErrorHandler(std::make_shared<BailErrorStrategy>());
        try {
            return entry(parser);
        } catch (ParseCancellationException&) {
        } catch (RecognitionException&) {
        }
        tokens.seek(0);
        parser.reset();
        parser.getInterpreter<atn::ParserATNSimulator>()->setPredictionMode(atn::PredictionMode::LL);
        parser.setErrorHandler(std::make_shared<DefaultErrorStrategy>());
        parser.addErrorListener(&listener);
        try {
            return entry(parser);
        } catch (StopParsing&) {
        }
        return nullptr;
    }
};

ast::Span span_of(const PythonLexerBase::Error& e) {
    return {int(e.line), int(e.col), int(e.end_line), int(e.end_col)};
}

ast::Span token_span(Token* t) {
    ast::Span s{int(t->getLine()), int(t->getCharPositionInLine()), int(t->getLine()), int(t->getCharPositionInLine())};
    size_t type = t->getType();
    if (type != Token::EOF && type != PythonLexer::NEWLINE && type != PythonLexer::INDENT &&
        type != PythonLexer::DEDENT) {
        for (char c : t->getText()) {
            if (c == '\n') ++s.end_line, s.end_col = 0;
            else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++s.end_col;
        }
    }
    return s;
}

bool is_fatal(const PythonLexerBase::Error& e) {
    // Errors that bound the parser's recursion: the parser must not run on such input.
    return e.message.find("too many nested parentheses") != std::string::npos ||
           e.message.find("RecursionError") != std::string::npos ||
           e.message.find("too many levels of indentation") != std::string::npos;
}

// What CPython names the block a ':' at the end of a logical line opens, from its first token(s).
std::string block_owner(antlr4::TokenStream& tokens, size_t colon_index) {
    size_t i = colon_index;
    while (i > 0) {
        size_t t = tokens.get(i - 1)->getType();
        if (t == PythonLexer::NEWLINE || t == PythonLexer::INDENT || t == PythonLexer::DEDENT) break;
        --i;
    }
    Token* first = tokens.get(i);
    std::string word = first->getText();
    if (first->getType() == PythonLexer::ASYNC && i + 1 < colon_index) word = tokens.get(i + 1)->getText();
    if (word == "def") return "function definition on line " + std::to_string(first->getLine());
    if (word == "class") return "class definition on line " + std::to_string(first->getLine());
    if (word == "except" && i + 1 < colon_index && tokens.get(i + 1)->getType() == PythonLexer::STAR)
        word = "except*";
    static const char* statements[] = {"if", "elif", "else", "while", "for", "with", "try",
                                       "except", "except*", "finally", "match", "case"};
    for (const char* s : statements)
        if (word == s) return "'" + word + "' statement on line " + std::to_string(first->getLine());
    return {};
}

// A compound statement's header that ends without its ':' (CPython: "expected ':'").
bool missing_block_colon(antlr4::BufferedTokenStream& tokens, size_t newline_index) {
    size_t i = newline_index;
    int depth = 0;
    while (i > 0) {
        size_t t = tokens.get(i - 1)->getType();
        if (t == PythonLexer::NEWLINE || t == PythonLexer::INDENT || t == PythonLexer::DEDENT) break;
        if (t == PythonLexer::COLON && depth == 0) return false;
        std::string text = tokens.get(i - 1)->getText();
        if (text == ")" || text == "]" || text == "}") ++depth;
        if (text == "(" || text == "[" || text == "{") --depth;
        --i;
    }
    if (i >= newline_index) return false;
    std::string first = tokens.get(i)->getText();
    if (first == "async" && i + 1 < newline_index) first = tokens.get(i + 1)->getText();
    // `case` is a soft keyword: a line that starts with it and ends without ':' inside a match statement.
    static const char* headers[] = {"def", "class", "if", "elif", "else", "while", "for", "with", "try", "except",
                                    "finally", "case"};
    for (const char* h : headers)
        if (first == h) return true;
    return false;
}

struct ParseError {
    ast::Span span;
    std::string message;
    bool generic = true;  // plain "invalid syntax": a tokenizer error anywhere in the file takes precedence
    ast::Span detected;   // the token at which the parser noticed: a tokenizer error before it comes first
};

ParseError describe_parse_error_at(Run& run, Token* tok) {
    auto& tokens = run.tokens;
    size_t index = tok->getTokenIndex();
    size_t type = tok->getType();
    ast::Span s = token_span(tok);
    if (type == Token::EOF || tok->getStartIndex() >= run.input.size()) {
        // Like CPython, place errors at the end of input at the end of the last line.
        std::string text = run.input.toString();
        if (!text.empty() && text.back() == '\n') text.pop_back();
        size_t nl = text.rfind('\n');
        s.line = 1 + int(std::count(text.begin(), text.end(), '\n'));
        s.col = 0;
        for (size_t i = nl == std::string::npos ? 0 : nl + 1; i < text.size(); ++i)
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++s.col;
        s.end_line = s.line;
        s.end_col = s.col;
    }
    if (type == PythonLexer::INDENT) {
        // CPython points at the last character of the indentation.
        int col = std::max(0, s.col - 1);
        return {{s.line, col, s.line, col}, "IndentationError: unexpected indent", false};
    }
    if (index >= 2 && tokens.get(index - 1)->getType() == PythonLexer::NEWLINE &&
        tokens.get(index - 2)->getType() == PythonLexer::COLON) {
        std::string owner = block_owner(tokens, index - 2);
        return {s, "IndentationError: expected an indented block" + (owner.empty() ? "" : " after " + owner), false};
    }
    const auto& unclosed = run.lexer.unclosedBrackets();
    if (!unclosed.empty()) {
        const auto& b = unclosed.back();
        if (tok->getLine() > b.line || type == Token::EOF) {
            int line = int(b.line), col = int(b.col);
            return {{line, col, line, col + 1}, std::string("SyntaxError: '") + char(b.ch) + "' was never closed",
                    false};
        }
    }
    if (type == PythonLexer::DEDENT) return {s, "IndentationError: unexpected unindent", false};
    if (type == PythonLexer::NEWLINE && missing_block_colon(tokens, index))
        return {s, "SyntaxError: expected ':'", false};
    // Python 2's print statement gets CPython's hint.
    if (index >= 1) {
        Token* prev = tokens.get(index - 1);
        size_t before = index >= 2 ? tokens.get(index - 2)->getType() : size_t(PythonLexer::NEWLINE);
        bool line_start =
            before == PythonLexer::NEWLINE || before == PythonLexer::INDENT || before == PythonLexer::DEDENT;
        bool legacy = prev->getText() == "print" || prev->getText() == "exec";
        if (line_start && prev->getType() == PythonLexer::NAME && legacy &&
            (type == PythonLexer::STRING || type == PythonLexer::NAME || type == PythonLexer::NUMBER)) {
            ast::Span p = token_span(prev);
            return {{p.line, p.col, s.end_line, s.end_col},
                    "SyntaxError: Missing parentheses in call to '" + prev->getText() + "'. Did you mean " +
                        prev->getText() + "(...)?",
                    false};
        }
    }
    return {s, "SyntaxError: invalid syntax", true};
}

ParseError describe_parse_error(Run& run, Token* tok) {
    ParseError e = describe_parse_error_at(run, tok);
    e.detected = token_span(tok);
    return e;
}

std::string hex_byte(unsigned char b) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02x", b);
    return buf;
}

// PEP 263: a comment matching coding[:=] on one of the first two lines.
bool has_coding_declaration(const std::string& src) {
    size_t end = src.find('\n');
    if (end != std::string::npos) end = src.find('\n', end + 1);
    std::string head = src.substr(0, end);
    size_t hash = head.find('#');
    return hash != std::string::npos && (head.find("coding:", hash) != std::string::npos ||
                                         head.find("coding=", hash) != std::string::npos);
}

// Checks CPython makes on the raw bytes; returns false after reporting.
bool check_source_bytes(const std::string& file, const std::string& src, Diagnostics& diags) {
    auto position = [&](size_t offset, int& line, int& col, size_t& line_start) {
        line = 1;
        line_start = 0;
        for (size_t i = 0; i < offset; ++i)
            if (src[i] == '\n') ++line, line_start = i + 1;
        col = 0;
        for (size_t i = line_start; i < offset; ++i)
            if ((static_cast<unsigned char>(src[i]) & 0xC0) != 0x80) ++col;
    };
    size_t bad = utf8::first_invalid(src);
    size_t nul = src.find('\0');
    if (nul != std::string::npos && (bad == std::string::npos || nul < bad)) {
        int line, col;
        size_t ls;
        position(nul, line, col, ls);
        diags.error(file, {line, col, line, col}, "SyntaxError: source code cannot contain null bytes");
        return false;
    }
    if (bad != std::string::npos) {
        int line, col;
        size_t line_start;
        position(bad, line, col, line_start);
        unsigned char b = src[bad];
        const char* reason = "invalid start byte";
        if (b >= 0xC2 && b <= 0xF4) {
            size_t need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            reason = bad + need > src.size() ? "unexpected end of data" : "invalid continuation byte";
        }
        if (!has_coding_declaration(src)) {
            // CPython's tokenizer words it this way when the file declares no encoding.
            char byte[8];
            std::snprintf(byte, sizeof byte, "\\x%02x", b);
            diags.error(file, {line, 0, line, 0},
                        "SyntaxError: Non-UTF-8 code starting with '" + std::string(byte) + "' in file " + file +
                            " on line " + std::to_string(line) +
                            ", but no encoding declared; see https://peps.python.org/pep-0263/ for details");
            return false;
        }
        diags.error(file, {line, col, line, col},
                    "SyntaxError: (unicode error) 'utf-8' codec can't decode byte " + hex_byte(b) + " in position " +
                        std::to_string(bad - line_start) + ": " + reason);
        return false;
    }
    return true;
}

std::string normalize_newlines(const std::string& src, size_t from) {
    std::string out;
    out.reserve(src.size() - from);
    for (size_t i = from; i < src.size(); ++i) {
        if (src[i] == '\r') {
            out += '\n';
            if (i + 1 < src.size() && src[i + 1] == '\n') ++i;
        } else {
            out += src[i];
        }
    }
    return out;
}

}  // namespace

namespace parse {

ast::ExprP parse_fstring_field(const std::string& file, const std::string& text, int line, int col,
                               Diagnostics& diags, int nesting) {
    Run run(text);
    run.lexer.startInsideBrackets();
    run.lexer.setLine(size_t(line));
    run.lexer.setCharPositionInLine(size_t(col));
    run.tokens.fill();
    if (!run.lexer.errors().empty()) {
        const auto& e = run.lexer.errors().front();
        std::string message = e.message;
        if (message.rfind("SyntaxError: ", 0) == 0) message.insert(13, "f-string: ");
        diags.error(file, span_of(e), message);
        return nullptr;
    }
    auto* tree = run.parse([](PythonParser& p) { return p.fstring_expr(); });
    if (!tree || run.listener.token) {
        Token* tok = run.listener.token ? run.listener.token : run.tokens.get(0);
        diags.error(file, token_span(tok), "SyntaxError: f-string: invalid syntax");
        return nullptr;
    }
    Builder builder(file, diags, run.tokens, nesting);
    auto e = builder.fstring_expr(tree);
    return builder.failed() ? nullptr : std::move(e);
}

}  // namespace parse

std::optional<ast::Module> parse_module(const std::string& display_path, const std::string& abs_path,
                                        const std::string& source, Diagnostics& diags) {
    size_t start = source.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    std::string raw = source.substr(start);
    if (!check_source_bytes(display_path, raw, diags)) return std::nullopt;
    std::string text = normalize_newlines(raw, 0);
    try {
        Run run(text);
        run.tokens.fill();
        const auto& lex_errors = run.lexer.errors();
        for (const auto& e : lex_errors) {
            if (is_fatal(e)) {
                diags.error(display_path, span_of(lex_errors.front()), lex_errors.front().message);
                return std::nullopt;
            }
        }
        auto* tree = run.parse([](PythonParser& p) { return p.file_input(); });
        std::optional<ParseError> parse_error;
        if (!tree || run.listener.token)
            parse_error = describe_parse_error(run, run.listener.token ? run.listener.token : run.tokens.get(0));
        if (!lex_errors.empty()) {
            const auto& e = lex_errors.front();
            bool parse_first = parse_error && !parse_error->generic &&
                               (parse_error->detected.line < int(e.line) ||
                                (parse_error->detected.line == int(e.line) && parse_error->detected.col < int(e.col)));
            if (!parse_first) {
                diags.error(display_path, span_of(e), e.message);
                return std::nullopt;
            }
        }
        if (parse_error) {
            diags.error(display_path, parse_error->span, parse_error->message);
            return std::nullopt;
        }
        parse::Builder builder(display_path, diags, run.tokens);
        ast::Module module;
        module.path = abs_path;
        module.body = builder.module(tree);
        if (builder.failed()) return std::nullopt;
        return module;
    } catch (const std::exception& ex) {
        diags.error(display_path, {}, std::string("SyntaxError: internal parser error: ") + ex.what());
        return std::nullopt;
    }
}

}  // namespace pyco
