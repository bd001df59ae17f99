// asyncio.Future (CPython's futures.py, with the messages of the C accelerator _asyncio.Future that CPython
// actually uses): states, done callbacks scheduled with call_soon, result/exception retrieval, and the repr of
// base_futures._future_repr_info.
#include <cstdio>

#include <fmt/format.h>

#include "internal.h"
#include "pyco/builtins.h"
#include "pyco/generator.h"
#include "pyco/ops.h"
#include "internal/frame_objects.h"
#include "internal/typing_objects.h"
#include "internal/type_setup.h"
#include "internal/values.h"

namespace pyco {

Type FutureType("Future", "_asyncio", &ObjectType);

FutureObj::FutureObj(const Type* t, Object l)
    : Obj(t), loop(std::move(l)), emulated_address(aio::acquire_emulated_address(t)) {}

FutureObj::~FutureObj() { aio::release_emulated_address(type, emulated_address); }

FutureExtra& FutureObj::ext() {
    if (!extra) extra = std::make_unique<FutureExtra>();
    return *extra;
}

void FutureObj::destroy() {
    // Future.__del__ / Task.__del__: an exception nobody retrieved is logged when the future dies.
    if (log_traceback && !exception.null()) {
        log_traceback = false;
        refcnt = 1;  // alive while the repr runs
        try {
            Object self = Object::borrow(this);
            const char* what = type == &TaskType ? "Task" : type->name.c_str();
            call_exception_handler(loop.null() ? nullptr : as_loop(loop),
                                   {{"message", str_(fmt::format("{} exception was never retrieved", what))},
                                    {"exception", exception},
                                    {"future", self}});
        } catch (...) {
        }
        refcnt = 0;
    }
    delete this;
}

bool is_future(const Object& o) noexcept {
    if (!o.is_ptr()) return false;
    const Type* t = o.ptr()->type;
    return t == &TaskType || t == &FutureType || t == &GatheringFutureType;
}

bool future_done(const Object& fut) { return as_future(fut)->state != FutState::Pending; }

LoopObj* future_loop(const Object& fut) noexcept { return as_loop(as_future(fut)->loop); }

Object base_create_future(LoopObj* loop) { return Object::adopt(new FutureObj(&FutureType, Object::borrow(loop))); }

Object new_future(LoopObj* loop) {
    if (!loop_overrides(loop, "create_future")) return base_create_future(loop);
    Object f = call_method(Object::borrow(loop), "create_future");
    if (!isinstance(f, FutureType))
        raise(TypeErrorType, fmt::format("pyco needs create_future() to return an asyncio.Future, got {}",
                                         repr_utf8(f)));
    return f;
}

// ---------------------------------------------------------------- callbacks

namespace {
// Future.__schedule_callbacks: every callback goes through call_soon, in the order they were added.
void schedule_callbacks(FutureObj* f) {
    if (!f->cb0.fn) return;
    LoopObj* loop = as_loop(f->loop);
    Callback first = std::move(f->cb0);
    f->cb0 = Callback{};
    call_soon(loop, first.fn, std::move(first.data), Object::borrow(f));
    if (f->extra && !f->extra->callbacks.empty()) {
        std::vector<Callback> rest;
        rest.swap(f->extra->callbacks);
        for (Callback& cb : rest) call_soon(loop, cb.fn, std::move(cb.data), Object::borrow(f));
    }
}

bool same_callback(const Callback& cb, HandleFn fn, const Object& data) {
    if (cb.fn != fn) return false;
    if (fn == call_python_1) return is_(cb.data, data) || eq(cb.data, data);
    return is_(cb.data, data);
}

size_t callback_count(const FutureObj* f) {
    if (!f->cb0.fn) return 0;
    return 1 + (f->extra ? f->extra->callbacks.size() : 0);
}

const Callback& callback_at(const FutureObj* f, size_t i) { return i == 0 ? f->cb0 : f->extra->callbacks[i - 1]; }
}  // namespace

void future_add_done_callback(const Object& fut, HandleFn fn, Object data) {
    FutureObj* f = as_future(fut);
    if (f->state != FutState::Pending) {
        call_soon(as_loop(f->loop), fn, std::move(data), fut);
        return;
    }
    if (!f->cb0.fn) {
        f->cb0 = Callback{fn, std::move(data)};
        return;
    }
    f->ext().callbacks.push_back(Callback{fn, std::move(data)});
}

size_t future_remove_done_callback(const Object& fut, HandleFn fn, const Object& data) {
    FutureObj* f = as_future(fut);
    std::vector<Callback> kept;
    size_t removed = 0;
    // same_callback may run a program's __eq__, which may add or remove callbacks: each entry is copied before it is
    // compared and the count read again, as _asyncio does (GH-97592); a reference into the vector would dangle.
    for (size_t i = 0; i < callback_count(f); ++i) {
        Callback cb = callback_at(f, i);
        if (same_callback(cb, fn, data))
            ++removed;
        else
            kept.push_back(std::move(cb));
    }
    if (!removed || callback_count(f) == 0) return removed;
    f->cb0 = Callback{};
    if (f->extra) f->extra->callbacks.clear();
    for (Callback& cb : kept) {
        if (!f->cb0.fn)
            f->cb0 = std::move(cb);
        else
            f->extra->callbacks.push_back(std::move(cb));
    }
    return removed;
}

// ---------------------------------------------------------------- completing

void future_set_result(const Object& fut, Object result) {
    FutureObj* f = as_future(fut);
    if (f->state != FutState::Pending) raise(InvalidStateErrorType, "invalid state");
    f->result = std::move(result);
    f->state = FutState::Finished;
    schedule_callbacks(f);
}

void future_set_exception(const Object& fut, Object exc) {
    FutureObj* f = as_future(fut);
    if (f->state != FutState::Pending) raise(InvalidStateErrorType, "invalid state");
    if (is_exception_type(exc)) {
        exc = call(exc, {});
        if (!is_exception_instance(exc)) raise(TypeErrorType, "invalid exception object");
    }
    if (!is_exception_instance(exc)) raise(TypeErrorType, "invalid exception object");
    if (exc.type() == &StopIterationType)
        raise(TypeErrorType, "StopIteration interacts badly with generators and cannot be raised into a Future");
    auto* e = exc.as<ExceptionObj>();
    if (!e->tb.empty() || f->extra) f->ext().exc_tb = e->tb;
    f->exception = std::move(exc);
    f->state = FutState::Finished;
    schedule_callbacks(f);
    f->log_traceback = true;
}

bool future_cancel_base(const Object& fut, const Object& msg) {
    FutureObj* f = as_future(fut);
    f->log_traceback = false;
    if (f->state != FutState::Pending) return false;
    f->state = FutState::Cancelled;
    // Future.cancel(msg) replaces the message, also with None (Task.__step cancels with msg=None).
    if (!msg.null() && !is_none(msg))
        f->ext().cancel_message = msg;
    else if (f->extra)
        f->extra->cancel_message = Object();
    schedule_callbacks(f);
    return true;
}

bool future_cancel(const Object& fut, const Object& msg) {
    const Type* t = fut.type();
    if (t == &TaskType) return task_cancel(fut, msg);
    if (t == &GatheringFutureType) return aio::gathering_future_cancel(fut, msg);
    return future_cancel_base(fut, msg);
}

bool future_cancelled(const Object& fut) noexcept { return as_future(fut)->state == FutState::Cancelled; }

// ---------------------------------------------------------------- retrieving

// Future._make_cancelled_error: the CancelledError the task was cancelled with (once), else a new one carrying
// the cancel message.
Object future_make_cancelled_error(const Object& fut) {
    FutureObj* f = as_future(fut);
    if (f->extra && !f->extra->cancelled_exc.null()) {
        Object e = std::move(f->extra->cancelled_exc);
        f->extra->cancelled_exc = Object();
        return e;
    }
    if (f->extra && !f->extra->cancel_message.null()) return new_exception(CancelledErrorType, {f->extra->cancel_message});
    return new_exception(CancelledErrorType);
}

// _asyncio's future_get_result: the first retrieval gives the exception the traceback it had when it was set,
// and forgets it (Py_CLEAR(fut_exception_tb)); later ones give it none. So awaiting a failed task twice shows
// the task's frames the first time only, as CPython does.
void aio::restore_exception_traceback(FutureObj* f) {
    auto* e = f->exception.as<ExceptionObj>();
    if (f->extra) {
        e->tb = std::move(f->extra->exc_tb);
        f->extra->exc_tb.clear();
    } else {
        e->tb.clear();
    }
}

namespace {
[[noreturn]] void raise_stored_exception(FutureObj* f) {
    aio::restore_exception_traceback(f);
    rethrow(f->exception);
}
}  // namespace

Object future_result(const Object& fut) {
    FutureObj* f = as_future(fut);
    if (f->state == FutState::Finished) {
        f->log_traceback = false;
        if (!f->exception.null()) raise_stored_exception(f);
        return f->result;
    }
    if (f->state == FutState::Cancelled) rethrow(future_make_cancelled_error(fut));
    raise(InvalidStateErrorType, "Result is not set.");
}

Object future_exception(const Object& fut) {
    FutureObj* f = as_future(fut);
    if (f->state == FutState::Cancelled) rethrow(future_make_cancelled_error(fut));
    if (f->state == FutState::Pending) raise(InvalidStateErrorType, "Exception is not set.");
    f->log_traceback = false;
    return f->exception.null() ? None() : f->exception;
}

// ---------------------------------------------------------------- reprs

namespace {
struct CallbackName {
    HandleFn fn;
    const char* qualname;
    const char* source;
};
std::vector<CallbackName>& callback_names() {
    static std::vector<CallbackName> names;
    return names;
}
const CallbackName* find_callback_name(HandleFn fn) {
    for (const CallbackName& n : callback_names())
        if (n.fn == fn) return &n;
    return nullptr;
}

std::string callable_qualname(const Object& fn) {
    if (fn.is_ptr()) {
        const Type* t = fn.ptr()->type;
        if (t == &FunctionType) return fn.as<FunctionObj>()->info->qualname;
        if (t == &MethodType) return callable_qualname(fn.as<MethodObj>()->func);
        if (t == &BuiltinFunctionType) {
            auto* b = fn.as<BuiltinFunctionObj>();
            if (!b->self.null() && !is_none(b->self) && b->self.type() != &ModuleType)
                return type_name(b->self) + "." + b->name;
            return b->name;
        }
    }
    Object q = getattr_or_null(fn, "__qualname__");
    if (!q.null() && is_str(q) && !str_view(q).empty()) return std::string(str_view(q));
    Object n = getattr_or_null(fn, "__name__");
    if (!n.null() && is_str(n) && !str_view(n).empty()) return std::string(str_view(n));
    return repr_utf8(fn);
}

std::string format_args(const std::vector<Object>& args) {
    std::string s = "(";
    for (size_t i = 0; i < args.size(); ++i) {
        if (i) s += ", ";
        s += reprlib_repr(args[i]);
    }
    return s + ")";
}

std::string native_repr(const CallbackName* n, HandleFn fn, const std::vector<Object>& args) {
    std::string s = n ? n->qualname : fmt::format("<callback at {:#x}>", reinterpret_cast<uintptr_t>(fn));
    s += format_args(args);
    if (n && n->source) s += fmt::format(" at {}/{}", cpython_asyncio_dir(), n->source);
    return s;
}
}  // namespace

void register_callback_repr(HandleFn fn, const char* qualname, const char* source) {
    callback_names().push_back(CallbackName{fn, qualname, source});
}

std::string format_callback_source(const Object& fn, const std::vector<Object>& args) {
    std::string s = callable_qualname(fn) + format_args(args);
    // _get_function_source: only plain functions have a source (bound methods do not).
    if (fn.is_ptr() && fn.ptr()->type == &FunctionType) {
        const CodeInfo* code = fn.as<FunctionObj>()->info->code;
        if (code && code->file) s += fmt::format(" at {}:{}", code->file->path, code->firstlineno);
    }
    return s;
}

std::string callback_entry_repr(const Callback& cb) {
    if (cb.fn == call_python_1) return format_callback_source(cb.data, {});
    return native_repr(find_callback_name(cb.fn), cb.fn, {});
}

std::string callback_repr(HandleFn fn, const Object& a, const Object& b) {
    if (fn == aio::run_timer) {
        auto* t = a.as<TimerObj>();
        return callback_repr(t->h.fn, t->h.a, t->h.b);
    }
    if (fn == call_python_1) return format_callback_source(a, {b});
    if (fn == call_python_args) {
        std::vector<Object> args;
        if (!b.null())
            for (Object it = iter(b), x; !(x = next(it)).null();) args.push_back(x);
        return format_callback_source(a, args);
    }
    std::vector<Object> args;
    if (!b.null()) args.push_back(b);
    return native_repr(find_callback_name(fn), fn, args);
}

std::vector<std::string> future_repr_info(const Object& fut) {
    FutureObj* f = as_future(fut);
    std::vector<std::string> info;
    switch (f->state) {
        case FutState::Pending: info.emplace_back("pending"); break;
        case FutState::Cancelled: info.emplace_back("cancelled"); break;
        case FutState::Finished:
            info.emplace_back("finished");
            if (!f->exception.null())
                info.push_back("exception=" + repr_utf8(f->exception));
            else
                info.push_back("result=" + reprlib_repr(f->result));
            break;
    }
    size_t n = callback_count(f);
    if (n) {
        std::string cb;
        if (n == 1)
            cb = callback_entry_repr(f->cb0);
        else if (n == 2)
            cb = callback_entry_repr(f->cb0) + ", " + callback_entry_repr(callback_at(f, 1));
        else
            cb = fmt::format("{}, <{} more>, {}", callback_entry_repr(f->cb0), n - 2,
                             callback_entry_repr(callback_at(f, n - 1)));
        info.push_back("cb=[" + cb + "]");
    }
    return info;
}

std::string future_repr(const Object& fut) {
    if (is_task(fut)) return task_repr(fut);
    std::string s = "<" + fut.type()->name;
    for (const std::string& w : future_repr_info(fut)) s += " " + w;
    return s + ">";
}

// ---------------------------------------------------------------- the loop's exception handler

// ---------------------------------------------------------------- Python methods

Object aio::arg_or_kw(const Args& a, size_t index, std::string_view kw) {
    if (index < a.npos) return a.pos[index];
    return kwarg(a, kw);
}

// The private state attributes programs (and the tutorial) look at: _state, _result, _exception, ...; a Task's
// _must_cancel and _fut_waiter (the future its step waits for, None when there is none).
Object aio::future_getattr(const Object& o, std::string_view name) {
    FutureObj* f = as_future(o);
    if (name == "_state") {
        switch (f->state) {
            case FutState::Pending: return str_("PENDING");
            case FutState::Cancelled: return str_("CANCELLED");
            case FutState::Finished: return str_("FINISHED");
        }
    }
    if (name == "_result") return f->result.null() ? None() : f->result;
    if (name == "_exception") return f->exception.null() ? None() : f->exception;
    if (name == "_loop") return f->loop;
    if (name == "_asyncio_future_blocking") return bool_(f->blocking);
    if (name == "_log_traceback") return bool_(f->log_traceback);
    if (name == "_cancel_message") return f->extra && !f->extra->cancel_message.null() ? f->extra->cancel_message : None();
    if (is_task(o)) {
        TaskObj* t = as_task(o);
        if (name == "_must_cancel") return bool_(t->must_cancel);
        if (name == "_fut_waiter") return t->driver.blocked_on.null() ? None() : t->driver.blocked_on;
    }
    if (f->extra && !f->extra->dict.null()) return dict_get(f->extra->dict, str_(name));
    return {};
}

void aio::future_setattr(const Object& o, std::string_view name, const Object& v) {
    FutureObj* f = as_future(o);
    if (name == "_asyncio_future_blocking" && !v.null()) {
        f->blocking = truthy(v);
        return;
    }
    if (name == "_log_traceback" && !v.null()) {
        if (truthy(v)) raise(ValueErrorType, "_log_traceback can only be set to False");
        f->log_traceback = false;
        return;
    }
    if (name == "_cancel_message") {
        if (v.null()) raise(AttributeErrorType, "cannot delete attribute");
        f->ext().cancel_message = is_none(v) ? Object() : v;
        return;
    }
    Object& d = f->ext().dict;
    if (d.null()) d = dict_();
    if (!v.null()) return dict_set(d, str_(name), v);
    if (!dict_del(d, str_(name)))
        raise(AttributeErrorType, fmt::format("'{}' object has no attribute '{}'", type_name(o), name));
}

void set_future_blocking(const Object& fut, bool blocking) { as_future(fut)->blocking = blocking; }

// ---- Future.__await__ / __iter__: the FutureIter a `yield from` or an __await__ generator goes through ----

Type FutureIterType("FutureIter", "_asyncio", &ObjectType);

namespace {
struct FutureIterObj : Obj {
    Object future;
    explicit FutureIterObj(Object f) : Obj(&FutureIterType), future(std::move(f)) {}
};

// FutureIter's step: yields the pending future once (marked blocking for the Task), then its result.
Object future_iter_step(const Object& it) {
    Object& fut = it.as<FutureIterObj>()->future;
    if (fut.null()) return {};
    FutureObj* f = as_future(fut);
    if (f->state == FutState::Pending) {
        if (f->blocking) raise(RuntimeErrorType, "await wasn't used with future");
        f->blocking = true;
        return fut;
    }
    Object done = std::move(fut);
    fut = Object();
    set_stop_value(future_result(done));
    return {};
}
Object m_future_iter_next(const Args& a) {
    Object v = future_iter_step(a[0]);
    if (v.null()) raise_stop_with(generator_return_value_or_none(a[0]));
    return v;
}
// FutureIter.throw(type[, value[, traceback]]) as _asyncio's FutureIter_throw checks its arguments; then the iterator
// lets go of its future and the exception is raised.
Object m_future_iter_throw(const Args& a) {
    check_nargs("throw", a, 2, 4);
    Object typ = a[1];
    Object val = a.npos > 2 && !is_none(a[2]) ? a[2] : Object();
    if (a.npos > 3 && !is_none(a[3]) && !traceback_entries(a[3]))
        raise(TypeErrorType, "throw() third argument must be a traceback");
    Object exc;
    if (is_exception_type(typ)) {
        if (!val.null() && is_exception_instance(val) && isinstance(val, *typ.as<Type>()))
            exc = val;
        else if (val.null())
            exc = call(typ, {});
        else if (isinstance(val, TupleType))
            exc = call_ex(typ, val, Object());
        else
            exc = call(typ, {val});
    } else if (is_exception_instance(typ)) {
        if (!val.null()) raise(TypeErrorType, "instance exception may not have a separate value");
        exc = typ;
    } else {
        raise(TypeErrorType, "exceptions must be classes deriving BaseException or instances of such a class");
    }
    a[0].as<FutureIterObj>()->future = Object();
    rethrow(exc);
}
Object m_future_iter_close(const Args& a) {
    a[0].as<FutureIterObj>()->future = Object();
    return None();
}
Object m_future_await(const Args& a) {
    check_nargs("__await__", a, 1, 1);
    return Object::adopt(new FutureIterObj(a[0]));
}
}  // namespace

Object aio::future_iter(const Object& fut) { return Object::adopt(new FutureIterObj(fut)); }

namespace {
Object m_result(const Args& a) {
    check_nargs("result", a, 1, 1);
    return future_result(a[0]);
}
Object m_exception(const Args& a) {
    check_nargs("exception", a, 1, 1);
    return future_exception(a[0]);
}
Object m_done(const Args& a) { return bool_(future_done(a[0])); }
Object m_cancelled(const Args& a) { return bool_(future_cancelled(a[0])); }
Object m_cancel(const Args& a) {
    Object msg = aio::arg_or_kw(a, 1, "msg");
    return bool_(future_cancel(a[0], msg));
}
Object m_set_result(const Args& a) {
    check_nargs("set_result", a, 2, 2);
    future_set_result(a[0], a[1]);
    return None();
}
Object m_set_exception(const Args& a) {
    check_nargs("set_exception", a, 2, 2);
    future_set_exception(a[0], a[1]);
    return None();
}
Object m_add_done_callback(const Args& a) {
    check_nargs("add_done_callback", a, 2, 2);
    future_add_done_callback(a[0], call_python_1, a[1]);
    return None();
}
Object m_remove_done_callback(const Args& a) {
    check_nargs("remove_done_callback", a, 2, 2);
    return int_(int64_t(future_remove_done_callback(a[0], call_python_1, a[1])));
}
Object m_get_loop(const Args& a) { return as_future(a[0])->loop; }
Object m_repr(const Args& a) { return str_(future_repr(a[0])); }

// asyncio.Future(*, loop=None): bound to the running loop, else to the thread's loop.
Object future_ctor(const Type&, const Args& a) {
    if (a.npos) raise(TypeErrorType, fmt::format("Future() takes no positional arguments"));
    Object loop = kwarg(a, "loop");
    if (loop.null() || is_none(loop)) loop = get_event_loop();
    return base_create_future(loop_of(loop, "Future()"));
}
}  // namespace

void setup_asyncio_futures() {
    add_class_getitem(FutureType);
    set_slots(FutureType, {.repr = future_repr, .hash = aio::future_identity_hash,
                           .iter = aio::future_iter, .getattr = aio::future_getattr, .setattr = aio::future_setattr});
    add_methods(FutureType, {{"__await__", m_future_await}, {"__iter__", m_future_await}});
    set_slots(FutureIterType, {.iter = self_iter, .next = future_iter_step});
    add_methods(FutureIterType, {{"__next__", m_future_iter_next}, {"send", m_future_iter_next},
                                 {"throw", m_future_iter_throw}, {"close", m_future_iter_close}});
    set_type_constructor(FutureType, future_ctor);
    add_methods(FutureType, {{"result", m_result}, {"exception", m_exception}, {"done", m_done},
                             {"cancelled", m_cancelled}, {"cancel", m_cancel}, {"set_result", m_set_result},
                             {"set_exception", m_set_exception}, {"add_done_callback", m_add_done_callback},
                             {"remove_done_callback", m_remove_done_callback}, {"get_loop", m_get_loop},
                             {"__repr__", m_repr}});
}

}  // namespace pyco
