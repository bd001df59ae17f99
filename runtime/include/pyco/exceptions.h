// Python exceptions as C++ exceptions.
//
// A Python exception is an instance of a built-in or user exception class (an `ExceptionObj`); raising it
// throws `PyExc`, a thin C++ wrapper. As a PyExc unwinds through compiled functions, each adds a traceback entry
// (its code and current position), so the traceback grows from the innermost frame outwards exactly as
// CPython's does, also when a Task's exception is re-raised at an `await` in another task.
#pragma once

#include <span>

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "frame.h"
#include "object.h"
#include "type.h"

namespace pyco {

struct TracebackEntry {
    const CodeInfo* code;
    int pos;
    const Frame* frame = nullptr;  // identity of the frame, so a bare `raise` does not repeat its entry
};

struct ExceptionObj : Obj {
    Object args;                       // tuple
    std::vector<TracebackEntry> tb;    // innermost first (printed in reverse)
    Object cause, context;             // __cause__, __context__ (null when unset)
    bool suppress_context = false;
    Object notes;                      // __notes__ list or null
    Object dict;                       // extra attributes set on the instance, or null
    // Objects a failing runtime function held when it raised (CPython keeps them alive through the traceback's
    // frames, so e.g. an unawaited coroutine passed to create_task dies only when the exception does).
    std::vector<Object> frame_refs;
    // AttributeError: the missing name and the object (CPython's .name/.obj); NameError: the name. The
    // "Did you mean" suggestion is computed from them when the exception is printed, as CPython 3.11 does,
    // so str(exc) stays without it.
    Object name, obj;
    // NameError: the suggestion found at raise time among the frame's names (empty when none).
    std::string suggestion;
    explicit ExceptionObj(const Type* t) : Obj(t) {}
};

struct PyExc {
    Object exc;  // an ExceptionObj
    // Set by a bare `raise`: the handling frame's entry is already in the traceback, so add_frame does not
    // append it again (CPython keeps the line where the exception first passed through that frame).
    mutable bool reraised = false;
    // The traceback entry for a frame the exception leaves.
    void add_frame(const Frame& f) const;
};

// Built-in exception classes (CPython's hierarchy).
extern Type BaseExceptionType, ExceptionType, ArithmeticErrorType, ZeroDivisionErrorType, OverflowErrorType,
    AssertionErrorType, AttributeErrorType, LookupErrorType, IndexErrorType, KeyErrorType, NameErrorType,
    UnboundLocalErrorType, RuntimeErrorType, NotImplementedErrorType, RecursionErrorType, StopIterationType,
    StopAsyncIterationType, TypeErrorType, ValueErrorType, UnicodeErrorType, GeneratorExitType,
    KeyboardInterruptType, SystemExitType, MemoryErrorType, OSErrorType, TimeoutErrorType, ImportErrorType,
    ModuleNotFoundErrorType, WarningType, RuntimeWarningType, DeprecationWarningType, UserWarningType,
    CancelledErrorType, InvalidStateErrorType, BaseExceptionGroupType, ExceptionGroupType,
    FloatingPointErrorType, BufferErrorType, EOFErrorType, ReferenceErrorType, SystemErrorType, SyntaxErrorType,
    IndentationErrorType, TabErrorType, UnicodeDecodeErrorType, UnicodeEncodeErrorType,
    UnicodeTranslateErrorType, BlockingIOErrorType, ChildProcessErrorType, ConnectionErrorType,
    BrokenPipeErrorType, ConnectionAbortedErrorType, ConnectionRefusedErrorType, ConnectionResetErrorType,
    FileExistsErrorType, FileNotFoundErrorType, InterruptedErrorType, IsADirectoryErrorType,
    NotADirectoryErrorType, PermissionErrorType, ProcessLookupErrorType, BytesWarningType, EncodingWarningType,
    FutureWarningType, ImportWarningType, PendingDeprecationWarningType, ResourceWarningType, SyntaxWarningType,
    UnicodeWarningType;
// Every exception class above (the builtins ones and asyncio's), for the builtins table and the type setup.
std::span<Type* const> builtin_exception_types();

bool is_exception_type(const Object& o) noexcept;
bool is_exception_instance(const Object& o) noexcept;
// The sub-exceptions of a BaseExceptionGroup instance (its .exceptions), in order.
std::vector<Object> exception_group_items(const Object& group);
// except*: the part of `exc` matching `type` and the rest (null when empty); a naked exception that matches comes
// back wrapped in a group.
std::pair<Object, Object> exception_group_split(const Object& exc, const Object& type);
// After the except* clauses: what to raise (null: nothing) from the original exception and the list of what the
// clauses raised or left unhandled.
Object prep_reraise_star(const Object& orig, const std::vector<Object>& raised);

// Creates an instance: `type(*args)`.
Object new_exception(const Type& type, std::initializer_list<Object> args = {});
Object new_exception(const Type& type, std::string_view message);

// Raising. `raise_` accepts an exception instance or class (instantiated with no arguments) and sets
// __context__ from the exception being handled, as CPython does.
[[noreturn]] void raise_(const Object& exc_or_type);
[[noreturn]] void raise_from(const Object& exc_or_type, const Object& cause);  // cause may be None
[[noreturn]] void raise(const Type& type, std::string_view message);
// Bare `raise`: re-raises the exception being handled ("RuntimeError: No active exception to reraise").
[[noreturn]] void reraise();
[[noreturn]] void rethrow(const Object& exc);  // throws the instance as it is, keeping its traceback

// `except T` test: T is a class or a tuple of classes (TypeError if it is neither).
bool exception_matches(const Object& exc, const Object& type_or_tuple);

// The stack of exceptions being handled (sys.exc_info()), pushed on entering an `except` block and popped when
// it ends, so that raising inside a handler chains __context__.
struct HandlingGuard {
    explicit HandlingGuard(const Object& exc);
    ~HandlingGuard();
    HandlingGuard(const HandlingGuard&) = delete;
    HandlingGuard& operator=(const HandlingGuard&) = delete;

    // A doubly linked stack: a guard living in a suspended coroutine may end after guards pushed later by
    // other tasks, so each one unlinks itself wherever it is.
    Object exc_;
    HandlingGuard* below_ = nullptr;
    HandlingGuard* above_ = nullptr;
};
Object current_handled_exception();  // null when none
// The innermost guard. A suspended generator takes the guards its frame pushed off the stack and puts them
// back when it resumes: like CPython's per-generator exc_state, its handled exception is not the caller's.
HandlingGuard* handling_top() noexcept;
void set_handling_top(HandlingGuard* g) noexcept;

// CPython's formatting of an exception: "Type: message" (str of the instance; just "Type" when empty).
std::string format_exception_only(const Object& exc);
// The whole report for an uncaught exception, chained exceptions and traceback included, as sys.excepthook
// prints it.
std::string format_exception(const Object& exc);
// The traceback module's variants: `limit` entries per traceback (traceback.py's meaning: the outermost, or the
// innermost when negative; 0 prints no traceback), `chain` false for the exception alone, `python_style` for
// source lines stripped at both ends as traceback.py prints them (the C printer keeps trailing blanks).
struct TracebackFormat {
    bool has_limit = false;
    int64_t limit = 0;
    bool chain = true;
    bool python_style = false;
};
std::string format_exception(const Object& exc, const TracebackFormat& options);
// The `  File ...` lines (source and carets) of a traceback's entries, innermost first in the vector, printed
// outermost first with runs of one line cut after three (traceback.format_tb).
std::string format_traceback_entries(const std::vector<TracebackEntry>& innermost_first,
                                     const TracebackFormat& options);
// One entry's lines as traceback.py's StackSummary.format_frame_summary writes them.
std::string format_traceback_entry(const TracebackEntry& e);
// Prints format_exception(exc) to stderr.
void print_exception(const Object& exc);

// Common raises with CPython's words.
[[noreturn]] void raise_name_error(std::string_view name);             // name 'x' is not defined
[[noreturn]] void raise_unbound_local(std::string_view name);          // cannot access local variable ...
[[noreturn]] void raise_attribute_error(const Object& o, std::string_view name);
// NameError with the candidates CPython 3.11 searches for its suggestion besides the builtins: the frame's
// local variable names, then the module's global names (each a null-terminated array of names, or null).
[[noreturn]] void raise_name_error(std::string_view name, const char* const* local_names,
                                   const char* const* global_names);

// CPython's "Did you mean" choice (Python/suggestions.c): the candidate closest to `name` by its weighted
// Levenshtein distance, within a third of the characters; "" when none. Candidates are taken in order (the
// first of equally close ones wins), none at all when there are 750 or more.
std::string suggest_name(std::string_view name, const std::vector<std::string>& candidates);
// The names of CPython's builtins module in its dict order (the last list a NameError suggestion searches).
const std::vector<std::string>& builtin_names_for_suggestions();
// The names an AttributeError suggestion searches: dir(o), and for a module also the names of the real module
// that pyco does not provide (sorted, as dir() returns them).
std::vector<std::string> attribute_names(const Object& o);
// The "Did you mean" text appended when the exception is printed: ". Did you mean: 'x'?" or "".
std::string exception_suggestion(const Object& exc);

// warnings.warn(message, category) from the runtime itself, through the same filters and registries as the
// program's warnings (exec/warnings.cpp): attributed to the running frame's line, or "sys:1" once the program is
// finalizing. `source` is the object warned about (a dying coroutine): shown with the tracemalloc hint, and
// recorded as WarningMessage.source. Raises the warning when a filter says "error".
void warn(const Type& category, const std::string& message, const Object& source = Object());
void set_finalizing(bool on) noexcept;
bool finalizing() noexcept;
// Forgets which warnings were already shown (tests).
void reset_warning_registry();

}  // namespace pyco
