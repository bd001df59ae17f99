// Coroutine objects: creation, inline awaiting by symmetric transfer, suspension to the driving Task, the
// never-awaited warning, and frame recycling.
#include "pyco/coroutine.h"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "pyco/call.h"
#include "pyco/ops.h"
#include "internal/asyncio.h"
#include "internal/unraisable.h"
#include "internal/values.h"
#include "internal/asyncio.h"

namespace pyco {


Type CoroutineType("coroutine", "builtins", &ObjectType);

namespace {
// Coroutine frames of the same size are recycled: a warm gather of many small tasks then allocates nothing
// (docs/design.md, "Performance budget": 86 -> 31 ns per task). Sizes are rounded up to 64 bytes; larger frames use the heap directly.
constexpr size_t kGranule = 64, kClasses = 32;
struct FreeList {
    std::vector<void*> blocks[kClasses];
    ~FreeList() {
        for (auto& v : blocks)
            for (void* p : v) ::operator delete(p);
    }
};
thread_local FreeList free_list;
size_t size_class(size_t n) { return (n + kGranule - 1) / kGranule; }
#if defined(__SANITIZE_ADDRESS__)
// Under AddressSanitizer (PYCO_SANITIZE) every frame goes back to the heap, so a use after free is reported.
constexpr bool kRecycle = false;
#else
constexpr bool kRecycle = true;
#endif
}  // namespace

void* CoroPromise::operator new(size_t n) {
    size_t c = size_class(n);
    if (kRecycle && c < kClasses && !free_list.blocks[c].empty()) {
        void* p = free_list.blocks[c].back();
        free_list.blocks[c].pop_back();
        return p;
    }
    return ::operator new(c < kClasses ? c * kGranule : n);
}

void CoroPromise::operator delete(void* p, size_t n) noexcept {
    size_t c = size_class(n);
    if (kRecycle && c < kClasses && free_list.blocks[c].size() < 4096) {
        free_list.blocks[c].push_back(p);
        return;
    }
    ::operator delete(p);
}

namespace {

// The frame CPython's never-awaited warning is raised from: Lib/warnings.py's _warn_unawaited_coroutine.
const CodeInfo& unawaited_warning_code() {
    struct Code {
        std::string path;
        Pos pos{537, 4, 537, 65};
        SourceFile file{nullptr, nullptr};
        CodeInfo code{};
    };
    static Code* c = [] {
        auto* k = new Code;  // immortal, as code objects are
        std::string dir = cpython_asyncio_dir();
        k->path = dir.substr(0, dir.rfind('/')) + "/warnings.py";
        k->file = SourceFile{k->path.c_str(), nullptr, "warnings"};
        k->code = CodeInfo{"_warn_unawaited_coroutine", "_warn_unawaited_coroutine", &k->file, 521, &k->pos};
        return k;
    }();
    return c->code;
}

}  // namespace

void CoroPromise::destroy() {
    // CPython warns when a coroutine object dies without ever having started (genobject.c _PyGen_Finalize);
    // an async generator that never ran is not warned about.
    if (state == PromiseState::Created && !warned_or_closed && type == &CoroutineType) {
        warned_or_closed = true;
        refcnt = 1;  // alive while the warning is shown: it is the warning's source
        try {
            warn(RuntimeWarningType, fmt::format("coroutine '{}' was never awaited", frame.code->qualname),
                 Object::borrow(this));
        } catch (const PyExc& e) {
            // An "error" filter: raised where nothing can catch it, so reported as unraisable, as CPython does,
            // from inside warnings.py's _warn_unawaited_coroutine.
            auto* exc = e.exc.as<ExceptionObj>();
            if (exc->tb.empty()) exc->tb.push_back(TracebackEntry{&unawaited_warning_code(), 0, nullptr});
            write_unraisable(Object::borrow(this), e.exc);
        }
        // Something kept it (catch_warnings(record=True) keeps the WarningMessage's source): it lives on, as
        // CPython resurrects it, and is freed when that reference goes (without warning again).
        if (--refcnt > 0) return;
    }
    // One left suspended under coroutine.send() is closed first, so its finally blocks run (_PyGen_Finalize).
    if (hand && state == PromiseState::Running && !hand_running) {
        refcnt = 1;  // alive while it closes
        try {
            close_suspended_coroutine(Object::borrow(this));
        } catch (const PyExc& e) {
            write_unraisable(Object::borrow(this), e.exc);
        }
        if (--refcnt > 0) return;
    }
    // An async generator the loop's hooks know is closed by a task instead (_asyncgen_finalizer_hook).
    if (type == &AsyncGeneratorType && asyncgen_finalize(static_cast<AsyncGenPromise*>(this))) return;
    PromiseBase::destroy();
}

std::coroutine_handle<> CoroPromise::FinalAwaiter::finish(CoroPromise& p) noexcept {
    p.state = PromiseState::Done;
    if (p.continuation) return p.continuation;
    return std::noop_coroutine();
}

bool CoroPromise::Awaiter::await_ready() {
    if (is_coroutine(target)) {
        CoroPromise* child = as_coroutine(target);
        if (child->state == PromiseState::Done) raise(RuntimeErrorType, "cannot reuse already awaited coroutine");
        if (child->state == PromiseState::Running) raise(RuntimeErrorType, "coroutine is being awaited already");
        child->depth = self->depth + 1;
        if (child->depth > detail::recursion_limit) {
            // CPython fails entering the child's frame: the child counts as finished, not as never awaited.
            child->state = PromiseState::Done;
            child->warned_or_closed = true;
            raise_recursion_error();
        }
        inline_coro = true;
        return false;
    }
    if (is_future(target)) return future_done(target);
    if (is_async_gen_step(target)) {
        agen_step = true;
        return async_gen_step_ready(target);
    }
    // Anything else runs its __await__ iterator, in a coroutine of its own that this one awaits inline.
    target = await_via_iterator(target);
    return await_ready();
}

std::coroutine_handle<> CoroPromise::Awaiter::await_suspend(std::coroutine_handle<> h) {
    if (inline_coro) {
        CoroPromise* child = as_coroutine(target);
        child->continuation = h;
        child->state = PromiseState::Running;
        child->frame.back = &self->frame;  // its f_back while it runs, for warnings' stacklevel and the stack
        return child->handle();
    }
    if (agen_step) return async_gen_step_suspend(target, h);
    Driver* d = current_driver();
    d->leaf = h;
    d->blocked_on = target;
    return std::noop_coroutine();
}

// What every await point does as its coroutine resumes: the running frame and recursion count become its own.
static void resume_in(CoroPromise* self) {
    set_current_frame(&self->frame);
    detail::tl_depth = self->depth;
}

static void raise_thrown_in(Driver* d) {
    if (d && !d->throw_in.null()) {
        Object e = std::move(d->throw_in);
        d->throw_in = Object();
        raise_(e);
    }
}

Object CoroPromise::Awaiter::await_resume() {
    resume_in(self);
    if (inline_coro) {
        CoroPromise* child = as_coroutine(target);
        child->continuation = nullptr;
        child->frame.back = nullptr;
        if (!child->exc.null()) {
            Object e = std::move(child->exc);
            child->exc = Object();
            rethrow(e);
        }
        return std::move(child->result);
    }
    if (agen_step) return async_gen_step_resume(target);
    raise_thrown_in(current_driver());
    // Only a coroutine driven by hand resumes before its Future is done (FutureIter's error in CPython).
    if (!future_done(target)) raise(RuntimeErrorType, "await wasn't used with future");
    return future_result(target);
}

void CoroPromise::RawYieldAwaiter::await_suspend(std::coroutine_handle<> h) {
    Driver* d = current_driver();
    d->leaf = h;
    d->blocked_on = std::move(value);
    d->raw = true;
}

Object CoroPromise::RawYieldAwaiter::await_resume() {
    resume_in(self);
    Driver* d = current_driver();
    raise_thrown_in(d);
    Object sent = std::move(d->sent);
    d->sent = Object();
    return sent.null() ? None() : sent;
}

void CoroPromise::YieldAwaiter::await_suspend(std::coroutine_handle<> h) {
    Driver* d = current_driver();
    d->leaf = h;
    d->blocked_on = Object();
}

void CoroPromise::YieldAwaiter::await_resume() {
    resume_in(self);
    raise_thrown_in(current_driver());
}

void resume_coroutine(CoroPromise* top, Driver& d) {
    std::coroutine_handle<> h = d.leaf;
    if (!h) {
        if (top->state == PromiseState::Done) raise(RuntimeErrorType, "cannot reuse already awaited coroutine");
        if (!d.throw_in.null() && top->state == PromiseState::Created) {
            // throw() into a coroutine that never started finishes it at once, as CPython does.
            top->state = PromiseState::Done;
            top->exc = std::move(d.throw_in);
            d.throw_in = Object();
            return;
        }
        top->state = PromiseState::Running;
        top->depth = detail::tl_depth + 1;
        h = top->handle();
    }
    d.leaf = nullptr;
    d.blocked_on = Object();
    d.raw = false;
    Driver* saved_driver = current_driver();
    Frame* saved_frame = current_frame();
    int saved_depth = detail::tl_depth;
    set_current_driver(&d);
    h.resume();
    set_current_driver(saved_driver);
    set_current_frame(saved_frame);
    detail::tl_depth = saved_depth;
}

void close_coroutine(const Object& coro) {
    if (is_coroutine(coro)) as_coroutine(coro)->warned_or_closed = true;
}

std::string coroutine_repr(const Object& coro) {
    const CoroPromise* p = as_coroutine(coro);
    return fmt::format("<coroutine object {} at {:#x}>", p->frame.code->qualname, coro.bits());
}

}  // namespace pyco
