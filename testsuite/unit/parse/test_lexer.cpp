// PythonLexer + PythonLexerBase: the token stream the parser sees (logical lines, INDENT/DEDENT) and lexer errors.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "PythonLexer.h"

namespace {

struct Lexed {
    std::vector<std::string> tokens;  // symbolic names, EOF left out
    std::vector<PythonLexerBase::Error> errors;
    std::vector<std::string> texts;
    std::vector<size_t> cols;
};

Lexed lex(const std::string& source) {
    antlr4::ANTLRInputStream input(source);
    PythonLexer lexer(&input);
    lexer.removeErrorListeners();
    Lexed out;
    for (;;) {
        auto t = lexer.nextToken();
        if (t->getType() == antlr4::Token::EOF) break;
        out.tokens.push_back(std::string(lexer.getVocabulary().getSymbolicName(t->getType())));
        out.texts.push_back(t->getText());  // tokens read their text from the input, which dies with lex()
        out.cols.push_back(t->getCharPositionInLine());
        if (out.texts.size() > 10000) FAIL("lexer does not terminate");
    }
    out.errors = lexer.errors();
    return out;
}

std::string joined(const Lexed& l) {
    std::string s;
    for (auto& t : l.tokens) s += (s.empty() ? "" : " ") + t;
    return s;
}

std::string first_error(const std::string& source) {
    auto l = lex(source);
    if (l.errors.empty()) return "no error";
    auto& e = l.errors.front();
    return std::to_string(e.line) + ":" + std::to_string(e.col) + " " + e.message;
}

}  // namespace

TEST_CASE("nested blocks produce matching INDENT and DEDENT tokens") {
    auto l = lex("if a:\n    if b:\n        c\n    d\ne\n");
    CHECK(joined(l) ==
          "IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE DEDENT NAME NEWLINE");
}

TEST_CASE("dedenting several levels at once emits one DEDENT per level") {
    auto l = lex("if a:\n  if b:\n    if c:\n      d\ne\n");
    CHECK(joined(l) == "IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME "
                       "NEWLINE DEDENT DEDENT DEDENT NAME NEWLINE");
}

TEST_CASE("blank lines and comment-only lines between statements produce no tokens") {
    auto l = lex("a\n\n   \n# comment\n    # indented comment\nb  # trailing\n");
    CHECK(joined(l) == "NAME NEWLINE NAME NEWLINE");
}

TEST_CASE("blank lines inside an indented block do not close it") {
    auto l = lex("def f():\n    a\n\n        # odd comment\n\n    b\n");
    CHECK(joined(l) == "DEF NAME LPAR RPAR COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT");
}

TEST_CASE("newlines and indentation inside brackets are joined into one logical line") {
    auto l = lex("x = (1,\n        2,\n  # c\n3)\ny = [\n]\n");
    CHECK(joined(l) == "NAME EQUAL LPAR NUMBER COMMA NUMBER COMMA NUMBER RPAR NEWLINE NAME EQUAL LSQB RSQB NEWLINE");
}

TEST_CASE("backslash continuation joins physical lines") {
    auto l = lex("x = 1 + \\\n        2\nif a and \\\n   b:\n    pass\n");
    CHECK(joined(l) == "NAME EQUAL NUMBER PLUS NUMBER NEWLINE IF NAME AND NAME COLON NEWLINE INDENT PASS NEWLINE DEDENT");
}

TEST_CASE("input without a trailing newline still ends with NEWLINE and DEDENTs") {
    auto l = lex("while x:\n    y");
    CHECK(joined(l) == "WHILE NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT");
    CHECK(joined(lex("")) == "");
    CHECK(joined(lex("# only a comment")) == "");
}

TEST_CASE("every string prefix and quote form lexes as one STRING token") {
    for (const char* s : {"'a'", "\"a\"", "'''a\n'b'\n'''", "\"\"\"a\"\"\"", "r'\\d'", "b'x'", "rb'x'", "BR'x'",
                          "Rb'x'", "u'x'", "f'{x}'", "rf'{x}'", "FR'{x}'", "''", "'it\\'s'", "'a\\\nb'"}) {
        INFO(s);
        CHECK(joined(lex(s)) == "STRING NEWLINE");
    }
}

TEST_CASE("every number form lexes as one NUMBER token") {
    for (const char* s : {"0", "00", "123", "1_000", "0x_FF", "0o17", "0B1010", "1.5", ".5", "5.", "1e10", "1.5E-3",
                          "1_0.2_5e+1_0", "3j", "1.5J", ".5e2j"}) {
        INFO(s);
        CHECK(joined(lex(s)) == "NUMBER NEWLINE");
    }
}

TEST_CASE("non-ASCII identifiers are names and columns count code points") {
    auto l = lex("été = '€'; ü = 1\n");
    CHECK(joined(l) == "NAME EQUAL STRING SEMI NAME EQUAL NUMBER NEWLINE");
    CHECK(l.texts[0] == "été");
    CHECK(l.cols[4] == 11);
}

TEST_CASE("comparison operator spellings lex as single tokens") {
    CHECK(joined(lex("a is not b != c <= d >= e == f -> g := h ** i // j")) ==
          "NAME IS NOT NAME NOTEQUAL NAME LESSEQUAL NAME GREATEREQUAL NAME EQEQUAL NAME RARROW NAME COLONEQUAL NAME "
          "DOUBLESTAR NAME DOUBLESLASH NAME NEWLINE");
}

TEST_CASE("match is a keyword only where its line ends with a colon") {
    CHECK(joined(lex("match x:\n    case 1:\n        pass\n")) ==
          "MATCH NAME COLON NEWLINE INDENT NAME NUMBER COLON NEWLINE INDENT PASS NEWLINE DEDENT DEDENT");
    CHECK(joined(lex("match = 1\nmatch(x)\n")) == "NAME EQUAL NUMBER NEWLINE NAME LPAR NAME RPAR NEWLINE");
}

TEST_CASE("dedent to an unknown level is an IndentationError") {
    CHECK(first_error("if x:\n    a\n  b\n") == "3:3 IndentationError: unindent does not match any outer indentation level");
}

TEST_CASE("tabs and spaces that disagree about indentation are a TabError") {
    CHECK(first_error("if x:\n\tif y:\n        a\n") == "3:0 TabError: inconsistent use of tabs and spaces in indentation");
    CHECK(first_error("if x:\n\ta\n\tb\n") == "no error");
}

TEST_CASE("an unterminated string is reported at its start with the line it was detected on") {
    CHECK(first_error("x = 'abc\n") == "1:4 SyntaxError: unterminated string literal (detected at line 1)");
    CHECK(first_error("x = 1\ny = '''abc\n\nz\n") ==
          "2:4 SyntaxError: unterminated triple-quoted string literal (detected at line 4)");
}

TEST_CASE("brackets are checked by the lexer") {
    CHECK(first_error("x = 1)\n") == "1:5 SyntaxError: unmatched ')'");
    CHECK(first_error("x = (1]\n") == "1:6 SyntaxError: closing parenthesis ']' does not match opening parenthesis '('");
    CHECK(first_error("x = (\n1]\n") ==
          "2:1 SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1");
    CHECK(first_error("x = " + std::string(201, '(') + std::string(201, ')')) == "1:204 SyntaxError: too many nested parentheses");
    CHECK(first_error("x = " + std::string(200, '[') + std::string(200, ']')) == "no error");
}

TEST_CASE("stray characters are reported in CPython's words") {
    CHECK(first_error("x = \x01\n") == "1:4 SyntaxError: invalid non-printable character U+0001");
    CHECK(first_error("x = €\n") == "1:4 SyntaxError: invalid character '€' (U+20AC)");
    CHECK(first_error("x = 1 \\ y\n") == "1:7 SyntaxError: unexpected character after line continuation character");
    CHECK(first_error("x = 0777\n") ==
          "1:4 SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
          "integers");
}
