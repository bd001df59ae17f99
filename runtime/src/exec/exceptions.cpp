// The built-in exception classes, exception objects, raising and `except` matching (CPython's
// Objects/exceptions.c and the raise/except parts of ceval.c).
#include "pyco/exceptions.h"

#include <fmt/format.h>

#include "pyco/call.h"
#include "pyco/module.h"
#include "pyco/ops.h"
#include "internal/frame_objects.h"
#include "internal/type_setup.h"

namespace pyco {

// ---- the hierarchy ----
// ExceptionGroup derives from both BaseExceptionGroup and Exception in CPython; with single bases it derives
// from BaseExceptionGroup and exception_matches adds the Exception side.

Type BaseExceptionType("BaseException", "builtins", &ObjectType);
Type ExceptionType("Exception", "builtins", &BaseExceptionType);
Type GeneratorExitType("GeneratorExit", "builtins", &BaseExceptionType);
Type KeyboardInterruptType("KeyboardInterrupt", "builtins", &BaseExceptionType);
Type SystemExitType("SystemExit", "builtins", &BaseExceptionType);
Type BaseExceptionGroupType("BaseExceptionGroup", "builtins", &BaseExceptionType);
Type ExceptionGroupType("ExceptionGroup", "builtins", &BaseExceptionGroupType);
Type CancelledErrorType("CancelledError", "asyncio.exceptions", &BaseExceptionType);
Type ArithmeticErrorType("ArithmeticError", "builtins", &ExceptionType);
Type ZeroDivisionErrorType("ZeroDivisionError", "builtins", &ArithmeticErrorType);
Type OverflowErrorType("OverflowError", "builtins", &ArithmeticErrorType);
Type AssertionErrorType("AssertionError", "builtins", &ExceptionType);
Type AttributeErrorType("AttributeError", "builtins", &ExceptionType);
Type LookupErrorType("LookupError", "builtins", &ExceptionType);
Type IndexErrorType("IndexError", "builtins", &LookupErrorType);
Type KeyErrorType("KeyError", "builtins", &LookupErrorType);
Type NameErrorType("NameError", "builtins", &ExceptionType);
Type UnboundLocalErrorType("UnboundLocalError", "builtins", &NameErrorType);
Type RuntimeErrorType("RuntimeError", "builtins", &ExceptionType);
Type NotImplementedErrorType("NotImplementedError", "builtins", &RuntimeErrorType);
Type RecursionErrorType("RecursionError", "builtins", &RuntimeErrorType);
Type StopIterationType("StopIteration", "builtins", &ExceptionType);
Type StopAsyncIterationType("StopAsyncIteration", "builtins", &ExceptionType);
Type TypeErrorType("TypeError", "builtins", &ExceptionType);
Type ValueErrorType("ValueError", "builtins", &ExceptionType);
Type UnicodeErrorType("UnicodeError", "builtins", &ValueErrorType);
Type MemoryErrorType("MemoryError", "builtins", &ExceptionType);
Type OSErrorType("OSError", "builtins", &ExceptionType);
Type TimeoutErrorType("TimeoutError", "builtins", &OSErrorType);
Type ImportErrorType("ImportError", "builtins", &ExceptionType);
Type ModuleNotFoundErrorType("ModuleNotFoundError", "builtins", &ImportErrorType);
Type WarningType("Warning", "builtins", &ExceptionType);
Type RuntimeWarningType("RuntimeWarning", "builtins", &WarningType);
Type DeprecationWarningType("DeprecationWarning", "builtins", &WarningType);
Type UserWarningType("UserWarning", "builtins", &WarningType);
Type InvalidStateErrorType("InvalidStateError", "asyncio.exceptions", &ExceptionType);
Type FloatingPointErrorType("FloatingPointError", "builtins", &ArithmeticErrorType);
Type BufferErrorType("BufferError", "builtins", &ExceptionType);
Type EOFErrorType("EOFError", "builtins", &ExceptionType);
Type ReferenceErrorType("ReferenceError", "builtins", &ExceptionType);
Type SystemErrorType("SystemError", "builtins", &ExceptionType);
Type SyntaxErrorType("SyntaxError", "builtins", &ExceptionType);
Type IndentationErrorType("IndentationError", "builtins", &SyntaxErrorType);
Type TabErrorType("TabError", "builtins", &IndentationErrorType);
Type UnicodeDecodeErrorType("UnicodeDecodeError", "builtins", &UnicodeErrorType);
Type UnicodeEncodeErrorType("UnicodeEncodeError", "builtins", &UnicodeErrorType);
Type UnicodeTranslateErrorType("UnicodeTranslateError", "builtins", &UnicodeErrorType);
Type BlockingIOErrorType("BlockingIOError", "builtins", &OSErrorType);
Type ChildProcessErrorType("ChildProcessError", "builtins", &OSErrorType);
Type ConnectionErrorType("ConnectionError", "builtins", &OSErrorType);
Type BrokenPipeErrorType("BrokenPipeError", "builtins", &ConnectionErrorType);
Type ConnectionAbortedErrorType("ConnectionAbortedError", "builtins", &ConnectionErrorType);
Type ConnectionRefusedErrorType("ConnectionRefusedError", "builtins", &ConnectionErrorType);
Type ConnectionResetErrorType("ConnectionResetError", "builtins", &ConnectionErrorType);
Type FileExistsErrorType("FileExistsError", "builtins", &OSErrorType);
Type FileNotFoundErrorType("FileNotFoundError", "builtins", &OSErrorType);
Type InterruptedErrorType("InterruptedError", "builtins", &OSErrorType);
Type IsADirectoryErrorType("IsADirectoryError", "builtins", &OSErrorType);
Type NotADirectoryErrorType("NotADirectoryError", "builtins", &OSErrorType);
Type PermissionErrorType("PermissionError", "builtins", &OSErrorType);
Type ProcessLookupErrorType("ProcessLookupError", "builtins", &OSErrorType);
Type BytesWarningType("BytesWarning", "builtins", &WarningType);
Type EncodingWarningType("EncodingWarning", "builtins", &WarningType);
Type FutureWarningType("FutureWarning", "builtins", &WarningType);
Type ImportWarningType("ImportWarning", "builtins", &WarningType);
Type PendingDeprecationWarningType("PendingDeprecationWarning", "builtins", &WarningType);
Type ResourceWarningType("ResourceWarning", "builtins", &WarningType);
Type SyntaxWarningType("SyntaxWarning", "builtins", &WarningType);
Type UnicodeWarningType("UnicodeWarning", "builtins", &WarningType);

namespace {

// A traceback as a value (e.__traceback__), so that `raise e.with_traceback(tb)` round-trips.
Type TracebackType("traceback", "builtins", &ObjectType);
struct TracebackObj : Obj {
    std::vector<TracebackEntry> entries;  // innermost first: this object's own frame is the last
    std::vector<TracebackEntry> outer;    // the frames of the traceback objects before it (tb_frame's f_back)
    explicit TracebackObj(std::vector<TracebackEntry> e, std::vector<TracebackEntry> o = {})
        : Obj(&TracebackType), entries(std::move(e)), outer(std::move(o)) {}
};

// tb_frame, tb_lineno, tb_next, tb_lasti, as CPython's traceback objects chain them outermost first.
Object traceback_getattr(const Object& o, std::string_view name) {
    const auto* tb = o.as<TracebackObj>();
    const TracebackEntry& own = tb->entries.back();
    if (name == "tb_lineno") return int_(entry_lineno(own));
    if (name == "tb_lasti") return int_(2 * own.pos);
    if (name == "tb_frame") {
        std::vector<TracebackEntry> chain{own};
        chain.insert(chain.end(), tb->outer.begin(), tb->outer.end());
        return frame_object(std::move(chain));
    }
    if (name == "tb_next") {
        if (tb->entries.size() == 1) return None();
        std::vector<TracebackEntry> outer{own};
        outer.insert(outer.end(), tb->outer.begin(), tb->outer.end());
        return Object::adopt(new TracebackObj({tb->entries.begin(), tb->entries.end() - 1}, std::move(outer)));
    }
    return {};
}

ExceptionObj* as_exc(const Object& o) { return o.as<ExceptionObj>(); }
bool is_type_object(const Object& o) noexcept { return o.is_ptr() && o.type()->is_subtype_of(&TypeType); }
Object or_none(const Object& o) { return o.null() ? None() : o; }

std::vector<Object> items_of(const Object& seq) {
    std::vector<Object> out;
    int64_t n = len(seq);
    out.reserve(size_t(n));
    for (int64_t i = 0; i < n; ++i) out.push_back(getitem(seq, int_(i)));
    return out;
}

Object arg_at(const ExceptionObj* e, int64_t i) { return getitem(e->args, int_(i)); }
int64_t nargs(const ExceptionObj* e) { return e->args.null() ? 0 : len(e->args); }

// ---- str and repr ----

std::string base_str(const ExceptionObj* e) {
    switch (nargs(e)) {
        case 0: return "";
        case 1: return str_utf8(arg_at(e, 0));
        default: return str_utf8(e->args);
    }
}

// OSError(errno, strerror[, filename]) keeps the first two as errno/strerror when given 2 to 5 arguments.
std::string oserror_str(const ExceptionObj* e) {
    int64_t n = nargs(e);
    if (n < 2 || n > 5) return base_str(e);
    std::string s = fmt::format("[Errno {}] {}", str_utf8(arg_at(e, 0)), str_utf8(arg_at(e, 1)));
    if (n >= 3 && !is_none(arg_at(e, 2))) s += ": " + repr_utf8(arg_at(e, 2));
    return s;
}

std::string group_str(const ExceptionObj* e) {
    size_t n = exception_group_items(Object::borrow(const_cast<ExceptionObj*>(e))).size();
    return fmt::format("{} ({} sub-exception{})", str_utf8(arg_at(e, 0)), n, n > 1 ? "s" : "");
}

std::string exception_str(const Object& o) {
    const ExceptionObj* e = as_exc(o);
    const Type* t = o.type();
    if (t->is_subtype_of(&KeyErrorType) && nargs(e) == 1) return repr_utf8(arg_at(e, 0));
    if (t->is_subtype_of(&OSErrorType)) return oserror_str(e);
    if (t->is_subtype_of(&BaseExceptionGroupType)) return group_str(e);
    return base_str(e);
}

std::string exception_repr(const Object& o) {
    const ExceptionObj* e = as_exc(o);
    const std::string& name = o.type()->name;
    if (nargs(e) == 1) return name + "(" + repr_utf8(arg_at(e, 0)) + ")";
    return name + repr_utf8(e->args);
}

// ---- construction ----

Object make_exception(const Type* t, Object args) {
    auto* e = new ExceptionObj(t);
    e->args = std::move(args);
    return Object::adopt(e);
}

bool is_sequence(const Object& o) { return isinstance(o, ListType) || isinstance(o, TupleType); }

// BaseExceptionGroup(message, exceptions) with CPython's checks; BaseExceptionGroup of Exceptions only gives
// an ExceptionGroup.
Object new_group(const Type* t, const Args& a) {
    if (a.nkw) raise(TypeErrorType, t->name + "() takes no keyword arguments");
    if (a.npos != 2)
        raise(TypeErrorType,
              fmt::format("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", a.npos));
    if (!is_str(a[0]))
        raise(TypeErrorType,
              "BaseExceptionGroup.__new__() argument 1 must be str, not " + type_name(a[0]));
    if (!is_sequence(a[1])) raise(TypeErrorType, "second argument (exceptions) must be a sequence");
    std::vector<Object> items = items_of(a[1]);
    if (items.empty()) raise(ValueErrorType, "second argument (exceptions) must be a non-empty sequence");
    bool all_exceptions = true;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!is_exception_instance(items[i]))
            raise(ValueErrorType, fmt::format("Item {} of second argument (exceptions) is not an exception", i));
        if (!exception_matches(items[i], type_object(ExceptionType))) all_exceptions = false;
    }
    if (t == &BaseExceptionGroupType && all_exceptions) t = &ExceptionGroupType;
    if (t->is_subtype_of(&ExceptionGroupType) && !all_exceptions)
        raise(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup");
    return make_exception(t, tuple_({a[0], a[1]}));
}

// Keyword arguments some classes accept: AttributeError(name=, obj=), NameError(name=), ImportError(name=, path=).
void apply_kwargs(const Type* t, ExceptionObj* e, const Args& a) {
    auto allowed = [&](std::string_view k) {
        if (t->is_subtype_of(&AttributeErrorType)) return k == "name" || k == "obj";
        if (t->is_subtype_of(&NameErrorType)) return k == "name";
        if (t->is_subtype_of(&ImportErrorType)) return k == "name" || k == "path";
        return false;
    };
    bool takes_any = t->is_subtype_of(&AttributeErrorType) || t->is_subtype_of(&NameErrorType) ||
                     t->is_subtype_of(&ImportErrorType);
    for (size_t i = 0; i < a.nkw; ++i) {
        std::string_view k = a.kw[i].name;
        if (!takes_any) raise(TypeErrorType, t->name + "() takes no keyword arguments");
        if (!allowed(k))
            raise(TypeErrorType, fmt::format("'{}' is an invalid keyword argument for {}()", k, t->name));
        if (k == "name") e->name = a.kw[i].value;
        else if (k == "obj") e->obj = a.kw[i].value;
        else setattr(Object::borrow(e), k, a.kw[i].value);
    }
}

// `ValueError("x")`: the constructor type_call finds for every exception class (user subclasses included).
Object exception_ctor(const Type& cls, const Args& a) {
    if (cls.is_subtype_of(&BaseExceptionGroupType)) return new_group(&cls, a);
    Object e = make_exception(&cls, tuple_from(std::vector<Object>(a.pos, a.pos + a.npos)));
    if (a.nkw) apply_kwargs(&cls, as_exc(e), a);
    return e;
}

// ---- attributes ----

Object dict_lookup(const ExceptionObj* e, std::string_view name) {
    if (e->dict.null()) return {};
    Object key = str_(name);
    return contains(e->dict, key) ? getitem(e->dict, key) : Object();
}

Object first_arg_or_none(const ExceptionObj* e) { return nargs(e) ? arg_at(e, 0) : None(); }

// Attributes particular to some classes, derived from args as CPython's __init__ stores them.
Object class_attribute(const Object& o, std::string_view name) {
    const ExceptionObj* e = as_exc(o);
    const Type* t = o.type();
    if (t->is_subtype_of(&StopIterationType) || t->is_subtype_of(&StopAsyncIterationType)) {
        if (name == "value") return first_arg_or_none(e);
    } else if (t->is_subtype_of(&SystemExitType)) {
        if (name == "code") return nargs(e) > 1 ? e->args : first_arg_or_none(e);
    } else if (t->is_subtype_of(&AttributeErrorType) || t->is_subtype_of(&NameErrorType)) {
        if (name == "name") return or_none(e->name);
        if (name == "obj" && t->is_subtype_of(&AttributeErrorType)) return or_none(e->obj);
    } else if (t->is_subtype_of(&ImportErrorType)) {
        if (name == "name") return or_none(e->name);
        if (name == "msg") return first_arg_or_none(e);
        if (name == "path") return None();
    } else if (t->is_subtype_of(&OSErrorType)) {
        int64_t n = nargs(e);
        bool split = n >= 2 && n <= 5;
        if (name == "errno") return split ? arg_at(e, 0) : None();
        if (name == "strerror") return split ? arg_at(e, 1) : None();
        if (name == "filename") return split && n >= 3 ? arg_at(e, 2) : None();
    } else if (t->is_subtype_of(&BaseExceptionGroupType)) {
        if (name == "message") return arg_at(e, 0);
        if (name == "exceptions") return tuple_from(exception_group_items(o));
    }
    return {};
}

Object exception_getattr(const Object& o, std::string_view name) {
    ExceptionObj* e = as_exc(o);
    if (Object v = dict_lookup(e, name); !v.null()) return v;
    if (name == "args") return e->args;
    if (name == "__dict__") {  // BaseException's instances have one (dir() lists its keys)
        if (e->dict.null()) e->dict = dict_();
        return e->dict;
    }
    if (name == "__cause__") return or_none(e->cause);
    if (name == "__context__") return or_none(e->context);
    if (name == "__suppress_context__") return bool_(e->suppress_context);
    if (name == "__traceback__")
        return e->tb.empty() ? None() : Object::adopt(new TracebackObj(e->tb));
    if (name == "__notes__") return e->notes;  // null: AttributeError, as CPython when no note was added
    return class_attribute(o, name);
}

Object exception_or_none(const Object& v, const char* message) {
    if (is_none(v)) return {};
    if (!is_exception_instance(v)) raise(TypeErrorType, message);
    return v;
}

void set_traceback(ExceptionObj* e, const Object& tb) {
    if (is_none(tb)) e->tb.clear();
    else if (isinstance_exact(tb, TracebackType)) e->tb = tb.as<TracebackObj>()->entries;
    else raise(TypeErrorType, "__traceback__ must be a traceback or None");
}

void exception_setattr(const Object& o, std::string_view name, const Object& v) {
    ExceptionObj* e = as_exc(o);
    if (name == "__cause__") {
        e->cause = exception_or_none(v, "exception cause must be None or derive from BaseException");
        e->suppress_context = true;
    } else if (name == "__context__") {
        e->context = exception_or_none(v, "exception context must be None or derive from BaseException");
    } else if (name == "__suppress_context__") {
        e->suppress_context = truthy(v);
    } else if (name == "__traceback__") {
        set_traceback(e, v);
    } else if (name == "args") {
        e->args = tuple_from(items_of(v));
    } else if (name == "__notes__") {
        e->notes = v;
    } else {
        if (e->dict.null()) e->dict = dict_();
        dict_set(e->dict, str_(name), v);
    }
}

// ---- methods ----

const Object& self_of(const Args& a, const char* method) {
    if (a.npos == 0 || !is_exception_instance(a[0]))
        raise(TypeErrorType, fmt::format("descriptor '{}' of 'BaseException' object needs an argument", method));
    return a[0];
}

Object method_add_note(const Args& a) {
    const Object& self = self_of(a, "add_note");
    check_nargs("add_note", a, 2, 2);
    if (!is_str(a[1])) raise(TypeErrorType, fmt::format("note must be a str, not '{}'", type_name(a[1])));
    ExceptionObj* e = as_exc(self);
    if (e->notes.null()) e->notes = list_();
    else if (!isinstance(e->notes, ListType)) raise(TypeErrorType, "Cannot add note: __notes__ is not a list");
    list_append(e->notes, a[1]);
    return None();
}

Object method_with_traceback(const Args& a) {
    const Object& self = self_of(a, "with_traceback");
    check_nargs("with_traceback", a, 2, 2);
    set_traceback(as_exc(self), a[1]);
    return self;
}

Object method_init(const Args& a) {
    const Object& self = self_of(a, "__init__");
    as_exc(self)->args = tuple_from(std::vector<Object>(a.pos + 1, a.pos + a.npos));
    return None();
}

Object method_str(const Args& a) { return str_(exception_str(self_of(a, "__str__"))); }
Object method_repr(const Args& a) { return str_(exception_repr(self_of(a, "__repr__"))); }

Type* const kAllTypes[] = {
    &BaseExceptionType, &ExceptionType, &GeneratorExitType, &KeyboardInterruptType, &SystemExitType,
    &BaseExceptionGroupType, &ExceptionGroupType, &CancelledErrorType, &ArithmeticErrorType,
    &ZeroDivisionErrorType, &OverflowErrorType, &AssertionErrorType, &AttributeErrorType, &LookupErrorType,
    &IndexErrorType, &KeyErrorType, &NameErrorType, &UnboundLocalErrorType, &RuntimeErrorType,
    &NotImplementedErrorType, &RecursionErrorType, &StopIterationType, &StopAsyncIterationType, &TypeErrorType,
    &ValueErrorType, &UnicodeErrorType, &MemoryErrorType, &OSErrorType, &TimeoutErrorType, &ImportErrorType,
    &ModuleNotFoundErrorType, &WarningType, &RuntimeWarningType, &DeprecationWarningType, &UserWarningType,
    &InvalidStateErrorType,
    &FloatingPointErrorType, &BufferErrorType, &EOFErrorType, &ReferenceErrorType, &SystemErrorType,
    &SyntaxErrorType, &IndentationErrorType, &TabErrorType, &UnicodeDecodeErrorType, &UnicodeEncodeErrorType,
    &UnicodeTranslateErrorType, &BlockingIOErrorType, &ChildProcessErrorType, &ConnectionErrorType,
    &BrokenPipeErrorType, &ConnectionAbortedErrorType, &ConnectionRefusedErrorType, &ConnectionResetErrorType,
    &FileExistsErrorType, &FileNotFoundErrorType, &InterruptedErrorType, &IsADirectoryErrorType,
    &NotADirectoryErrorType, &PermissionErrorType, &ProcessLookupErrorType, &BytesWarningType,
    &EncodingWarningType, &FutureWarningType, &ImportWarningType, &PendingDeprecationWarningType,
    &ResourceWarningType, &SyntaxWarningType, &UnicodeWarningType,
};

}  // namespace

// Every built-in exception class gets the same slots (CPython's subclasses inherit BaseException's); the
// methods live on BaseException and are found along the base chain.
const std::vector<TracebackEntry>* traceback_entries(const Object& o) {
    return isinstance_exact(o, TracebackType) ? &o.as<TracebackObj>()->entries : nullptr;
}

void setup_exceptions() {
    set_slots(TracebackType, {.getattr = traceback_getattr});
    for (Type* t : kAllTypes)
        set_slots(*t, {.repr = exception_repr, .str = exception_str, .getattr = exception_getattr,
                       .setattr = exception_setattr});
    add_methods(BaseExceptionType, {{"add_note", method_add_note}, {"with_traceback", method_with_traceback},
                                    {"__init__", method_init}, {"__str__", method_str}, {"__repr__", method_repr}});
    set_type_constructor(BaseExceptionType, exception_ctor);
}

std::span<Type* const> builtin_exception_types() { return kAllTypes; }

namespace {

// ---- raising ----

// `raise X`: an instance as it is, a class called with no arguments.
Object instantiate(const Object& exc_or_type) {
    if (is_exception_instance(exc_or_type)) return exc_or_type;
    if (!is_exception_type(exc_or_type)) raise(TypeErrorType, "exceptions must derive from BaseException");
    Object e = call(exc_or_type, {});
    if (!is_exception_instance(e))
        raise(TypeErrorType, fmt::format("calling {} should have returned an instance of BaseException, not {}",
                                         repr_utf8(exc_or_type), type_name(e)));
    return e;
}

// Chains the exception being handled as __context__, first cutting `exc` out of that exception's own context
// chain so that no cycle forms (Floyd's walk, as CPython's _PyErr_SetObject).
void set_context(const Object& exc) {
    Object handled = current_handled_exception();
    if (handled.null() || is_(handled, exc)) return;
    ExceptionObj* o = as_exc(handled);
    ExceptionObj* slow = o;
    bool advance_slow = false;
    while (!o->context.null()) {
        if (is_(o->context, exc)) {
            o->context = Object();
            break;
        }
        o = as_exc(o->context);
        if (o == slow) break;  // a cycle already there: every member was checked
        if (advance_slow) slow = as_exc(slow->context);
        advance_slow = !advance_slow;
    }
    as_exc(exc)->context = handled;
}

thread_local HandlingGuard* tl_handling_top = nullptr;  // each thread handles its own exceptions

}  // namespace

// ---- public API ----

bool is_exception_type(const Object& o) noexcept {
    return is_type_object(o) && o.as<Type>()->is_subtype_of(&BaseExceptionType);
}

bool is_exception_instance(const Object& o) noexcept {
    return o.is_ptr() && o.type()->is_subtype_of(&BaseExceptionType);
}

std::vector<Object> exception_group_items(const Object& group) {
    const ExceptionObj* e = as_exc(group);
    if (nargs(e) < 2) return {};
    return items_of(arg_at(e, 1));
}

Object new_exception(const Type& type, std::initializer_list<Object> args) {
    return make_exception(&type, tuple_(args));
}

Object new_exception(const Type& type, std::string_view message) {
    return make_exception(&type, tuple_({str_(message)}));
}

void PyExc::add_frame(const Frame& f) const {
    ExceptionObj* e = as_exc(exc);
    // Code without a file is native code standing in for a C-implemented awaitable, which has no frame in
    // CPython (asyncio/asyncgens.cpp: the aclose() a task drives).
    if (f.code && !f.code->file) return;
    if (reraised && !e->tb.empty() && e->tb.back().frame == &f) return;
    e->tb.push_back(TracebackEntry{f.code, f.pos, &f});
}

void raise_(const Object& exc_or_type) {
    Object exc = instantiate(exc_or_type);
    set_context(exc);
    throw PyExc{std::move(exc)};
}

void raise_from(const Object& exc_or_type, const Object& cause) {
    Object exc = instantiate(exc_or_type);
    Object c;
    if (!is_none(cause)) {
        if (!is_exception_instance(cause) && !is_exception_type(cause))
            raise(TypeErrorType, "exception causes must derive from BaseException");
        c = instantiate(cause);
    }
    as_exc(exc)->cause = std::move(c);
    as_exc(exc)->suppress_context = true;
    set_context(exc);
    throw PyExc{std::move(exc)};
}

void raise(const Type& type, std::string_view message) { raise_(new_exception(type, message)); }

void reraise() {
    Object exc = current_handled_exception();
    if (exc.null()) raise(RuntimeErrorType, "No active exception to reraise");
    throw PyExc{std::move(exc), true};
}

// Marked as re-raised: a frame the exception already left an entry for (a finally block re-raising it, a
// generator's caller in the same frame) does not add a second one.
void rethrow(const Object& exc) { throw PyExc{exc, true}; }

namespace {
bool class_matches(const Type* exc_type, const Object& cls) {
    const Type* target = cls.as<Type>();
    if (exc_type->is_subtype_of(target)) return true;
    return exc_type->is_subtype_of(&ExceptionGroupType) && ExceptionType.is_subtype_of(target);
}
}  // namespace

bool exception_matches(const Object& exc, const Object& type_or_tuple) {
    static const char* const kBadClass = "catching classes that do not inherit from BaseException is not allowed";
    const Type* exc_type = exc.type();
    if (!isinstance(type_or_tuple, TupleType)) {
        if (!is_exception_type(type_or_tuple)) raise(TypeErrorType, kBadClass);
        return class_matches(exc_type, type_or_tuple);
    }
    std::vector<Object> classes = items_of(type_or_tuple);
    for (const Object& c : classes)  // all are checked before any matches, as CPython
        if (!is_exception_type(c)) raise(TypeErrorType, kBadClass);
    for (const Object& c : classes)
        if (class_matches(exc_type, c)) return true;
    return false;
}

HandlingGuard::HandlingGuard(const Object& exc) : exc_(exc), below_(tl_handling_top) {
    if (below_) below_->above_ = this;
    tl_handling_top = this;
}

HandlingGuard::~HandlingGuard() {
    if (above_) above_->below_ = below_;
    else tl_handling_top = below_;
    if (below_) below_->above_ = above_;
}

Object current_handled_exception() { return tl_handling_top ? tl_handling_top->exc_ : Object(); }
HandlingGuard* handling_top() noexcept { return tl_handling_top; }
void set_handling_top(HandlingGuard* g) noexcept { tl_handling_top = g; }

// ---- common raises ----

namespace {
// CPython's tp_name: built-in and Python-defined classes show their name, C accelerator classes
// (module "_asyncio") their dotted name; messages cut it at 50 bytes ("%.50s").
std::string tp_name(const Type* t) {
    bool c_extension = t->module.size() > 1 && t->module[0] == '_' && t->module != "__main__";
    std::string n = c_extension ? t->module + "." + t->name : t->name;
    return n.size() > 50 ? n.substr(0, 50) : n;
}

std::vector<std::string> names_of(const char* const* names) {
    std::vector<std::string> out;
    for (; names && *names; ++names) out.emplace_back(*names);
    return out;
}
}  // namespace

void raise_name_error(std::string_view name) { raise_name_error(name, nullptr, nullptr); }

// CPython looks for the suggestion in the frame's locals, then its globals, then the builtins, taking the
// first of the three that offers one.
void raise_name_error(std::string_view name, const char* const* local_names, const char* const* global_names) {
    Object exc = new_exception(NameErrorType, fmt::format("name '{}' is not defined", name));
    auto* e = as_exc(exc);
    e->name = str_(name);
    e->suggestion = suggest_name(name, names_of(local_names));
    if (e->suggestion.empty()) e->suggestion = suggest_name(name, names_of(global_names));
    if (e->suggestion.empty()) e->suggestion = suggest_name(name, builtin_names_for_suggestions());
    raise_(exc);
}

void raise_unbound_local(std::string_view name) {
    raise(UnboundLocalErrorType,
          fmt::format("cannot access local variable '{}' where it is not associated with a value", name));
}


void raise_attribute_error(const Object& o, std::string_view name) {
    std::string message;
    if (isinstance_exact(o, ModuleType) && o.as<ModuleObj>()->initializing)
        message = fmt::format("partially initialized module '{}' has no attribute '{}' (most likely due to a "
                              "circular import)", o.as<ModuleObj>()->name, name);
    else if (isinstance_exact(o, ModuleType))
        message = fmt::format("module '{}' has no attribute '{}'", o.as<ModuleObj>()->name, name);
    else if (is_type_object(o))
        message = fmt::format("type object '{}' has no attribute '{}'", tp_name(o.as<Type>()), name);
    else
        message = fmt::format("'{}' object has no attribute '{}'", tp_name(o.type()), name);
    Object exc = new_exception(AttributeErrorType, message);
    as_exc(exc)->name = str_(name);
    as_exc(exc)->obj = o;
    raise_(exc);
}

}  // namespace pyco
