// The uncaught-exception report, checked against what CPython 3.11 prints for the same source.
#include <catch2/catch.hpp>

#include "pyco/exceptions.h"
#include "pyco/ops.h"

using namespace pyco;

namespace {

// Adds the frames to the exception's traceback, innermost first, as unwinding does.
void unwind(const Object& exc, std::initializer_list<std::pair<const CodeInfo*, int>> frames) {
    PyExc p{exc};
    for (auto [code, pos] : frames) {
        Frame f;
        f.code = code;
        f.pos = pos;
        p.add_frame(f);
    }
}

const SourceFile kA{"/tmp/exx/a.py",
                    "def f(x):\n    return x[1] + 1/0    \n\ndef g():\n    return f(\n        [1,2])\n\nx = g()\n"};
const Pos kModulePos[] = {{1, 0, 1, 0}, {8, 4, 8, 7}};
const Pos kFPos[] = {{1, 0, 1, 0}, {2, 18, 2, 21, 1, 2}};
const Pos kGPos[] = {{4, 0, 4, 0}, {5, 11, 6, 14}};
const CodeInfo kModule{"<module>", "<module>", &kA, 1, kModulePos};
const CodeInfo kF{"f", "f", &kA, 1, kFPos};
const CodeInfo kG{"g", "g", &kA, 4, kGPos};

}  // namespace

TEST_CASE("the traceback shows source lines, multi-line segments and operator anchors") {
    Object e = new_exception(ZeroDivisionErrorType, "division by zero");
    unwind(e, {{&kF, 1}, {&kG, 1}, {&kModule, 1}});
    CHECK(format_exception(e) ==
          "Traceback (most recent call last):\n"
          "  File \"/tmp/exx/a.py\", line 8, in <module>\n"
          "    x = g()\n"
          "        ^^^\n"
          "  File \"/tmp/exx/a.py\", line 5, in g\n"
          "    return f(\n"
          "           ^^\n"
          "  File \"/tmp/exx/a.py\", line 2, in f\n"
          "    return x[1] + 1/0    \n"
          "                  ~^~\n"
          "ZeroDivisionError: division by zero\n");
}

TEST_CASE("no carets when the segment is the whole line, carets when trailing blanks follow it") {
    static const SourceFile file{"/t.py", "f()   \nf(\n  1)\nasyncio.coroutine\n"};
    static const Pos pos[] = {{1, 0, 1, 3}, {2, 0, 3, 4}, {4, 0, 4, 17}};
    static const CodeInfo code{"<module>", "<module>", &file, 1, pos};
    Object e = new_exception(ValueErrorType);
    unwind(e, {{&code, 2}, {&code, 1}, {&code, 0}});
    CHECK(format_exception(e) ==
          "Traceback (most recent call last):\n"
          "  File \"/t.py\", line 1, in <module>\n"
          "    f()   \n"
          "    ^^^\n"
          "  File \"/t.py\", line 2, in <module>\n"
          "    f(\n"
          "  File \"/t.py\", line 4, in <module>\n"
          "    asyncio.coroutine\n"
          "ValueError\n");
}

TEST_CASE("wide characters count two columns in the caret line") {
    static const SourceFile file{"/c.py", "x = \"日本\" + 1\n"};
    static const Pos pos[] = {{1, 4, 1, 12, 5, 6}};
    static const CodeInfo code{"<module>", "<module>", &file, 1, pos};
    Object e = new_exception(TypeErrorType, "can only concatenate str (not \"int\") to str");
    unwind(e, {{&code, 0}});
    CHECK(format_exception(e) ==
          "Traceback (most recent call last):\n"
          "  File \"/c.py\", line 1, in <module>\n"
          "    x = \"日本\" + 1\n"
          "        ~~~~~~~^~~\n"
          "TypeError: can only concatenate str (not \"int\") to str\n");
}

TEST_CASE("a bare raise keeps the line where the exception passed through the frame") {
    Object e = new_exception(ValueErrorType, "x");
    Frame f;
    f.code = &kF;
    f.pos = 1;
    PyExc{e}.add_frame(f);
    f.pos = 0;  // the handler's `raise` line
    PyExc again{e, true};
    again.add_frame(f);
    REQUIRE(e.as<ExceptionObj>()->tb.size() == 1);
    CHECK(e.as<ExceptionObj>()->tb[0].pos == 1);
}

TEST_CASE("recursion collapses into 'Previous line repeated'") {
    static const SourceFile file{"/r.py", "def f(n): return f(n+1)\nf(0)\n"};
    static const Pos fpos[] = {{1, 17, 1, 23}};
    static const Pos mpos[] = {{2, 0, 2, 4}};
    static const CodeInfo fcode{"f", "f", &file, 1, fpos};
    static const CodeInfo mcode{"<module>", "<module>", &file, 1, mpos};
    Object e = new_exception(RecursionErrorType, "maximum recursion depth exceeded");
    PyExc p{e};
    std::vector<Frame> frames(10);
    for (auto& f : frames) {
        f.code = &fcode;
        p.add_frame(f);
    }
    unwind(e, {{&mcode, 0}});
    std::string frame_text =
        "  File \"/r.py\", line 1, in f\n"
        "    def f(n): return f(n+1)\n"
        "                     ^^^^^^\n";
    CHECK(format_exception(e) ==
          "Traceback (most recent call last):\n"
          "  File \"/r.py\", line 2, in <module>\n"
          "    f(0)\n" +
              frame_text + frame_text + frame_text +
              "  [Previous line repeated 7 more times]\n"
              "RecursionError: maximum recursion depth exceeded\n");
}

TEST_CASE("chained exceptions print the cause or the context first") {
    Object first = new_exception(KeyErrorType, {str_("k")});
    Object second = new_exception(ValueErrorType, "v");
    second.as<ExceptionObj>()->context = first;
    CHECK(format_exception(second) ==
          "KeyError: 'k'\n"
          "\n"
          "During handling of the above exception, another exception occurred:\n"
          "\n"
          "ValueError: v\n");
    second.as<ExceptionObj>()->cause = first;
    second.as<ExceptionObj>()->suppress_context = true;
    CHECK(format_exception(second) ==
          "KeyError: 'k'\n"
          "\n"
          "The above exception was the direct cause of the following exception:\n"
          "\n"
          "ValueError: v\n");
    second.as<ExceptionObj>()->cause = Object();
    CHECK(format_exception(second) == "ValueError: v\n");
}

TEST_CASE("notes follow the message, one line each") {
    Object e = new_exception(ValueErrorType, "v");
    e.as<ExceptionObj>()->notes = list_({str_("note1\nline2")});
    CHECK(format_exception(e) == "ValueError: v\nnote1\nline2\n");
}

TEST_CASE("exception groups print in CPython's box") {
    static const SourceFile file{"/g.py", "raise ExceptionGroup('eg', [ValueError(1)])\n"};
    static const Pos pos[] = {{1, 0, 1, 44}};
    static const CodeInfo code{"<module>", "<module>", &file, 1, pos};
    Object inner = new_exception(ExceptionGroupType, {str_("inner"), list_({new_exception(KeyErrorType, {str_("k")})})});
    Object eg = new_exception(ExceptionGroupType,
                              {str_("eg"), list_({new_exception(TypeErrorType, "t"), inner})});
    unwind(eg, {{&code, 0}});
    CHECK(format_exception(eg) ==
          "  + Exception Group Traceback (most recent call last):\n"
          "  |   File \"/g.py\", line 1, in <module>\n"
          "  |     raise ExceptionGroup('eg', [ValueError(1)])\n"
          "  | ExceptionGroup: eg (2 sub-exceptions)\n"
          "  +-+---------------- 1 ----------------\n"
          "    | TypeError: t\n"
          "    +---------------- 2 ----------------\n"
          "    | ExceptionGroup: inner (1 sub-exception)\n"
          "    +-+---------------- 1 ----------------\n"
          "      | KeyError: 'k'\n"
          "      +------------------------------------\n");
}
