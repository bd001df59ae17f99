#include <catch2/catch.hpp>

#include "values_test_support.h"

using namespace values_test;

TEST_CASE("str repr chooses quotes as CPython does") {
    CHECK(r(S("abc")) == "'abc'");
    CHECK(r(S("a'b")) == "\"a'b\"");
    CHECK(r(S("a\"b")) == "'a\"b'");
    CHECK(r(S("a'\"b")) == "'a\\'\"b'");
}

TEST_CASE("str repr escapes control characters and keeps printable non-ASCII text") {
    CHECK(r(S("a\tb\\c\n")) == "'a\\tb\\\\c\\n'");
    CHECK(r(str_(std::string_view("\x00\x7f", 2))) == "'\\x00\\x7f'");
    CHECK(r(S("\xc2\x80\xc2\xa0\xc2\xad")) == "'\\x80\\xa0\\xad'");
    CHECK(r(S("\xe2\x80\xa8")) == "'\\u2028'");
    CHECK(r(S("é协程")) == "'é协程'");
    CHECK(r(S("😀")) == "'😀'");
    CHECK(s(ascii(S("é协😀"))) == "'\\xe9\\u534f\\U0001f600'");
}

TEST_CASE("str indexes and slices by code point") {
    Object t = S("协程abc");
    CHECK(len(t) == 5);
    CHECK(r(getitem(t, I(1))) == "'程'");
    CHECK(r(getitem(t, I(-1))) == "'c'");
    CHECK(r(getitem(t, slice_(I(1), I(4), None()))) == "'程ab'");
    CHECK(r(getitem(t, slice_(None(), None(), I(-1)))) == "'cba程协'");
    CHECK(err([&] { getitem(t, I(5)); }) == "IndexError: string index out of range");
    CHECK(err([&] { getitem(t, F(1.0)); }) == "TypeError: string indices must be integers, not 'float'");
}

TEST_CASE("str iterates code points") {
    Object it = iter(S("a协"));
    CHECK(r(next(it)) == "'a'");
    CHECK(r(next(it)) == "'协'");
    CHECK(next(it).null());
}

TEST_CASE("str concatenation, repetition and comparison") {
    CHECK(r(add(S("协"), S("程"))) == "'协程'");
    CHECK(len(add(S("协"), S("程"))) == 2);
    CHECK(r(mul(S("ab"), I(3))) == "'ababab'");
    CHECK(r(mul(I(2), S("x"))) == "'xx'");
    CHECK(compare_bool(CmpOp::Lt, S("abc"), S("abd")));
    CHECK(compare_bool(CmpOp::Gt, S("协"), S("z")));
    CHECK(contains(S("hello"), S("ell")));
    CHECK(err([] { add(S("a"), I(1)); }) == "TypeError: can only concatenate str (not \"int\") to str");
    CHECK(err([] { contains(S("a"), I(1)); }) == "TypeError: 'in <string>' requires string as left operand, not int");
}

TEST_CASE("str case methods handle non-ASCII text") {
    CHECK(r(m(S("协程"), "upper")) == "'协程'");
    CHECK(r(m(S("ÉCOLE"), "lower")) == "'école'");
    CHECK(r(m(S("hello world foo"), "title")) == "'Hello World Foo'");
    CHECK(r(m(S("they're bill's"), "title")) == "\"They'Re Bill'S\"");
    CHECK(r(m(S("hELLO wORLD"), "capitalize")) == "'Hello world'");
    CHECK(r(m(S("Hello"), "swapcase")) == "'hELLO'");
}

TEST_CASE("str classification methods") {
    CHECK(truthy(m(S("协程"), "isalpha")));
    CHECK(truthy(m(S("123"), "isdigit")));
    CHECK_FALSE(truthy(m(S(""), "isdigit")));
    CHECK(truthy(m(S(" \t\n"), "isspace")));
    CHECK(truthy(m(S("ABC1"), "isupper")));
    CHECK(truthy(m(S("abc"), "islower")));
    CHECK(truthy(m(S("_x1"), "isidentifier")));
}

TEST_CASE("str split and rsplit follow CPython's whitespace and maxsplit rules") {
    CHECK(r(m(S(" a  b c "), "split")) == "['a', 'b', 'c']");
    CHECK(r(m(S(" a  b c "), "split", {None(), I(1)})) == "['a', 'b c ']");
    CHECK(r(m(S(" a  b c "), "rsplit", {None(), I(1)})) == "[' a  b', 'c']");
    CHECK(r(m(S("a,b,,c"), "split", {S(",")})) == "['a', 'b', '', 'c']");
    CHECK(r(m(S("a,b,,c"), "rsplit", {S(",")}, {{"maxsplit", I(2)}})) == "['a,b', '', 'c']");
    CHECK(r(m(S("a\nb\r\nc"), "splitlines")) == "['a', 'b', 'c']");
    CHECK(r(m(S("a\nb\r\nc\n"), "splitlines", {bool_(true)})) == "['a\\n', 'b\\r\\n', 'c\\n']");
    CHECK(err([] { m(S("abc"), "split", {S("")}); }) == "ValueError: empty separator");
}

TEST_CASE("str strip, replace, join and padding") {
    CHECK(r(m(S("  x  "), "strip")) == "'x'");
    CHECK(r(m(S("xxhixx"), "strip", {S("x")})) == "'hi'");
    CHECK(r(m(S("xxhi"), "lstrip", {S("x")})) == "'hi'");
    CHECK(r(m(S("abc"), "replace", {S(""), S("-")})) == "'-a-b-c-'");
    CHECK(r(m(S("aaa"), "replace", {S("a"), S("b"), I(2)})) == "'bba'");
    CHECK(r(m(S(" "), "join", {list_({S("a"), S("b")})})) == "'a b'");
    CHECK(err([] { m(S(","), "join", {list_({S("a"), I(1)})}); }) ==
          "TypeError: sequence item 1: expected str instance, int found");
    CHECK(r(m(S("协程"), "center", {I(6), S("*")})) == "'**协程**'");
    CHECK(r(m(S("abc"), "center", {I(6)})) == "' abc  '");
    CHECK(r(m(S("abc"), "center", {I(7)})) == "'  abc  '");
    CHECK(r(m(S("ab"), "center", {I(5)})) == "'  ab '");
    CHECK(r(m(S("ab"), "ljust", {I(4), S("-")})) == "'ab--'");
    CHECK(r(m(S("ab"), "rjust", {I(4)})) == "'  ab'");
    CHECK(r(m(S("-42"), "zfill", {I(6)})) == "'-00042'");
    CHECK(err([] { m(S("abc"), "center", {I(7), S("xy")}); }) ==
          "TypeError: The fill character must be exactly one character long");
}

TEST_CASE("str searching counts code points") {
    CHECK(r(m(S("协程abc"), "find", {S("a")})) == "2");
    CHECK(r(m(S("协程abc协"), "rfind", {S("协")})) == "5");
    CHECK(r(m(S("协程abc"), "index", {S("b"), I(2)})) == "3");
    CHECK(r(m(S("abc"), "find", {S("z")})) == "-1");
    CHECK(r(m(S("abc"), "count", {S("")})) == "4");
    CHECK(r(m(S("aaaa"), "count", {S("aa")})) == "2");
    CHECK(truthy(m(S("abc"), "startswith", {tuple_({S("x"), S("a")})})));
    CHECK(truthy(m(S("abc"), "endswith", {S("bc"), I(0), I(3)})));
    CHECK(r(m(S("a b"), "partition", {S(" ")})) == "('a', ' ', 'b')");
    CHECK(r(m(S("abc"), "rpartition", {S("x")})) == "('', '', 'abc')");
    CHECK(err([] { m(S("abc"), "index", {S("z")}); }) == "ValueError: substring not found");
}

TEST_CASE("str.format fills positional, keyword and nested fields") {
    CHECK(s(m(S("{0}-{1}-{0}"), "format", {S("a"), S("b")})) == "a-b-a");
    CHECK(s(m(S("{:>5}|{:<5}|{:^5}"), "format", {I(1), I(2), I(3)})) == "    1|2    |  3  ");
    CHECK(s(m(S("{name}!{x[1]}"), "format", {}, {{"name", S("n")}, {"x", list_({I(1), I(2)})}})) == "n!2");
    CHECK(s(m(S("{0!r:>6}"), "format", {S("a")})) == "   'a'");
    CHECK(s(m(S("{:{w}.{p}f}"), "format", {F(3.14159)}, {{"w", I(8)}, {"p", I(2)}})) == "    3.14");
    CHECK(s(m(S("{{}}"), "format")) == "{}");
}

TEST_CASE("str.format reports malformed templates as CPython") {
    CHECK(err([] { m(S("{0}{}"), "format", {I(1), I(2)}); }) ==
          "ValueError: cannot switch from manual field specification to automatic field numbering");
    CHECK(err([] { m(S("{}{0}"), "format", {I(1), I(2)}); }) ==
          "ValueError: cannot switch from automatic field numbering to manual field specification");
    CHECK(err([] { m(S("{"), "format"); }) == "ValueError: Single '{' encountered in format string");
    CHECK(err([] { m(S("}"), "format"); }) == "ValueError: Single '}' encountered in format string");
    CHECK(err([] { m(S("{0"), "format"); }) == "ValueError: expected '}' before end of string");
    CHECK(err([] { m(S("{x}"), "format"); }) == "KeyError: 'x'");
    CHECK(err([] { m(S("{1}"), "format", {I(1)}); }) ==
          "IndexError: Replacement index 1 out of range for positional args tuple");
    CHECK(err([] { m(S("{!x}"), "format", {I(1)}); }) == "ValueError: Unknown conversion specifier x");
}

TEST_CASE("printf-style formatting with %") {
    Object args = tuple_({S("a"), I(42), F(3.14159), S("r"), S("l"), I(255), S("q")});
    CHECK(s(binop(BinOp::Mod, S("%s=%d (%.2f) %5s|%-5s|%x %r %%"), args)) == "a=42 (3.14)     r|l    |ff 'q' %");
    Object d = dict_({{S("a"), I(1)}, {S("b"), I(7)}});
    CHECK(s(binop(BinOp::Mod, S("%(a)s %(b)03d"), d)) == "1 007");
    CHECK(s(binop(BinOp::Mod, S("%s"), I(5))) == "5");
    CHECK(err([] { binop(BinOp::Mod, S("%d"), S("a")); }) == "TypeError: %d format: a real number is required, not str");
    CHECK(err([] { binop(BinOp::Mod, S("%s %s"), tuple_({I(1)})); }) ==
          "TypeError: not enough arguments for format string");
    CHECK(err([] { binop(BinOp::Mod, S("%s"), tuple_({I(1), I(2)})); }) ==
          "TypeError: not all arguments converted during string formatting");
}
