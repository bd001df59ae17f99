#include "PythonLexerBase.h"

#include <cstdio>

#include "PythonLexer.h"

using antlr4::Token;

namespace {

std::string utf8_of(char32_t cp) {
    std::string out;
    if (cp < 0x80) out += char(cp);
    else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
    }
    return out;
}

std::string u_plus(char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", unsigned(cp));
    return buf;
}

bool is_open(size_t type) {
    return type == PythonLexer::LPAR || type == PythonLexer::LSQB || type == PythonLexer::LBRACE;
}
bool is_close(size_t type) {
    return type == PythonLexer::RPAR || type == PythonLexer::RSQB || type == PythonLexer::RBRACE;
}
char32_t opener_of(char32_t close) { return close == ')' ? '(' : close == ']' ? '[' : '{'; }

}  // namespace

PythonLexerBase::PythonLexerBase(antlr4::CharStream* input) : antlr4::Lexer(input) {}

void PythonLexerBase::reset() {
    antlr4::Lexer::reset();
    pending_.clear();
    indents_ = {0};
    alt_indents_ = {0};
    brackets_.clear();
    unclosed_at_eof_.clear();
    errors_.clear();
    at_line_start_ = base_depth_ == 0;
    line_has_tokens_ = false;
    cur_indent_ = cur_alt_indent_ = 0;
    unary_run_ = 0;
    power_runs_.assign(1, 0);
    done_ = false;
    unary_reported_ = false;
    power_reported_ = false;
}

void PythonLexerBase::startInsideBrackets() {
    base_depth_ = 1;
    at_line_start_ = false;
}

std::unique_ptr<Token> PythonLexerBase::nextToken() {
    while (pending_.empty()) pull();
    auto t = std::move(pending_.front());
    pending_.pop_front();
    return t;
}

void PythonLexerBase::addError(size_t line, size_t col, size_t end_line, size_t end_col, std::string message) {
    if (errors_.size() < 16) errors_.push_back({line, col, end_line, end_col, std::move(message)});
}

std::unique_ptr<Token> PythonLexerBase::synth(size_t type, const std::string& text, size_t line, size_t col,
                                              size_t start, size_t stop) {
    return _factory->create({this, _input}, type, text, DEFAULT_TOKEN_CHANNEL, start, stop, line, col);
}

void PythonLexerBase::consumeChar() { getInterpreter<antlr4::atn::LexerATNSimulator>()->consume(_input); }

void PythonLexerBase::pull() {
    if (done_) {
        pending_.push_back(antlr4::Lexer::nextToken());
        return;
    }
    auto t = antlr4::Lexer::nextToken();
    size_t type = t->getType();
    size_t depth = brackets_.size() + base_depth_;
    switch (type) {
    case Token::EOF:
        handleEof(std::move(t));
        return;
    case PythonLexer::WS:
        if (at_line_start_ && depth == 0) {
            for (char c : t->getText()) {
                if (c == ' ') ++cur_indent_, ++cur_alt_indent_;
                else if (c == '\t') cur_indent_ = (cur_indent_ / 8 + 1) * 8, ++cur_alt_indent_;
                else if (c == '\f') cur_indent_ = cur_alt_indent_ = 0;
            }
        }
        return;
    case PythonLexer::COMMENT:
        return;
    case PythonLexer::NEWLINE:
        if (depth > 0 || at_line_start_) {  // implicit line joining, or a blank/comment-only line
            cur_indent_ = cur_alt_indent_ = 0;
            return;
        }
        at_line_start_ = true;
        line_has_tokens_ = false;
        cur_indent_ = cur_alt_indent_ = 0;
        unary_run_ = 0;
        power_runs_.assign(1, 0);
        pending_.push_back(std::move(t));
        return;
    default:
        break;
    }
    bool at_statement_start = at_line_start_ && depth == 0;
    if (at_statement_start) handleIndentation(*t);
    at_line_start_ = false;
    line_has_tokens_ = true;
    trackBrackets(*t);
    trackPowerChain(*t);
    if (type == PythonLexer::PLUS || type == PythonLexer::MINUS || type == PythonLexer::TILDE ||
        type == PythonLexer::NOT || type == PythonLexer::AWAIT || type == PythonLexer::LAMBDA) {
        if (++unary_run_ > kMaxUnaryRun && !unary_reported_) {
            unary_reported_ = true;
            addError(t->getLine(), t->getCharPositionInLine(), t->getLine(), t->getCharPositionInLine() + 1,
                     "RecursionError: maximum recursion depth exceeded during compilation");
        }
    } else if (type != PythonLexer::COLON) {
        unary_run_ = 0;
    }
    bool maybe_match = at_statement_start && type == PythonLexer::NAME && t->getText() == "match";
    pending_.push_back(std::move(t));
    if (maybe_match) classifyMatch();
}

// `match` starts a match statement exactly when its logical line ends with ':' (no other statement that begins
// with a name can). Lex the rest of the line now and retype the token, so the parser needs no predicate.
void PythonLexerBase::classifyMatch() {
    size_t at = pending_.size() - 1;
    // Each token is looked at once: rescanning the whole line after every pull made a long line that starts with
    // `match` quadratic (200 KB took minutes).
    size_t scanned = at + 1;
    auto line_ended = [&] {
        for (; scanned < pending_.size(); ++scanned) {
            size_t type = pending_[scanned]->getType();
            if (type == PythonLexer::NEWLINE || type == Token::EOF) return true;
        }
        return false;
    };
    while (!line_ended() && !done_) pull();
    for (size_t i = at + 1; i < pending_.size(); ++i) {
        if (pending_[i]->getType() != PythonLexer::NEWLINE) continue;
        if (i >= at + 3 && pending_[i - 1]->getType() == PythonLexer::COLON)
            if (auto* w = dynamic_cast<antlr4::WritableToken*>(pending_[at].get())) w->setType(PythonLexer::MATCH);
        break;
    }
}

void PythonLexerBase::handleEof(std::unique_ptr<Token> eof) {
    done_ = true;
    unclosed_at_eof_ = brackets_;
    size_t line = eof->getLine(), col = eof->getCharPositionInLine();
    size_t index = eof->getStartIndex();
    if (base_depth_ == 0) {
        if (line_has_tokens_ && brackets_.empty())
            pending_.push_back(synth(PythonLexer::NEWLINE, "\n", line, col, index, index - 1));
        for (size_t i = 1; i < indents_.size(); ++i)
            pending_.push_back(synth(PythonLexer::DEDENT, "<DEDENT>", line, col, index, index - 1));
        indents_.resize(1);
        alt_indents_.resize(1);
    }
    pending_.push_back(std::move(eof));
}

bool PythonLexerBase::handleIndentation(const Token& first) {
    size_t line = first.getLine(), col = first.getCharPositionInLine();
    size_t index = first.getStartIndex();
    auto tab_error = [&] {
        addError(line, 0, line, 0, "TabError: inconsistent use of tabs and spaces in indentation");
        return false;
    };
    if (cur_indent_ == indents_.back()) {
        if (cur_alt_indent_ != alt_indents_.back()) return tab_error();
        return true;
    }
    if (cur_indent_ > indents_.back()) {
        if (indents_.size() >= kMaxIndentDepth) {
            addError(line, 0, line, col, "IndentationError: too many levels of indentation");
            return false;
        }
        if (cur_alt_indent_ <= alt_indents_.back()) return tab_error();
        indents_.push_back(cur_indent_);
        alt_indents_.push_back(cur_alt_indent_);
        pending_.push_back(synth(PythonLexer::INDENT, "<INDENT>", line, col, index, index - 1));
        return true;
    }
    while (indents_.size() > 1 && cur_indent_ < indents_.back()) {
        indents_.pop_back();
        alt_indents_.pop_back();
        pending_.push_back(synth(PythonLexer::DEDENT, "<DEDENT>", line, col, index, index - 1));
    }
    if (cur_indent_ != indents_.back()) {
        // CPython points just past the end of the offending line.
        size_t end = col + (first.getStopIndex() + 1 - first.getStartIndex());
        for (ssize_t k = 1;; ++k) {
            size_t c = _input->LA(k);
            if (c == Token::EOF || c == '\n' || c == '\r') break;
            ++end;
        }
        addError(line, end, line, end, "IndentationError: unindent does not match any outer indentation level");
        return false;
    }
    if (cur_alt_indent_ != alt_indents_.back()) return tab_error();
    return true;
}

void PythonLexerBase::trackBrackets(const Token& t) {
    size_t type = t.getType();
    size_t line = t.getLine(), col = t.getCharPositionInLine();
    if (is_open(type)) {
        if (brackets_.size() >= kMaxBracketDepth) {
            if (brackets_.size() == kMaxBracketDepth)
                addError(line, col, line, col + 1, "SyntaxError: too many nested parentheses");
            brackets_.push_back({char32_t(t.getText()[0]), line, col});
            return;
        }
        brackets_.push_back({char32_t(t.getText()[0]), line, col});
    } else if (is_close(type)) {
        char32_t close = char32_t(t.getText()[0]);
        if (brackets_.size() <= 0) {
            addError(line, col, line, col + 1, std::string("SyntaxError: unmatched '") + char(close) + "'");
            return;
        }
        Bracket open = brackets_.back();
        brackets_.pop_back();
        if (open.ch != opener_of(close)) {
            std::string msg = std::string("SyntaxError: closing parenthesis '") + char(close) +
                              "' does not match opening parenthesis '" + char(open.ch) + "'";
            if (open.line != line) msg += " on line " + std::to_string(open.line);
            addError(line, col, line, col + 1, msg);
        }
    }
}

// `a ** b ** c ...` is right-recursive: the parse tree nests once per `**`, and ANTLR's prediction cost grows with
// that nesting (20000 of them took gigabytes before the builder could reject the depth). A chain goes on through
// the tokens that can stand between two of its `**` at the same bracket depth (operands, attribute dots, trailers,
// prefix operators, await) and is broken by any other token there.
void PythonLexerBase::trackPowerChain(const Token& t) {
    size_t type = t.getType();
    size_t depth = brackets_.size();  // an opening bracket was already pushed by trackBrackets
    if (power_runs_.size() <= depth) power_runs_.resize(depth + 1, 0);
    if (is_open(type)) {
        power_runs_[depth] = 0;  // inside the brackets a new chain may start; the outer one goes on after them
        return;
    }
    if (is_close(type)) return;
    if (type == PythonLexer::DOUBLESTAR) {
        if (++power_runs_[depth] > kMaxPowerRun && !power_reported_) {
            power_reported_ = true;
            size_t line = t.getLine(), col = t.getCharPositionInLine();
            addError(line, col, line, col + 2, "RecursionError: maximum recursion depth exceeded during compilation");
        }
        return;
    }
    bool in_chain = type == PythonLexer::NAME || type == PythonLexer::NUMBER || type == PythonLexer::STRING ||
                    type == PythonLexer::NONE || type == PythonLexer::TRUE || type == PythonLexer::FALSE ||
                    type == PythonLexer::ELLIPSIS || type == PythonLexer::DOT || type == PythonLexer::AWAIT ||
                    type == PythonLexer::PLUS || type == PythonLexer::MINUS || type == PythonLexer::TILDE;
    if (!in_chain) power_runs_[depth] = 0;
}

// ---- actions called from PythonLexer.g4 ----

void PythonLexerBase::scanStringBody() {
    std::string text = getText();
    char32_t quote = char32_t(text.back());
    bool triple = false;
    auto LA = [&](ssize_t i) { return _input->LA(i); };
    if (LA(1) == quote && LA(2) == quote) {
        consumeChar();
        consumeChar();
        triple = true;
    } else if (LA(1) == quote) {
        consumeChar();
        return;
    }
    for (;;) {
        size_t c = LA(1);
        if (c == Token::EOF || (!triple && (c == '\n' || c == '\r'))) break;
        if (c == '\\') {
            consumeChar();
            if (LA(1) == '\r') {
                consumeChar();
                if (LA(1) == '\n') consumeChar();
            } else if (LA(1) != Token::EOF) {
                consumeChar();
            }
            continue;
        }
        if (c == quote) {
            if (!triple) {
                consumeChar();
                return;
            }
            if (LA(2) == quote && LA(3) == quote) {
                consumeChar();
                consumeChar();
                consumeChar();
                return;
            }
        }
        consumeChar();
    }
    // Unterminated: CPython reports it at the start of the literal.
    size_t detected = getLine();
    if (triple) {
        if (getCharPositionInLine() == 0 && detected > 1) --detected;  // the input ended with a newline
        addError(tokenStartLine, tokenStartCharPositionInLine, tokenStartLine, tokenStartCharPositionInLine,
                 "SyntaxError: unterminated triple-quoted string literal (detected at line " +
                     std::to_string(detected) + ")");
    } else {
        addError(tokenStartLine, tokenStartCharPositionInLine, tokenStartLine, tokenStartCharPositionInLine,
                 "SyntaxError: unterminated string literal (detected at line " + std::to_string(detected) + ")");
    }
}

void PythonLexerBase::badLeadingZero() {
    addError(tokenStartLine, tokenStartCharPositionInLine, tokenStartLine, tokenStartCharPositionInLine + 1,
             "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
             "octal integers");
}

void PythonLexerBase::badContinuation() {
    addError(tokenStartLine, tokenStartCharPositionInLine + 1, tokenStartLine, tokenStartCharPositionInLine + 1,
             "SyntaxError: unexpected character after line continuation character");
}

// A line continuation must be followed by another line: CPython's tokenizer stops with E_EOF when the input ends
// right after it. Its column is one past the backslash when the logical line has tokens, else none (column 1),
// as running such files shows; inside brackets the unclosed bracket is reported instead.
void PythonLexerBase::continuationAtEof() {
    if (_input->LA(1) != Token::EOF || !brackets_.empty()) return;
    size_t col = line_has_tokens_ ? tokenStartCharPositionInLine + 1 : 0;
    addError(tokenStartLine, col, tokenStartLine, col, "SyntaxError: unexpected EOF while parsing");
}

void PythonLexerBase::errorChar() {
    std::string text = getText();
    // Decode the single code point of this token.
    char32_t c = 0;
    unsigned char b0 = text.empty() ? 0 : (unsigned char)text[0];
    if (b0 < 0x80) c = b0;
    else {
        int n = (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : 4;
        c = b0 & (0x7F >> n);
        for (int k = 1; k < n && k < (int)text.size(); ++k) c = (c << 6) | ((unsigned char)text[k] & 0x3F);
    }
    size_t line = tokenStartLine, col = tokenStartCharPositionInLine;
    bool printable = !(c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || (c >= 0x2028 && c <= 0x202E) ||
                       (c >= 0x2060 && c <= 0x206F) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) ||
                       (c >= 0xE000 && c <= 0xF8FF) || c == 0x200B || c == 0x200E || c == 0x200F ||
                       (c >= 0x2000 && c <= 0x200A) || c == 0x3000 || c == 0x1680 || c == 0x205F);
    if (!printable)
        addError(line, col, line, col + 1, "SyntaxError: invalid non-printable character " + u_plus(c));
    else if (c >= 0x80)
        addError(line, col, line, col + 1, "SyntaxError: invalid character '" + utf8_of(c) + "' (" + u_plus(c) + ")");
    // Printable ASCII ('$', '?', '!', '`') is left to the parser: CPython calls it "invalid syntax".
}
