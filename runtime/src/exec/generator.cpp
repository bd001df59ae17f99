// Generator objects (CPython's genobject.c): next()/send() resume the frame until its next yield or its
// return; throw() and close() resume it with an exception raised at the suspended yield; `yield from` passes
// all three on to its delegate; a suspended generator is closed when it dies.
#include "pyco/generator.h"

#include <fmt/format.h>

#include "pyco/call.h"
#include "pyco/ops.h"
#include "internal/threads.h"
#include "internal/frame_objects.h"
#include "internal/unraisable.h"

namespace pyco {

void write_stderr(std::string_view s);  // builtins.cpp
[[noreturn]] void type_error(const std::string& msg);  // object.cpp

namespace {

GenPromise* as_gen(const Object& o) { return o.as<GenPromise>(); }

[[noreturn]] void raise_finished_with(const Object& e) {
    if (isinstance(e, StopIterationType)) raise_stop_escaped(e, "generator raised StopIteration");  // PEP 479
    rethrow(e);
}

// Puts the generator's own handled exceptions back on top of the stack.
void attach_guards(GenPromise* p) {
    if (!p->guards_top) return;
    HandlingGuard* base = handling_top();
    p->guards_bottom->below_ = base;
    if (base) base->above_ = p->guards_bottom;
    set_handling_top(p->guards_top);
    p->guards_bottom = p->guards_top = nullptr;
}

// Takes the guards the frame left above `base` (it is suspended inside `except` blocks) off the stack.
void detach_guards(GenPromise* p, HandlingGuard* base) {
    HandlingGuard* top = handling_top();
    if (top == base) return;
    HandlingGuard* bottom = top;
    while (bottom->below_ != base) bottom = bottom->below_;
    bottom->below_ = nullptr;
    if (base) base->above_ = nullptr;
    set_handling_top(base);
    p->guards_bottom = bottom;
    p->guards_top = top;
}

// Runs the frame until its next yield or its end: the value yielded, or null once it returned. Rethrows the
// exception the frame finished with.
Object resume(GenPromise* p) {
    // The generator's frame runs on top of the caller's, as a call does (recursion count, frame.h).
    if (detail::tl_depth >= detail::recursion_limit || detail::stack_exhausted()) raise_recursion_error();
    p->state = PromiseState::Running;
    Frame* saved = current_frame();
    HandlingGuard* base = handling_top();
    attach_guards(p);
    p->frame.back = saved;  // its f_back while it runs: the frame that resumed it
    set_current_frame(&p->frame);
    ++detail::tl_depth;
    p->handle().resume();
    --detail::tl_depth;
    p->frame.back = nullptr;
    set_current_frame(saved);
    if (p->state != PromiseState::Done) {
        detach_guards(p, base);
        p->state = PromiseState::Suspended;
        return std::move(p->yielded);
    }
    p->delegate = Object();
    if (!p->exc.null()) {
        Object e = std::move(p->exc);
        p->exc = Object();
        raise_finished_with(std::move(e));
    }
    return {};
}

void check_not_running(const GenPromise* p) {
    if (p->state == PromiseState::Running) raise(ValueErrorType, "generator already executing");
}

}  // namespace

Object exception_from_throw_args(const Args& a) {
    const Object& typ = a[1];
    if (is_exception_instance(typ)) {
        if (a.npos > 2 && !is_none(a[2])) type_error("instance exception may not have a separate value");
        return typ;
    }
    if (!is_exception_type(typ))
        type_error(fmt::format("exceptions must be classes or instances deriving from BaseException, not {}",
                               type_name(typ)));
    if (a.npos > 2 && is_exception_instance(a[2]) && isinstance(a[2], *typ.as<Type>())) return a[2];
    if (a.npos > 2 && !is_none(a[2])) {
        if (isinstance(a[2], TupleType)) return call_ex(typ, a[2], Object());
        return call(typ, {a[2]});
    }
    return call(typ, {});
}

void raise_stop_with(const Object& value) {
    if (value.null() || is_none(value)) raise_(new_exception(StopIterationType));
    raise_(new_exception(StopIterationType, {value}));
}

namespace {

// Closes the delegate of a `yield from` (its close() method, if it has one).
void close_delegate(const Object& it) {
    if (is_generator(it)) return generator_close(it);
    Object close = getattr_or_null(it, "close");
    if (!close.null()) call(close);
}

// throw() while delegating: the delegate gets the exception first (CPython's _gen_throw). Returns true with
// `out` set when the delegate yielded a value; false when the exception (or the delegate's end) must be
// delivered to this generator's own frame.
bool throw_to_delegate(GenPromise* p, Object& exc, Object& out) {
    Object it = p->delegate;
    if (isinstance(exc, GeneratorExitType)) {
        try {
            close_delegate(it);
        } catch (const PyExc& e) {
            exc = e.exc;
        }
        return false;
    }
    try {
        if (is_generator(it)) {
            out = generator_throw(it, exc);
        } else {
            Object m = getattr_or_null(it, "throw");
            if (m.null()) return false;
            out = call(m, {exc});
        }
    } catch (const PyExc& e) {
        if (!is_generator(it) && isinstance(e.exc, StopIterationType)) {
            p->delegate_finished = true;
            return false;
        }
        exc = e.exc;  // raised at this generator's `yield from`
        return false;
    }
    if (!out.null()) return true;
    p->delegate_finished = true;  // the delegate returned: the `yield from` ends with its return value
    exc = Object();
    return false;
}

// ---- the Python-visible methods ----

[[noreturn]] void stop_with(const GenPromise* p) { raise_stop_with(p->result); }

const Object& gen_self(const Args& a, const char* method) {
    if (a.npos == 0 || !is_generator(a[0]))
        type_error(fmt::format("descriptor '{}' for 'generator' objects doesn't apply to this object", method));
    return a[0];
}

Object m_send(const Args& a) {
    check_nargs("send", a, 2, 2);
    const Object& g = gen_self(a, "send");
    Object v = generator_send(g, a[1]);
    if (v.null()) stop_with(as_gen(g));
    return v;
}

Object m_throw(const Args& a) {
    check_nargs("throw", a, 2, 4);
    const Object& g = gen_self(a, "throw");
    Object v = generator_throw(g, exception_from_throw_args(a));
    if (v.null()) stop_with(as_gen(g));
    return v;
}

Object m_close(const Args& a) {
    check_nargs("close", a, 1, 1);
    generator_close(gen_self(a, "close"));
    return None();
}

Object m_next(const Args& a) {
    check_nargs("__next__", a, 1, 1);
    const Object& g = gen_self(a, "__next__");
    Object v = generator_send(g, None());
    if (v.null()) stop_with(as_gen(g));
    return v;
}

std::string generator_repr(const Object& o) {
    return fmt::format("<generator object {} at {:#x}>", as_gen(o)->frame.code->qualname, o.bits());
}
Object generator_iter(const Object& o) { return o; }
Object generator_next(const Object& o) { return generator_send(o, None()); }

Object generator_getattr(const Object& o, std::string_view name) {
    GenPromise* p = as_gen(o);
    if (name == "__name__") return str_(p->frame.code->name);
    if (name == "__qualname__") return str_(p->frame.code->qualname);
    if (name == "gi_running") return bool_(p->state == PromiseState::Running);
    if (name == "gi_yieldfrom") return p->delegate.null() ? None() : p->delegate;
    if (name == "gi_suspended") return bool_(p->state == PromiseState::Suspended);
    if (name == "gi_code") return code_object(p->frame.code);
    if (name == "gi_frame") {  // None once finished (inspect.getgeneratorstate reads it)
        if (p->state == PromiseState::Done) return None();
        return frame_object({TracebackEntry{p->frame.code, p->frame.pos, &p->frame}});
    }
    return {};
}

}  // namespace

Type GeneratorType("generator", "builtins", &ObjectType);

namespace {
struct GeneratorTypeInit {
    GeneratorTypeInit() {
        GeneratorType.repr = generator_repr;
        GeneratorType.iter = generator_iter;
        GeneratorType.next = generator_next;
        GeneratorType.getattr = generator_getattr;
        struct M { const char* name; BuiltinFn fn; };
        for (M m : {M{"send", m_send}, {"throw", m_throw}, {"close", m_close}, {"__next__", m_next}})
            GeneratorType.methods[m.name] = immortal(make_builtin(m.name, m.fn));
    }
} generator_type_init;
}  // namespace

// A generator dying while suspended is closed first (CPython's _PyGen_Finalize), so its finally blocks and
// context managers run; what close() raises is reported, not propagated.
void GenPromise::destroy() {
    if (state == PromiseState::Suspended) {
        refcnt = 1;  // alive while close() runs
        Object self = Object::adopt(this);
        try {
            generator_close(self);
        } catch (const PyExc& e) {
            write_unraisable(self, e.exc);
        }
        self.release();
        refcnt = 0;
    }
    attach_guards(this);  // the frame's guards unlink themselves as it is destroyed
    PromiseBase::destroy();
}

namespace {
// What a resumed `yield` does first: raise the exception throw()/close() left, else return the sent value.
Object take_sent(GenPromise* p) {
    set_current_frame(&p->frame);
    p->raise_throw_in();
    Object v = std::move(p->sent);
    p->sent = Object();
    return v.null() ? None() : v;
}
}  // namespace

Object GenPromise::YieldAwaiter::await_resume() const { return take_sent(p); }

Object GenPromise::DelegateAwaiter::await_resume() const {
    p->delegate = Object();
    if (p->delegate_finished && p->throw_in.null()) {
        p->delegate_finished = false;
        set_current_frame(&p->frame);
        return {};
    }
    p->delegate_finished = false;
    return take_sent(p);
}

Object generator_send(const Object& gen, const Object& value) {
    auto* p = as_gen(gen);
    if (p->state == PromiseState::Done) {
        // The return value went with the StopIteration of the step that finished the generator; later steps
        // raise a bare one, as CPython's.
        p->result = Object();
        return {};
    }
    check_not_running(p);
    if (p->state == PromiseState::Created && !is_none(value))
        raise(TypeErrorType, "can't send non-None value to a just-started generator");
    p->sent = value;
    return resume(p);
}

Object generator_throw(const Object& gen, const Object& exc) {
    auto* p = as_gen(gen);
    check_not_running(p);
    if (p->state != PromiseState::Suspended) {
        // Nothing to run: the generator is finished and the exception goes to the caller as it is.
        p->state = PromiseState::Done;
        rethrow(exc);
    }
    Object e = exc;
    if (!p->delegate.null()) {
        Object out;
        if (throw_to_delegate(p, e, out)) return out;
    }
    p->throw_in = e;
    return resume(p);
}

void generator_close(const Object& gen) {
    auto* p = as_gen(gen);
    check_not_running(p);
    if (p->state != PromiseState::Suspended) {
        p->state = PromiseState::Done;
        return;
    }
    Object yielded;
    try {
        yielded = generator_throw(gen, new_exception(GeneratorExitType));
    } catch (const PyExc& e) {
        if (isinstance(e.exc, GeneratorExitType) || isinstance(e.exc, StopIterationType)) return;
        throw;
    }
    if (!yielded.null()) raise(RuntimeErrorType, "generator ignored GeneratorExit");
}

Object generator_return_value(const Object& gen) {
    auto* p = as_gen(gen);
    return p->result.null() ? None() : p->result;
}

namespace {
// set_stop_value's value: taken by the generator_return_value_or_none that follows the exhausting step, with
// no Python code in between (yield_from_send clears it before each step).
thread_local Object* tl_stop_value = nullptr;
Object& stop_value() {
    if (!tl_stop_value) tl_stop_value = new Object();  // never freed: it may outlive the thread's statics
    return *tl_stop_value;
}
// A thread that ends drops its stop value while it still holds the global lock.
void release_stop_value() {
    delete tl_stop_value;
    tl_stop_value = nullptr;
}
const bool stop_value_released = (threads::at_thread_exit(release_stop_value), true);
}  // namespace

void set_stop_value(Object value) { stop_value() = std::move(value); }

Object generator_return_value_or_none(const Object& it) {
    if (is_generator(it)) return generator_return_value(it);
    Object v = std::move(stop_value());
    stop_value() = Object();
    return v.null() ? None() : v;
}

void raise_stop_iteration(const Object& it) {
    if (is_generator(it) && as_gen(it)->state == PromiseState::Done) stop_with(as_gen(it));
    raise_stop_with(generator_return_value_or_none(it));  // another iterator's StopIteration value
}

Object yield_from_send(const Object& it, const Object& sent) {
    if (is_generator(it)) return generator_send(it, sent);
    stop_value() = Object();
    if (is_none(sent)) return next(it);
    Object send = getattr(it, "send");
    try {
        return call(send, {sent});
    } catch (const PyExc& e) {
        if (!isinstance(e.exc, StopIterationType)) throw;
        set_stop_value(getattr(e.exc, "value"));
        return {};
    }
}

}  // namespace pyco
