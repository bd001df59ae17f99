// Frames: where each compiled Python function is, for tracebacks and warnings.
//
// Generated code keeps a `Frame` per running function and stores the index of the expression being evaluated
// in `pos` before each operation that can raise. `current_frame()` is the innermost running Python frame
// (warnings report its line); tracebacks are built as exceptions unwind, one entry per frame they leave.
#pragma once

#include <atomic>
#include <cstdint>

namespace pyco {

// One expression's place in the source, as CPython's co_positions gives it. Columns are 0-based code points.
// For a binary operation or a subscript on one line, `anchor_left`/`anchor_right` are code-point offsets into
// the expression's text where the operator (or `[...]`) begins and ends: the traceback draws `~` under the
// operands and `^` under the operator. -1 when there are none.
struct Pos {
    int line, col, end_line, end_col;
    int anchor_left = -1, anchor_right = -1;
};

// One source file of the program: its absolute path and its text (embedded so that a program shipped alone
// still shows source lines in tracebacks, as CPython shows them from the file).
struct SourceFile {
    const char* path;
    const char* text;
    const char* module = "__main__";  // the module's __name__: its functions' and classes' __module__
};

// A compiled function's static description.
struct CodeInfo {
    const char* name;      // co_name: "main", "<module>", "<lambda>", "<listcomp>"
    const char* qualname;  // co_qualname
    const SourceFile* file;
    int firstlineno;       // the `def` line (the first decorator's line when decorated), as CPython
    const Pos* positions;  // indexed by Frame::pos
};

struct Frame {
    const CodeInfo* code = nullptr;
    int pos = 0;  // index into code->positions; 0 is the function's own first line
    // The frame below: the caller of a plain call, the awaiter of a coroutine awaited inline, the frame that
    // resumed a running generator (sys._getframe, warnings' stacklevel; docs/stdlib.md).
    Frame* back = nullptr;
    int line() const noexcept { return code && code->positions ? code->positions[pos].line : 0; }
};

namespace detail {
inline thread_local Frame* tl_frame = nullptr;
// How many Python frames are running on this thread, counted as CPython 3.11 counts them
// (tstate->recursion_remaining): the module is 1, each call adds one (runtime/src/recursion.cpp).
inline thread_local int tl_depth = 0;
inline int recursion_limit = 1000;  // sys.getrecursionlimit()
// On a greenlet's stack (internal/fiber.h), the address below which a call raises RecursionError rather than run
// into the stack's guard page; null on the thread's own stack, which the recursion limit alone protects.
inline thread_local const char* tl_stack_limit = nullptr;
// Set by a thread that waited a switch interval for the global lock: the holder hands it over at its next
// function call or loop iteration (runtime/src/threads/gil.cpp, docs/threads.md).
inline std::atomic<bool> eval_breaker{false};
// Whether the running stack is nearly used up (always false on the thread's own stack).
inline bool stack_exhausted() noexcept {
    return reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < reinterpret_cast<uintptr_t>(tl_stack_limit);
}
}
inline Frame* current_frame() noexcept { return detail::tl_frame; }
inline void set_current_frame(Frame* f) noexcept { detail::tl_frame = f; }

// RecursionError("maximum recursion depth exceeded"), raised where the call that went too deep was made.
[[noreturn]] void raise_recursion_error();
// Hands the global lock to the thread that asked for it, and waits to get it back (threads/gil.cpp).
void handle_eval_breaker();
// Each loop iteration of generated code: where a thread that computes without calls lets others run.
inline void loop_tick() {
    if (detail::eval_breaker.load(std::memory_order_relaxed)) [[unlikely]] handle_eval_breaker();
}

// Pushes a frame for a plain (non-coroutine) function for the duration of a scope. Entering a frame deeper than
// the recursion limit raises RecursionError instead, before the frame exists, so the traceback ends at the
// caller as CPython's does ('[Previous line repeated 996 more times]' for a plain recursive function).
struct FrameGuard {
    Frame frame;
    explicit FrameGuard(const CodeInfo& code) {
        if (++detail::tl_depth > detail::recursion_limit || detail::stack_exhausted()) [[unlikely]] {
            --detail::tl_depth;
            raise_recursion_error();
        }
        frame.code = &code;
        frame.back = detail::tl_frame;
        detail::tl_frame = &frame;
        loop_tick();
    }
    ~FrameGuard() {
        detail::tl_frame = frame.back;
        --detail::tl_depth;
    }
    FrameGuard(const FrameGuard&) = delete;
    FrameGuard& operator=(const FrameGuard&) = delete;
};

// Frames CPython has on the stack where pyco runs plain C++ (asyncio's loop functions: runners.run,
// run_until_complete, run_forever, _run_once, Handle._run, Context.run, the Task's step), counted for a scope
// so that the recursion limit falls where CPython's does inside asyncio.run.
struct DepthGuard {
    int n;
    explicit DepthGuard(int frames) noexcept : n(frames) { detail::tl_depth += n; }
    ~DepthGuard() { detail::tl_depth -= n; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
};

}  // namespace pyco
