// str operations that need the Unicode database (unicode_db.h), codecs and CPython's string hash.
#include <catch2/catch.hpp>

#include "values_test_support.h"

using namespace values_test;

TEST_CASE("str case mapping uses full mappings and the final sigma rule") {
    CHECK(s(m(S("straße"), "upper")) == "STRASSE");
    CHECK(s(m(S("ﬁre"), "upper")) == "FIRE");
    CHECK(s(m(S("İstanbul"), "lower")) == "i̇stanbul");
    CHECK(s(m(S("ΣΊΣΥΦΟΣ"), "lower")) == "σίσυφος");
    CHECK(s(m(S("ΑΣ Β"), "lower")) == "ας β");
    CHECK(s(m(S("Σ"), "lower")) == "σ");
    CHECK(s(m(S("ßtraße"), "casefold")) == "sstrasse");
    CHECK(s(m(S("ΣΊΣΥΦΟΣ"), "casefold")) == "σίσυφοσ");
}

TEST_CASE("str title and capitalize use titlecase letters") {
    CHECK(s(m(S("ǆemal"), "title")) == "ǅemal");
    CHECK(s(m(S("ǆemal"), "capitalize")) == "ǅemal");
    CHECK(s(m(S("ßtraße"), "title")) == "Sstraße");
    CHECK(s(m(S("they're bill's"), "title")) == "They'Re Bill'S");
    CHECK(s(m(S("İstanbul"), "swapcase")) == "i̇STANBUL");
}

TEST_CASE("str character classes follow the Unicode database") {
    CHECK(r(m(S("½"), "isnumeric")) == "True");
    CHECK(r(m(S("½"), "isdigit")) == "False");
    CHECK(r(m(S("²"), "isdigit")) == "True");
    CHECK(r(m(S("²"), "isdecimal")) == "False");
    CHECK(r(m(S("١٢٣"), "isdecimal")) == "True");
    CHECK(r(m(S("١٢٣"), "isalpha")) == "False");
    CHECK(r(m(S("一二三"), "isnumeric")) == "True");
    CHECK(r(m(S("Ⅻ"), "isupper")) == "True");
    CHECK(r(m(S("Ǆ"), "istitle")) == "True");
    CHECK(r(m(S("\u2028"), "isspace")) == "True");
    CHECK(r(m(S("x1"), "isidentifier")) == "True");
    CHECK(r(m(S("1x"), "isidentifier")) == "False");
}

TEST_CASE("str repr escapes what Unicode calls non-printable") {
    CHECK(r(S("\xed\x9f\xbf")) == "'\\ud7ff'");          // U+D7FF: unassigned
    CHECK(r(S("\xf3\xa0\x80\x81")) == "'\\U000e0001'");  // U+E0001: a format character
    CHECK(r(S("\xe3\x80\x80")) == "'\\u3000'");          // ideographic space
    CHECK(r(S("中文")) == "'中文'");
}

TEST_CASE("int() and float() read decimal digits of other scripts") {
    CHECK(r(bi("int", {S("١٢٣")})) == "123");
    CHECK(r(bi("int", {S("\xe3\x80\x80１２\xe3\x80\x80")})) == "12");
    CHECK(r(bi("float", {S("١.٥")})) == "1.5");
    CHECK(err([] { bi("int", {S("1x")}); }) == "ValueError: invalid literal for int() with base 10: '1x'");
}

TEST_CASE("str hashes as CPython's SipHash-1-3 with PYTHONHASHSEED=0") {
    CHECK(hash(S("a")) == 4644417185603328019);
    CHECK(hash(S("abc")) == -4594863902769663758);
    CHECK(hash(S("")) == 0);
    CHECK(hash(S("é")) == 6047309291227476195);
    CHECK(hash(S("中")) == 1216952446211864180);
    CHECK(hash(S("😀")) == -3536540696076613844);
    CHECK(hash(bytes_("abc")) == -4594863902769663758);
}

TEST_CASE("str.encode and bytes.decode with codecs and error handlers") {
    Object t = S("héllo €");
    CHECK(r(m(t, "encode")) == "b'h\\xc3\\xa9llo \\xe2\\x82\\xac'");
    CHECK(r(m(t, "encode", {S("latin-1"), S("replace")})) == "b'h\\xe9llo ?'");
    CHECK(r(m(t, "encode", {S("ascii"), S("xmlcharrefreplace")})) == "b'h&#233;llo &#8364;'");
    CHECK(r(m(t, "encode", {S("ascii"), S("backslashreplace")})) == "b'h\\\\xe9llo \\\\u20ac'");
    CHECK(err([&] { m(t, "encode", {S("ascii")}); }) ==
          "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)");
    CHECK(err([] { m(S("中文"), "encode", {S("ascii")}); }) ==
          "UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)");
    CHECK(err([] { m(S("x"), "encode", {S("nope")}); }) == "LookupError: unknown encoding: nope");
    CHECK(r(m(bytes_("\xe9"), "decode", {S("latin-1")})) == "'é'");
    CHECK(err([] { m(bytes_("ab\xff"), "decode"); }) ==
          "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte");
    CHECK(err([] { m(bytes_("\xe4\xb8"), "decode"); }) ==
          "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
    CHECK(err([] { m(bytes_("\xe4\xb8x"), "decode"); }) ==
          "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte");
    CHECK(s(m(bytes_("\xe4\xb8x"), "decode", {S("utf-8"), S("replace")})) == "\xef\xbf\xbdx");
}

TEST_CASE("bytes text-like methods work on ASCII bytes") {
    CHECK(r(m(bytes_("Hello"), "upper")) == "b'HELLO'");
    CHECK(r(m(bytes_(" a  b "), "split")) == "[b'a', b'b']");
    CHECK(r(m(bytes_("a,b"), "split", {bytes_(",")})) == "[b'a', b'b']");
    CHECK(r(m(bytes_("-"), "join", {list_({bytes_("a"), bytes_("b")})})) == "b'a-b'");
    CHECK(r(m(bytes_("abc"), "hex")) == "'616263'");
    CHECK(r(m(bytes_("abcb"), "count", {I(98)})) == "2");
    CHECK(err([] { m(bytes_("-"), "join", {list_({S("a")})}); }) ==
          "TypeError: sequence item 0: expected a bytes-like object, str found");
}
