// The loop and its handles as Python objects: `asyncio.get_running_loop().create_future()`, `loop.call_later(...)`
// returning a TimerHandle, `loop.time()`, and their reprs. The loop's classes are CPython's chain,
// AbstractEventLoop <- BaseEventLoop <- BaseSelectorEventLoop <- _UnixSelectorEventLoop (SelectorEventLoop), and
// a program may subclass the last three (loop_overrides.cpp: which overrides asyncio itself calls).
#include <fmt/format.h>

#include "internal/class_layout.h"
#include "internal/contextvars.h"
#include "internal.h"
#include "internal/type_setup.h"
#include "pyco/ops.h"
#include "internal/values.h"

namespace pyco {

Type AbstractEventLoopType("AbstractEventLoop", "asyncio.events", &ObjectType);
Type BaseEventLoopType("BaseEventLoop", "asyncio.base_events", &AbstractEventLoopType);
Type BaseSelectorEventLoopType("BaseSelectorEventLoop", "asyncio.selector_events", &BaseEventLoopType);
Type LoopType("_UnixSelectorEventLoop", "asyncio.unix_events", &BaseSelectorEventLoopType);
Type HandleType("Handle", "asyncio.events", &ObjectType);
Type TimerHandleType("TimerHandle", "asyncio.events", &HandleType);

namespace {

LoopObj* self_loop(const Args& a) { return as_loop(a[0]); }

// The callback and its *args as a Python handle: fn = call_python_args(callback, args tuple).
Handle python_handle(const Args& a, size_t callback_index) {
    if (a.npos <= callback_index) raise(TypeErrorType, "missing callback argument");
    std::vector<Object> rest(a.pos + callback_index + 1, a.pos + a.npos);
    return Handle{call_python_args, a[callback_index], tuple_from(std::move(rest))};
}

// BaseEventLoop's own methods: what a subclass reaches through super(), so none dispatches to an override of
// itself; call_later goes through call_at as CPython's does.
Object m_create_future(const Args& a) { return base_create_future(self_loop(a)); }

Object m_create_task(const Args& a) {
    check_nargs("create_task", a, 2, 2);
    return loop_create_task(self_loop(a), a[1], kwarg(a, "name"), kwarg(a, "context"));
}
Object m_get_task_factory(const Args& a) {
    check_nargs("get_task_factory", a, 1, 1);
    const Object& f = self_loop(a)->task_factory;
    return f.null() ? None() : f;
}
Object m_set_task_factory(const Args& a) {
    check_nargs("set_task_factory", a, 2, 2);
    if (!is_none(a[1]) && !a[1].type()->call) raise(TypeErrorType, "task factory must be a callable or None");
    self_loop(a)->task_factory = is_none(a[1]) ? Object() : a[1];
    return None();
}

Object m_call_soon(const Args& a) {
    Handle h = python_handle(a, 1);
    return call_soon_handle(self_loop(a), h.fn, h.a, h.b);
}

Object m_call_later(const Args& a) {
    if (a.npos < 2) raise(TypeErrorType, "call_later() missing required argument 'delay'");
    Handle h = python_handle(a, 2);
    return call_later_via_call_at(self_loop(a), float_value(a[1]), h.fn, h.a, h.b);
}

Object m_call_at(const Args& a) {
    if (a.npos < 2) raise(TypeErrorType, "call_at() missing required argument 'when'");
    Handle h = python_handle(a, 2);
    return base_call_at(self_loop(a), seconds_to_ns(float_value(a[1])), h.fn, h.a, h.b);
}

Object m_time(const Args&) { return float_(double(monotonic_ns()) / 1e9); }
Object m_run_until_complete(const Args& a) {
    check_nargs("run_until_complete", a, 2, 2);
    return run_until_complete(self_loop(a), a[1]);
}
Object m_run_forever(const Args& a) {
    run_forever(self_loop(a));
    return None();
}
Object m_stop(const Args& a) {
    loop_stop(self_loop(a));
    return None();
}
Object m_close(const Args& a) {
    loop_close(self_loop(a));
    return None();
}
Object m_is_running(const Args& a) { return bool_(self_loop(a)->running); }
Object m_is_closed(const Args& a) { return bool_(self_loop(a)->closed); }
Object debug_of(LoopObj* l) { return l->debug_value.null() ? bool_(false) : l->debug_value; }
Object m_get_debug(const Args& a) { return debug_of(self_loop(a)); }
Object m_set_debug(const Args& a) {
    check_nargs("set_debug", a, 2, 2);
    self_loop(a)->debug = truthy(a[1]);
    self_loop(a)->debug_value = a[1];
    return None();
}

Object m_get_exception_handler(const Args& a) {
    const Object& h = self_loop(a)->exception_handler;
    return h.null() ? None() : h;
}
Object m_set_exception_handler(const Args& a) {
    check_nargs("set_exception_handler", a, 2, 2);
    if (!is_none(a[1]) && !a[1].type()->call)
        raise(TypeErrorType, fmt::format("A callable object or None is expected, got {}", repr_utf8(a[1])));
    self_loop(a)->exception_handler = is_none(a[1]) ? Object() : a[1];
    return None();
}
Object m_call_exception_handler(const Args& a) {
    check_nargs("call_exception_handler", a, 2, 2);
    base_call_exception_handler(self_loop(a), a[1]);
    return None();
}
Object m_default_exception_handler(const Args& a) {
    check_nargs("default_exception_handler", a, 2, 2);
    default_exception_handler(a[1]);
    return None();
}
Object m_shutdown_asyncgens(const Args& a) {
    check_nargs("shutdown_asyncgens", a, 1, 1);
    return shutdown_asyncgens(self_loop(a));
}

// The attributes base_events.BaseEventLoop keeps public: slow_callback_duration.
// The attributes of BaseEventLoop's instances that code outside the loop reads or sets: the executor's are
// _asyncio_threads.py's (asyncio/executors.cpp).
Object loop_getattr(const Object& o, std::string_view name) {
    LoopObj* l = as_loop(o);
    if (name == "slow_callback_duration") return float_(l->slow_callback_duration);
    if (name == "_default_executor") return l->default_executor.null() ? None() : l->default_executor;
    if (name == "_executor_shutdown_called") return bool_(l->executor_shutdown_called);
    return {};
}
void loop_setattr(const Object& o, std::string_view name, const Object& v) {
    LoopObj* l = as_loop(o);
    if (name == "_default_executor" && !v.null()) {
        l->default_executor = is_none(v) ? Object() : v;
    } else if (name == "_executor_shutdown_called" && !v.null()) {
        l->executor_shutdown_called = truthy(v);
    } else if (name == "slow_callback_duration" && !v.null()) {
        l->slow_callback_duration = float_value(v);
    } else {
        raise(AttributeErrorType, fmt::format("'{}' object has no attribute '{}'", o.type()->name, name));
    }
}

std::string loop_repr(const Object& o) {
    LoopObj* l = as_loop(o);
    return fmt::format("<{} running={} closed={} debug={}>", o.type()->name, l->running ? "True" : "False",
                       l->closed ? "True" : "False", repr_utf8(debug_of(l)));
}

// events.Handle._repr_info.
std::string handle_repr(const Object& o) {
    auto* t = o.as<TimerObj>();
    std::string s = "<" + o.type()->name;
    if (t->cancelled) s += " cancelled";
    if (o.type() == &TimerHandleType) s += " when=" + repr_utf8(float_(double(t->when) / 1e9));
    if (t->h.fn) s += " " + callback_repr(t->h.fn, t->h.a, t->h.b);
    return s + ">";
}

// BaseEventLoop() and SelectorEventLoop(selector=None): a new loop of that class.
Object loop_ctor(const Type& cls, const Args& a) {
    if (a.npos > (&cls == &BaseEventLoopType ? 0u : 1u) || a.nkw > 1)
        raise(TypeErrorType, fmt::format("{}.__init__() takes too many arguments", cls.name));
    Object loop = cls.is_subtype_of(&BaseSelectorEventLoopType) ? new_event_loop() : Object::adopt(new LoopObj());
    loop.ptr()->type = &cls;
    return loop;
}

Object m_handle_cancel(const Args& a) {
    timer_cancel(a[0]);
    return None();
}
Object m_handle_cancelled(const Args& a) { return bool_(a[0].as<TimerObj>()->cancelled); }
Object m_handle_when(const Args& a) { return float_(double(a[0].as<TimerObj>()->when) / 1e9); }

}  // namespace

void setup_asyncio_loop_object() {
    add_abstract_loop_methods(AbstractEventLoopType);
    allow_plain_subclasses(AbstractEventLoopType);
    for (Type* t : {&BaseEventLoopType, &BaseSelectorEventLoopType, &LoopType}) {
        set_slots(*t, {.repr = loop_repr, .getattr = loop_getattr, .setattr = loop_setattr});
        set_type_constructor(*t, loop_ctor);
        allow_native_subclasses<LoopObj>(*t);
    }
    add_methods(BaseEventLoopType, {{"create_future", m_create_future}, {"create_task", m_create_task},
                           {"call_soon", m_call_soon}, {"call_later", m_call_later}, {"call_at", m_call_at},
                           {"time", m_time}, {"run_until_complete", m_run_until_complete},
                           {"run_forever", m_run_forever}, {"stop", m_stop}, {"close", m_close},
                           {"is_running", m_is_running}, {"is_closed", m_is_closed}, {"get_debug", m_get_debug},
                           {"set_debug", m_set_debug}, {"get_exception_handler", m_get_exception_handler},
                           {"set_exception_handler", m_set_exception_handler},
                           {"call_exception_handler", m_call_exception_handler},
                           {"default_exception_handler", m_default_exception_handler},
                           {"shutdown_asyncgens", m_shutdown_asyncgens},
                           {"get_task_factory", m_get_task_factory}, {"set_task_factory", m_set_task_factory}});
    set_slots(HandleType, {.repr = handle_repr});
    add_methods(HandleType, {{"cancel", m_handle_cancel}, {"cancelled", m_handle_cancelled}});
    set_slots(TimerHandleType, {.repr = handle_repr});
    add_methods(TimerHandleType, {{"when", m_handle_when}});
}

}  // namespace pyco
