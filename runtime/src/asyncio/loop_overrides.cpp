// A program's subclass of the loop (`class TracingLoop(asyncio.SelectorEventLoop)`): CPython's asyncio calls
// some loop methods by name (a future's callbacks and a task's steps go through `loop.call_soon`, sleep
// through `loop.call_later`, ...), so an override sees every call asyncio makes. pyco's asyncio calls C++
// functions instead; each of those asks here whether the loop's class overrides the method, and if so calls the
// override with the callback as a Python callable. Also AbstractEventLoop's methods, which raise
// NotImplementedError as its abstract methods do.
#include <fmt/format.h>

#include <utility>

#include "internal.h"
#include "internal/class_layout.h"
#include "internal/type_setup.h"
#include "pyco/ops.h"

namespace pyco {

namespace {

// A callback of asyncio's own (a task's step, a waiter's wakeup) as the callable an override receives.
Type LoopCallbackType("LoopCallback", "_asyncio", &ObjectType);

struct LoopCallbackObj : Obj {
    Handle h;
    explicit LoopCallbackObj(Handle handle) : Obj(&LoopCallbackType), h(std::move(handle)) {}
};

Object loop_callback_call(const Object& self, const Args& a) {
    if (a.npos || a.nkw) type_error("LoopCallback takes no arguments");
    const Handle& h = self.as<LoopCallbackObj>()->h;
    h.fn(h.a, h.b);
    return None();
}

std::string loop_callback_repr(const Object& self) {
    const Handle& h = self.as<LoopCallbackObj>()->h;
    return "<LoopCallback " + callback_repr(h.fn, h.a, h.b) + ">";
}

// The override's arguments after `leading`: the Python callback and its arguments as the handle holds them.
void push_callback(std::vector<Object>& args, HandleFn fn, const Object& a, const Object& b) {
    if (fn == call_python_1) {
        args.push_back(a);
        args.push_back(b);
    } else if (fn == call_python_args) {
        args.push_back(a);
        if (!b.null())
            for (const Object& x : tuple_items(b)) args.push_back(x);
    } else {
        args.push_back(Object::adopt(new LoopCallbackObj(Handle{fn, a, b})));
    }
}

// ---- AbstractEventLoop ----

constexpr const char* kAbstractMethods[] = {
    "run_forever", "run_until_complete", "stop", "is_running", "is_closed", "close", "shutdown_asyncgens",
    "shutdown_default_executor", "call_soon", "call_later", "call_at", "time", "create_future", "create_task",
    "call_soon_threadsafe", "run_in_executor", "set_default_executor", "getaddrinfo", "getnameinfo",
    "create_connection", "create_server", "sendfile", "start_tls", "create_unix_connection", "create_unix_server",
    "connect_accepted_socket", "create_datagram_endpoint", "connect_read_pipe", "connect_write_pipe",
    "subprocess_shell", "subprocess_exec", "add_reader", "remove_reader", "add_writer", "remove_writer", "sock_recv",
    "sock_recv_into", "sock_recvfrom", "sock_recvfrom_into", "sock_sendall", "sock_sendto", "sock_connect",
    "sock_accept", "sock_sendfile", "add_signal_handler", "remove_signal_handler", "set_task_factory",
    "get_task_factory", "get_exception_handler", "set_exception_handler", "default_exception_handler",
    "call_exception_handler", "get_debug", "set_debug"};

// NotImplementedError(), as AbstractEventLoop's methods raise; on pyco's own loop, which inherits the ones
// BaseEventLoop does not implement yet, the error says so instead of pretending the method is abstract.
template <size_t I>
Object abstract_method(const Args& a) {
    if (a.npos && isinstance(a[0], BaseEventLoopType) && !BaseEventLoopType.methods.count(kAbstractMethods[I]))
        raise(NotImplementedErrorType, fmt::format("pyco's event loop does not implement {}() yet", kAbstractMethods[I]));
    raise_(new_exception(NotImplementedErrorType, {}));
}

template <size_t... I>
void add_abstract(Type& t, std::index_sequence<I...>) {
    add_methods(t, {MethodDef{kAbstractMethods[I], abstract_method<I>}...});
}

}  // namespace

LoopObj* loop_of(const Object& o, const char* what) {
    if (isinstance(o, BaseEventLoopType)) return as_loop(o);
    raise(TypeErrorType, fmt::format("{}: pyco runs asyncio on asyncio.BaseEventLoop and its subclasses only, not '{}'",
                                     what, type_name(o)));
}

bool loop_overrides(const LoopObj* loop, const char* name) {
    if (!is_user_class(loop->type)) return false;
    Object found = lookup_mro(loop->type, name);
    auto own = BaseEventLoopType.methods.find(name);
    return !found.null() && (own == BaseEventLoopType.methods.end() || !is_(found, own->second));
}

Object call_override_with_handle(LoopObj* loop, const char* name, std::vector<Object> args, HandleFn fn,
                                 const Object& a, const Object& b) {
    push_callback(args, fn, a, b);
    Object r = call(getattr(Object::borrow(loop), name), Args{args.data(), args.size(), nullptr, 0});
    // A timer handle the caller may cancel (sleep, wait_for): what BaseEventLoop's methods return.
    if (std::string_view(name) != "call_soon" && !isinstance(r, TimerHandleType))
        raise(TypeErrorType, fmt::format("pyco needs {}() to return an asyncio.TimerHandle, got {}", name, repr_utf8(r)));
    return r;
}

void add_abstract_loop_methods(Type& t) {
    add_abstract(t, std::make_index_sequence<std::size(kAbstractMethods)>{});
}

void setup_asyncio_loop_overrides() {
    set_slots(LoopCallbackType, {.repr = loop_callback_repr, .call = loop_callback_call});
}

}  // namespace pyco
