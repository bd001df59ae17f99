// warnings.warn as CPython's default filters show it.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "pyco/exceptions.h"
#include "pyco/frame.h"
#include "pyco/ops.h"

using namespace pyco;

namespace {

// What `f` writes to stderr.
template <class F>
std::string stderr_of(F&& f) {
    std::fflush(stderr);
    char path[] = "/tmp/pyco_warn_XXXXXX";
    int fd = mkstemp(path);
    int saved = dup(2);
    dup2(fd, 2);
    f();
    std::fflush(stderr);
    dup2(saved, 2);
    close(saved);
    close(fd);
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    std::remove(path);
    return ss.str();
}

const SourceFile kFile{"/tmp/exx/w1.py", "async def func(): pass\ndef g():\n    func()\n"};
const Pos kPos[] = {{2, 0, 2, 0}, {3, 4, 3, 10}};
const CodeInfo kG{"g", "g", &kFile, 2, kPos};
const std::string kHint = "RuntimeWarning: Enable tracemalloc to get the object allocation traceback";
// The object a warning is about (a dying coroutine in the runtime): any object brings the tracemalloc hint.
Object source() { return int_(7); }

}  // namespace

TEST_CASE("a warning names the file and line and shows the source line once per location") {
    reset_warning_registry();
    FrameGuard guard(kG);
    guard.frame.pos = 1;
    std::string text = stderr_of([] {
        warn(RuntimeWarningType, "coroutine 'func' was never awaited", source());
        warn(RuntimeWarningType, "coroutine 'func' was never awaited", source());
    });
    CHECK(text ==
          "/tmp/exx/w1.py:3: RuntimeWarning: coroutine 'func' was never awaited\n"
          "  func()\n" + kHint + "\n");
}

TEST_CASE("another text or category at the same line warns again") {
    reset_warning_registry();
    FrameGuard guard(kG);
    guard.frame.pos = 1;
    std::string text = stderr_of([] {
        warn(RuntimeWarningType, "a");
        warn(RuntimeWarningType, "b");
        warn(UserWarningType, "a");
    });
    CHECK(text ==
          "/tmp/exx/w1.py:3: RuntimeWarning: a\n  func()\n"
          "/tmp/exx/w1.py:3: RuntimeWarning: b\n  func()\n"
          "/tmp/exx/w1.py:3: UserWarning: a\n  func()\n");
}

TEST_CASE("while finalizing, warnings say sys:1 once, without source or hint") {
    reset_warning_registry();
    set_finalizing(true);
    std::string text = stderr_of([] {
        warn(RuntimeWarningType, "coroutine 'func' was never awaited", source());
        warn(RuntimeWarningType, "coroutine 'func' was never awaited", source());
        warn(RuntimeWarningType, "coroutine 'other' was never awaited", source());
    });
    set_finalizing(false);
    CHECK(text ==
          "sys:1: RuntimeWarning: coroutine 'func' was never awaited\n"
          "sys:1: RuntimeWarning: coroutine 'other' was never awaited\n");
}
