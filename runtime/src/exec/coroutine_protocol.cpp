// The coroutine object's Python methods and attributes: send, throw, close, __await__ (a coroutine_wrapper),
// cr_running, cr_suspended, cr_await, cr_frame, cr_code. send() and throw() drive the coroutine's chain by hand
// with a Driver of its own, as a Task drives it (coroutine.cpp): what the chain yields (the Future it waits
// for, None for a bare yield, or what an __await__ iterator yielded) comes out of send(), as in CPython.
#include <fmt/format.h>

#include "pyco/call.h"
#include "pyco/coroutine.h"
#include "pyco/generator.h"
#include "pyco/ops.h"
#include "internal/asyncio.h"
#include "internal/frame_objects.h"
#include "internal/type_setup.h"
#include "internal/values.h"

namespace pyco {

Type CoroutineWrapperType("coroutine_wrapper", "builtins", &ObjectType);

namespace {

Driver& hand_driver(CoroPromise* p) {
    if (!p->hand) p->hand = std::make_unique<Driver>();
    return *p->hand;
}

void check_can_resume(const CoroPromise* p) {
    if (p->hand_running) raise(ValueErrorType, "coroutine already executing");
    if (p->state == PromiseState::Running && !p->hand)
        raise(RuntimeErrorType, "coroutine is being awaited already");
}

// Resumes the chain under the coroutine's own driver; what it yields, or null once it returned.
Object run_by_hand(CoroPromise* p, Driver& d) {
    p->hand_running = true;
    try {
        resume_coroutine(p, d);
    } catch (...) {
        p->hand_running = false;
        throw;
    }
    p->hand_running = false;
    d.sent = Object();
    if (p->state == PromiseState::Done) {
        p->warned_or_closed = true;
        if (!p->exc.null()) {
            Object e = std::move(p->exc);
            p->exc = Object();
            rethrow(e);
        }
        return {};
    }
    if (d.blocked_on.null()) return None();
    // Future.__await__ marks the Future it yields as blocking; the caller reads _asyncio_future_blocking.
    if (!d.raw && is_future(d.blocked_on)) set_future_blocking(d.blocked_on, true);
    return d.blocked_on;
}

Object take_result(CoroPromise* p) {
    Object r = std::move(p->result);
    p->result = Object();
    return r;
}

CoroPromise* coro_self(const Args& a, const char* method) {
    if (a.npos == 0 || !is_coroutine(a[0]))
        type_error(fmt::format("descriptor '{}' for 'coroutine' objects doesn't apply to this object", method));
    return as_coroutine(a[0]);
}

Object m_send(const Args& a) {
    check_nargs("send", a, 2, 2);
    CoroPromise* p = coro_self(a, "send");
    Object v = coroutine_send(a[0], a[1]);
    if (v.null()) raise_stop_with(take_result(p));
    return v;
}

Object m_throw(const Args& a) {
    check_nargs("throw", a, 2, 4);
    CoroPromise* p = coro_self(a, "throw");
    Object v = coroutine_throw(a[0], exception_from_throw_args(a));
    if (v.null()) raise_stop_with(take_result(p));
    return v;
}

// coroutine.close(): GeneratorExit where it is suspended. One that never ran finishes without running (no
// never-awaited warning; awaiting it later raises "cannot reuse already awaited coroutine").
Object m_close(const Args& a) {
    check_nargs("close", a, 1, 1);
    CoroPromise* p = coro_self(a, "close");
    if (p->hand_running) raise(ValueErrorType, "coroutine already executing");
    if (p->state == PromiseState::Created || p->state == PromiseState::Done) {
        p->state = PromiseState::Done;
        p->warned_or_closed = true;
        return None();
    }
    if (!p->hand) raise(RuntimeErrorType, "pyco cannot close a coroutine that a task is running yet");
    close_suspended_coroutine(a[0]);
    return None();
}

// ---- coroutine.__await__(): the coroutine as an iterator ----

struct CoroutineWrapperObj : Obj {
    Object coro;
    explicit CoroutineWrapperObj(Object c) : Obj(&CoroutineWrapperType), coro(std::move(c)) {}
};

const Object& wrapped(const Args& a) {
    if (a.npos == 0 || a[0].type() != &CoroutineWrapperType) type_error("expected a coroutine_wrapper");
    return a[0].as<CoroutineWrapperObj>()->coro;
}

Object m_await(const Args& a) {
    check_nargs("__await__", a, 1, 1);
    coro_self(a, "__await__");
    return Object::adopt(new CoroutineWrapperObj(a[0]));
}

Object wrapper_send(const Object& coro, const Object& value) {
    Object v = coroutine_send(coro, value);
    if (v.null()) raise_stop_with(take_result(as_coroutine(coro)));
    return v;
}

Object m_wrapper_next(const Args& a) {
    check_nargs("__next__", a, 1, 1);
    return wrapper_send(wrapped(a), None());
}
Object m_wrapper_send(const Args& a) {
    check_nargs("send", a, 2, 2);
    return wrapper_send(wrapped(a), a[1]);
}
Object m_wrapper_throw(const Args& a) {
    check_nargs("throw", a, 2, 4);
    const Object& coro = wrapped(a);
    Object v = coroutine_throw(coro, exception_from_throw_args(a));
    if (v.null()) raise_stop_with(take_result(as_coroutine(coro)));
    return v;
}
Object m_wrapper_close(const Args& a) {
    check_nargs("close", a, 1, 1);
    return m_close(Args{&wrapped(a), 1, nullptr, 0});
}
// next(): null at the end, the StopIteration's value kept for a `yield from` (generator.h).
Object wrapper_next_slot(const Object& o) {
    const Object& coro = o.as<CoroutineWrapperObj>()->coro;
    Object v = coroutine_send(coro, None());
    if (v.null()) set_stop_value(take_result(as_coroutine(coro)));
    return v;
}

// ---- attributes ----

// Whether the coroutine runs now: sent to by hand, or its frame on the running chain of frames (a Task's step
// resumed it, or it awaits inline a coroutine that runs), as CPython's frame state says FRAME_EXECUTING.
bool coroutine_executing(CoroPromise* p) {
    if (p->hand_running) return true;
    if (p->state != PromiseState::Running) return false;
    for (const Frame* f = current_frame(); f; f = f->back)
        if (f == &p->frame) return true;
    return false;
}

Object coroutine_getattr(const Object& o, std::string_view name) {
    CoroPromise* p = as_coroutine(o);
    const CodeInfo* code = p->frame.code;
    if (name == "__name__") return str_(code->name);
    if (name == "__qualname__") return str_(code->qualname);
    if (name == "cr_running") return bool_(coroutine_executing(p));
    if (name == "cr_suspended") return bool_(p->state == PromiseState::Running && !coroutine_executing(p));
    if (name == "cr_code") return code_object(code);
    if (name == "cr_frame") {
        if (p->state == PromiseState::Done) return None();
        return frame_object({TracebackEntry{code, p->frame.pos, &p->frame}});
    }
    if (name == "cr_await") {
        const Driver* d = p->hand.get();
        return d && !d->blocked_on.null() ? d->blocked_on : None();
    }
    if (name == "cr_origin") return None();
    return {};
}

std::string coroutine_repr_slot(const Object& o) { return coroutine_repr(o); }

}  // namespace

Object coroutine_send(const Object& coro, const Object& value) {
    CoroPromise* p = as_coroutine(coro);
    check_can_resume(p);
    if (p->state == PromiseState::Done) raise(RuntimeErrorType, "cannot reuse already awaited coroutine");
    if (p->state == PromiseState::Created && !is_none(value))
        raise(TypeErrorType, "can't send non-None value to a just-started coroutine");
    Driver& d = hand_driver(p);
    d.sent = value;
    return run_by_hand(p, d);
}

Object coroutine_throw(const Object& coro, const Object& exc) {
    CoroPromise* p = as_coroutine(coro);
    check_can_resume(p);
    if (p->state == PromiseState::Done) rethrow(exc);
    Driver& d = hand_driver(p);
    d.throw_in = exc;
    return run_by_hand(p, d);
}

void close_suspended_coroutine(const Object& coro) {
    Object yielded;
    try {
        yielded = coroutine_throw(coro, new_exception(GeneratorExitType));
    } catch (const PyExc& e) {
        if (isinstance(e.exc, GeneratorExitType) || isinstance(e.exc, StopIterationType)) return;
        throw;
    }
    if (!yielded.null()) raise(RuntimeErrorType, "coroutine ignored GeneratorExit");
    take_result(as_coroutine(coro));
}

void setup_coroutine_protocol() {
    set_slots(CoroutineType, {.repr = coroutine_repr_slot, .getattr = coroutine_getattr});
    add_methods(CoroutineType, {{"send", m_send}, {"throw", m_throw}, {"close", m_close}, {"__await__", m_await}});
    set_slots(CoroutineWrapperType, {.iter = self_iter, .next = wrapper_next_slot});
    add_methods(CoroutineWrapperType, {{"__next__", m_wrapper_next}, {"send", m_wrapper_send},
                                       {"throw", m_wrapper_throw}, {"close", m_wrapper_close}});
}

}  // namespace pyco
