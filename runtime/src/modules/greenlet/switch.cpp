// How control moves between greenlets (greenlet 2.x's semantics over internal/fiber.h): switch() and throw()
// into a greenlet, its start, its end handing its result or exception to the first live parent, and its kill
// when it is dropped while suspended.
#include <utility>

#include "greenlet.h"
#include "internal/threads.h"
#include "internal/exit_registry.h"
#include "internal/fiber_stack.h"
#include "internal/frame_objects.h"
#include "internal/unraisable.h"
#include "internal/values.h"
#include "pyco/ops.h"

namespace pyco::greenlet {

namespace {

// The running greenlet. It owns a reference: a suspended greenlet holds none to itself, so the greenlet that
// receives control drops the one that left (possibly its last reference: a greenlet that ended, or one
// nothing else refers to, which then dies as greenlet's dealloc says).
thread_local Object tl_current;
// The value the last switch hands over (what switch() returns on the side it enters).
thread_local Object tl_passed;
// A thread that ends drops its greenlets while it still holds the global lock.
void release_thread_greenlets() {
    tl_passed = Object();
    tl_current = Object();
}
const bool greenlets_released = (threads::at_thread_exit(release_thread_greenlets), true);

GreenletObj* first_live(GreenletObj* g) {
    while (g->state == State::Dead) g = as_greenlet(g->parent);  // the main greenlet never dies
    return g;
}

Object positional(const Args& a) { return tuple_from(std::vector<Object>(a.pos, a.pos + a.npos)); }

Object keywords(const Args& a) {  // null when there are none
    if (!a.nkw) return {};
    Object kwargs = dict_();
    for (size_t k = 0; k < a.nkw; ++k) dict_set(kwargs, str_(a.kw[k].name), a.kw[k].value);
    return kwargs;
}

// switch()'s arguments as the receiving switch() returns them: () for none, the value alone, a tuple of
// several, the keywords' dict alone, or (args, kwargs) with both.
Object pack(const Args& a) {
    if (!a.nkw) return a.npos == 1 ? a[0] : positional(a);
    return a.npos ? tuple_({positional(a), keywords(a)}) : keywords(a);
}

// Control came back to `self`: it is the running greenlet again, and the one that left is dropped here, on a
// stack that stays.
void arrive(GreenletObj* self) { Object left = std::exchange(tl_current, Object::borrow(self)); }

void run_body(GreenletObj* self);
Fiber& exit_target(GreenletObj* self, bool failed) noexcept;

Fiber& fiber_of(GreenletObj* g) {
    if (g->is_main) return Fiber::main();
    if (!g->fiber)
        g->fiber = std::make_unique<Fiber>([g] { run_body(g); },
                                           [g](bool failed) -> Fiber& { return exit_target(g, failed); },
                                           default_fiber_stack_size());
    return *g->fiber;
}

// Readies a greenlet that never ran to start with run(*args, **kwargs). Its recursion count starts where the
// switching caller's is, plus the C-level call of run() that CPython counts too.
void prepare_start(GreenletObj* g, Object args, Object kwargs) {
    Object run = getattr_or_null(Object::borrow(g), "run");
    if (run.null()) raise(AttributeErrorType, "run");
    g->run = std::move(run);
    g->start_args = std::move(args);
    g->start_kwargs = std::move(kwargs);
    g->state = State::Active;
    fiber_of(g).set_initial_depth(detail::tl_depth + 1);
    // Still suspended at exit, it may be kept alive by its own stack (a reference to itself in a frame that
    // waits): the registry discards it then, which drops what its stack holds.
    exit_registry_add(g, [](Obj* o) { discard_suspended(static_cast<GreenletObj*>(o)); });
}

// What runs on a greenlet's own stack. Its locals are gone before the stack is left for good; an exception
// other than GreenletExit leaves it for Fiber::entry, which hands it to the exit target.
void run_body(GreenletObj* self) {
    arrive(self);
    Object fn = std::move(self->run), args = std::move(self->start_args), kwargs = std::move(self->start_kwargs);
    Object result;
    try {
        result = call_ex(fn, args, kwargs.null() ? dict_() : kwargs);
    } catch (const PyExc& e) {
        if (!isinstance(e.exc, *greenlet_exit_class().as<Type>())) throw;
        result = e.exc;  // GreenletExit ends the greenlet quietly: the parent receives the exception as a value
    }
    tl_passed = std::move(result);
}

// Where a greenlet that ended goes: its first live parent. A parent that never ran starts with the result as
// its argument, or, receiving an exception, dies unstarted and passes it further up (as greenlet does).
Fiber& exit_target(GreenletObj* self, bool failed) noexcept {
    self->state = State::Dead;
    exit_registry_remove(self);
    GreenletObj* p = first_live(as_greenlet(self->parent));
    while (p->state == State::Pending) {
        if (!failed && !getattr_or_null(Object::borrow(p), "run").null()) {
            prepare_start(p, tuple_({std::exchange(tl_passed, Object())}), Object());
            break;
        }
        p->state = State::Dead;
        p = first_live(as_greenlet(p->parent));
    }
    return fiber_of(p);
}

// Leaves `self` for `target`; returns what the greenlet that switches back passes.
Object transfer(GreenletObj* self, GreenletObj* target, std::exception_ptr error) {
    try {
        Fiber::switch_to(fiber_of(target), std::move(error));
    } catch (...) {
        if (!Fiber::current().unwinding()) arrive(self);  // a greenlet being discarded never runs again
        throw;
    }
    arrive(self);
    return std::exchange(tl_passed, Object());
}

// greenlet starts a greenlet thrown into before it ran only to end it: it dies without running, and the
// exception goes to its parent as if run() had raised it (GreenletExit as a value).
Object throw_unstarted(GreenletObj* target, std::exception_ptr error) {
    target->state = State::Dead;
    Object parent = target->parent;
    try {
        std::rethrow_exception(error);
    } catch (const PyExc& e) {
        if (!isinstance(e.exc, *greenlet_exit_class().as<Type>())) return switch_to(parent, Args{}, std::move(error));
        Object value = e.exc;
        return switch_to(parent, Args{&value, 1}, nullptr);
    }
}

}  // namespace

Object current() {
    if (tl_current.null()) tl_current = immortal(Object::adopt(new GreenletObj(GreenletObj::MainTag{})));
    return tl_current;
}

Object switch_to(const Object& target_obj, const Args& a, std::exception_ptr error) {
    GreenletObj* self = as_greenlet(current());
    GreenletObj* target = first_live(as_greenlet(target_obj));
    if (error && target->state == State::Pending) return throw_unstarted(target, std::move(error));
    if (target == self) {
        if (error) std::rethrow_exception(error);
        return pack(a);
    }
    if (target->state == State::Pending) prepare_start(target, positional(a), keywords(a));
    else if (!error) tl_passed = pack(a);  // a thrown exception passes no value
    return transfer(self, target, std::move(error));
}

bool kill_suspended(GreenletObj* g) {
    g->parent = current();
    Object exit = call(greenlet_exit_class());
    try {
        switch_to(Object::borrow(g), Args{}, std::make_exception_ptr(PyExc{exit}));
    } catch (const PyExc& e) {
        write_unraisable(Object::borrow(g), e.exc);
        return true;
    }
    return g->state == State::Dead;
}

Object suspended_frame(GreenletObj* g) {
    if (g->state != State::Active || tl_current.ptr() == g) return None();
    return frame_object(frame_chain(fiber_of(g).saved_state().frame));
}

void discard_suspended(GreenletObj* g) noexcept {
    if (g->state != State::Active || g->is_main || tl_current.ptr() == g) return;
    g->fiber.reset();
    g->state = State::Dead;
    exit_registry_remove(g);
}

}  // namespace pyco::greenlet
