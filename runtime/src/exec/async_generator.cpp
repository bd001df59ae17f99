// Async generator objects (PEP 525): __aiter__/__anext__/asend/athrow/aclose. Each of the last four returns an
// awaitable "step"; awaiting it enters the generator inline (symmetric transfer) with the awaiting coroutine as
// its continuation, and the generator's next `yield` transfers straight back with the value. Awaits inside the
// generator suspend the whole task as any inline coroutine's do.
#include <fmt/format.h>

#include "pyco/call.h"
#include "pyco/coroutine.h"
#include "pyco/ops.h"
#include "internal/asyncio.h"

namespace pyco {

Type AsyncGeneratorType("async_generator", "builtins", &ObjectType);
static Type AsyncGenStepType("async_generator_asend", "builtins", &ObjectType);

namespace {

enum class StepKind : uint8_t { Next, Send, Throw, Close };

struct StepObj : Obj {
    Object gen;
    Object value;  // asend's value or the exception athrow/aclose raises at the yield
    StepKind kind;
    bool started = false;
    StepObj(Object g, Object v, StepKind k) : Obj(&AsyncGenStepType), gen(std::move(g)), value(std::move(v)), kind(k) {}
};

AsyncGenPromise* gen_of(const Object& step) { return static_cast<AsyncGenPromise*>(step.as<StepObj>()->gen.ptr()); }

Object make_step(const Object& gen, Object value, StepKind kind) {
    if (!is_async_generator(gen)) raise(TypeErrorType, "descriptor requires an 'async_generator' object");
    // async_gen_init_hooks: the first of these calls hands the generator to the running loop's hooks.
    auto* g = static_cast<AsyncGenPromise*>(gen.ptr());
    if (!g->hooks_called) {
        g->hooks_called = true;
        asyncgen_firstiter(g);
    }
    return Object::adopt(new StepObj(gen, std::move(value), kind));
}

Object m_aiter(const Args& a) { return a[0]; }
Object m_anext(const Args& a) { return make_step(a[0], None(), StepKind::Next); }
Object m_asend(const Args& a) {
    check_nargs("asend", a, 2, 2);
    return make_step(a[0], a[1], StepKind::Send);
}
Object m_athrow(const Args& a) {
    check_nargs("athrow", a, 2, 4);
    Object exc = a[1];
    if (isinstance_exact(exc, TypeType)) exc = call(exc);
    return make_step(a[0], exc, StepKind::Throw);
}
Object m_aclose(const Args& a) { return make_step(a[0], new_exception(GeneratorExitType), StepKind::Close); }

std::string agen_repr(const Object& o) {
    return fmt::format("<async_generator object {} at {:#x}>", static_cast<AsyncGenPromise*>(o.ptr())->frame.code->qualname,
                       o.bits());
}
std::string step_repr(const Object& o) { return fmt::format("<async_generator_asend object at {:#x}>", o.bits()); }

struct AsyncGenTypesInit {
    AsyncGenTypesInit() {
        AsyncGeneratorType.repr = agen_repr;
        AsyncGenStepType.repr = step_repr;
        AsyncGeneratorType.methods["__aiter__"] = make_builtin("__aiter__", m_aiter);
        AsyncGeneratorType.methods["__anext__"] = make_builtin("__anext__", m_anext);
        AsyncGeneratorType.methods["asend"] = make_builtin("asend", m_asend);
        AsyncGeneratorType.methods["athrow"] = make_builtin("athrow", m_athrow);
        AsyncGeneratorType.methods["aclose"] = make_builtin("aclose", m_aclose);
    }
} async_gen_types_init;

}  // namespace

bool is_async_gen_step(const Object& o) noexcept { return o.is_ptr() && o.ptr()->type == &AsyncGenStepType; }

bool async_gen_step_ready(const Object& step) {
    auto* s = step.as<StepObj>();
    AsyncGenPromise* g = gen_of(step);
    if (s->started) raise(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()");
    if (g->state == PromiseState::Running) raise(RuntimeErrorType, "anext(): asynchronous generator is already running");
    if (g->state == PromiseState::Done) return true;
    // Closing or throwing into a generator that never started finishes it without running it.
    if (g->state == PromiseState::Created && (s->kind == StepKind::Close || s->kind == StepKind::Throw)) {
        g->state = PromiseState::Done;
        g->exc = s->kind == StepKind::Throw ? s->value : Object();
        return true;
    }
    if (g->state == PromiseState::Created && s->kind == StepKind::Send && !is_none(s->value))
        raise(TypeErrorType, "can't send non-None value to a just-started async generator");
    return false;
}

std::coroutine_handle<> async_gen_step_suspend(const Object& step, std::coroutine_handle<> awaiting) {
    auto* s = step.as<StepObj>();
    AsyncGenPromise* g = gen_of(step);
    s->started = true;
    g->continuation = awaiting;
    g->state = PromiseState::Running;
    g->depth = detail::tl_depth + 1;  // runs on top of its awaiter, for the recursion count (frame.h)
    g->sent = s->kind == StepKind::Send ? s->value : None();
    if (s->kind == StepKind::Throw || s->kind == StepKind::Close) g->throw_in = s->value;
    return g->handle();
}

// What awaiting the step gives: the yielded value, or the end of iteration.
Object async_gen_step_resume(const Object& step) {
    auto* s = step.as<StepObj>();
    AsyncGenPromise* g = gen_of(step);
    g->continuation = nullptr;
    // The generator came back through a `yield` (AsyncGenPromise::YieldAwaiter) rather than by finishing.
    if (g->state == PromiseState::Suspended) {
        if (s->kind == StepKind::Close) raise(RuntimeErrorType, "async generator ignored GeneratorExit");
        return std::move(g->yielded);
    }
    if (!g->exc.null()) {
        Object e = std::move(g->exc);
        g->exc = Object();
        if (s->kind == StepKind::Close &&
            (isinstance(e, GeneratorExitType) || isinstance(e, StopAsyncIterationType)))
            return None();
        if (isinstance(e, StopAsyncIterationType))  // PEP 525
            raise_stop_escaped(e, "async generator raised StopAsyncIteration");
        rethrow(e);
    }
    if (s->kind == StepKind::Close) return None();
    raise_(type_object(StopAsyncIterationType));
}

std::coroutine_handle<> AsyncGenPromise::YieldAwaiter::await_suspend(std::coroutine_handle<>) const noexcept {
    p->state = PromiseState::Suspended;
    std::coroutine_handle<> c = p->continuation;
    p->continuation = nullptr;
    return c ? c : std::noop_coroutine();
}

Object AsyncGenPromise::YieldAwaiter::await_resume() const {
    set_current_frame(&p->frame);
    detail::tl_depth = p->depth;
    p->raise_throw_in();
    Object v = std::move(p->sent);
    p->sent = Object();
    return v.null() ? None() : v;
}

}  // namespace pyco
