// CPython's asyncio/protocols.py and transports.py (the interfaces a program's protocol and transport classes
// extend), and the stream exceptions of exceptions.py (IncompleteReadError, LimitOverrunError,
// SendfileNotAvailableError). They are Python classes in CPython, and are made as classes here too (type(...)
// with C++ functions as methods), so that a program subclasses them, calls super() and sees CPython's argument
// errors. pyco has no sockets or pipes yet: nothing in the runtime creates a transport or calls a protocol.
#include <fmt/format.h>

#include "internal/asyncio.h"
#include "internal/class_layout.h"
#include "internal/module_registry.h"
#include "internal/native_function.h"
#include "internal/values.h"
#include "pyco/module.h"
#include "pyco/ops.h"

namespace pyco {
namespace {

// The arguments bound as the Python method's would be (CPython's TypeErrors), into `out`.
std::vector<Object> bound(FunctionObj* f, const Args& a) {
    std::vector<Object> out(bound_slots(f->info));
    bind_args(f, a, out.data());
    return out;
}

// `def m(self, ...): pass` (the protocols' callbacks) and `def m(self, ...): raise NotImplementedError`.
Object noop_entry(FunctionObj* f, const Args& a) {
    bound(f, a);
    return None();
}
Object abstract_entry(FunctionObj* f, const Args& a) {
    bound(f, a);
    raise_(new_exception(NotImplementedErrorType, {}));
}

// What needs sockets, pipes or child processes, which pyco's loop does not have yet: the names exist (a program
// may import them, name them in annotations, test isinstance against the classes), and using one says so.
Object unsupported_entry(FunctionObj* f, const Args&) {
    std::string_view q = f->info->qualname;
    bool streams = q.find("connection") != q.npos || q.find("server") != q.npos || q.find("Stream") != q.npos ||
                   q.find("Server") != q.npos;
    raise(NotImplementedErrorType,
          fmt::format("pyco does not support {} yet: asyncio.{}", streams ? "streams and servers" : "subprocesses",
                      q.substr(0, q.rfind(".__init__"))));
}

// BaseTransport.__init__(self, extra=None) and get_extra_info(self, name, default=None).
Object transport_init(FunctionObj* f, const Args& a) {
    std::vector<Object> v = bound(f, a);
    setattr(v[0], "_extra", is_none(v[1]) ? dict_() : v[1]);
    return None();
}
Object transport_get_extra_info(FunctionObj* f, const Args& a) {
    std::vector<Object> v = bound(f, a);
    return call_method(getattr(v[0], "_extra"), "get", {v[1], v[2]});
}
// WriteTransport.writelines(self, list_of_data): self.write(b''.join(list_of_data)).
Object transport_writelines(FunctionObj* f, const Args& a) {
    std::vector<Object> v = bound(f, a);
    Object data = call_method(call(type_object(BytesType), {}), "join", {v[1]});
    call_method(v[0], "write", {data});
    return None();
}

// IncompleteReadError(partial, expected) and LimitOverrunError(message, consumed).
Object incomplete_read_init(FunctionObj* f, const Args& a) {
    std::vector<Object> v = bound(f, a);
    std::string expected = is_none(v[2]) ? "undefined" : repr_utf8(v[2]);
    std::string msg = fmt::format("{} bytes read on a total of {} expected bytes", len(v[1]), expected);
    call(getattr(type_object(EOFErrorType), "__init__"), {v[0], str_(msg)});
    setattr(v[0], "partial", v[1]);
    setattr(v[0], "expected", v[2]);
    return None();
}
Object incomplete_read_reduce(FunctionObj* f, const Args& a) {
    std::vector<Object> v = bound(f, a);
    return tuple_({type_object(*v[0].type()), tuple_({getattr(v[0], "partial"), getattr(v[0], "expected")})});
}
Object limit_overrun_init(FunctionObj* f, const Args& a) {
    std::vector<Object> v = bound(f, a);
    call(getattr(type_object(ExceptionType), "__init__"), {v[0], v[1]});
    setattr(v[0], "consumed", v[2]);
    return None();
}
Object limit_overrun_reduce(FunctionObj* f, const Args& a) {
    std::vector<Object> v = bound(f, a);
    return tuple_({type_object(*v[0].type()), tuple_({tuple_items(getattr(v[0], "args"))[0], getattr(v[0], "consumed")})});
}

struct Method {
    const char* name;
    std::vector<std::string> params;  // self first
    Entry entry = noop_entry;
    size_t none_defaults = 0;  // how many of the last params default to None
};

// A class made as a class statement in `module` would make it.
// `slots`: the class's __slots__ (null: none, a __dict__ for its instances).
Object make_class(const char* module, const char* name, std::vector<Object> bases, const Object& slots,
                  const std::vector<Method>& methods) {
    Object ns = dict_();
    dict_set(ns, str_("__module__"), str_(module));
    dict_set(ns, str_("__qualname__"), str_(name));
    if (!slots.null()) dict_set(ns, str_("__slots__"), slots);
    for (const Method& m : methods) {
        const FuncInfo& info = intern_func_info(m.name, fmt::format("{}.{}", name, m.name), m.params);
        Object fn = make_function(&info, m.entry, std::vector<Object>(m.none_defaults, None()));
        setattr(fn, "__module__", str_(module));
        dict_set(ns, str_(m.name), fn);
    }
    return immortal(new_class(&TypeType, str_(name), tuple_from(std::move(bases)), ns, Object()));
}

Method abstract(const char* name, std::vector<std::string> params, size_t none_defaults = 0) {
    return Method{name, std::move(params), abstract_entry, none_defaults};
}

}  // namespace

void add_asyncio_protocol_classes(ModuleObj& m) {
    const char* P = "asyncio.protocols";
    Object base = make_class(P, "BaseProtocol", {}, tuple_({}),
                             {{"connection_made", {"self", "transport"}}, {"connection_lost", {"self", "exc"}},
                              {"pause_writing", {"self"}}, {"resume_writing", {"self"}}});
    module_add(m, "BaseProtocol", base);
    module_add(m, "Protocol", make_class(P, "Protocol", {base}, tuple_({}),
                                         {{"data_received", {"self", "data"}}, {"eof_received", {"self"}}}));
    module_add(m, "BufferedProtocol",
               make_class(P, "BufferedProtocol", {base}, tuple_({}),
                          {{"get_buffer", {"self", "sizehint"}}, {"buffer_updated", {"self", "nbytes"}},
                           {"eof_received", {"self"}}}));
    module_add(m, "DatagramProtocol",
               make_class(P, "DatagramProtocol", {base}, tuple_({}),
                          {{"datagram_received", {"self", "data", "addr"}}, {"error_received", {"self", "exc"}}}));
    module_add(m, "SubprocessProtocol",
               make_class(P, "SubprocessProtocol", {base}, tuple_({}),
                          {{"pipe_data_received", {"self", "fd", "data"}},
                           {"pipe_connection_lost", {"self", "fd", "exc"}}, {"process_exited", {"self"}}}));

    const char* T = "asyncio.transports";
    Object transport = make_class(T, "BaseTransport", {}, tuple_({str_("_extra")}),
                                  {{"__init__", {"self", "extra"}, transport_init, 1},
                                   {"get_extra_info", {"self", "name", "default"}, transport_get_extra_info, 1},
                                   abstract("is_closing", {"self"}), abstract("close", {"self"}),
                                   abstract("set_protocol", {"self", "protocol"}), abstract("get_protocol", {"self"})});
    module_add(m, "BaseTransport", transport);
    Object read = make_class(T, "ReadTransport", {transport}, tuple_({}),
                             {abstract("is_reading", {"self"}), abstract("pause_reading", {"self"}),
                              abstract("resume_reading", {"self"})});
    module_add(m, "ReadTransport", read);
    Object write = make_class(
        T, "WriteTransport", {transport}, tuple_({}),
        {abstract("set_write_buffer_limits", {"self", "high", "low"}, 2), abstract("get_write_buffer_size", {"self"}),
         abstract("get_write_buffer_limits", {"self"}), abstract("write", {"self", "data"}),
         {"writelines", {"self", "list_of_data"}, transport_writelines}, abstract("write_eof", {"self"}),
         abstract("can_write_eof", {"self"}), abstract("abort", {"self"})});
    module_add(m, "WriteTransport", write);
    module_add(m, "Transport", make_class(T, "Transport", {read, write}, tuple_({}), {}));
    module_add(m, "DatagramTransport",
               make_class(T, "DatagramTransport", {transport}, tuple_({}),
                          {abstract("sendto", {"self", "data", "addr"}, 1), abstract("abort", {"self"})}));
    module_add(m, "SubprocessTransport",
               make_class(T, "SubprocessTransport", {transport}, tuple_({}),
                          {abstract("get_pid", {"self"}), abstract("get_returncode", {"self"}),
                           abstract("get_pipe_transport", {"self", "fd"}), abstract("send_signal", {"self", "signal"}),
                           abstract("terminate", {"self"}), abstract("kill", {"self"})}));

    // Streams, servers and subprocesses: classes that cannot be made yet, functions that raise.
    auto unsupported_class = [&](const char* module, const char* name, std::vector<Object> bases) {
        Object cls = make_class(module, name, std::move(bases), Object(),
                                {{"__init__", {"self"}, unsupported_entry}});
        module_add(m, name, cls);
        return cls;
    };
    const char* S = "asyncio.streams";
    unsupported_class(S, "StreamReader", {});
    unsupported_class(S, "StreamWriter", {});
    unsupported_class(S, "StreamReaderProtocol", {getattr(Object::borrow(&m), "Protocol")});
    Object abstract_server = unsupported_class("asyncio.events", "AbstractServer", {});
    unsupported_class("asyncio.base_events", "Server", {abstract_server});
    const char* U = "asyncio.unix_events";
    Object watcher = unsupported_class(U, "AbstractChildWatcher", {});
    for (const char* name : {"SafeChildWatcher", "FastChildWatcher", "MultiLoopChildWatcher", "ThreadedChildWatcher",
                             "PidfdChildWatcher"})
        unsupported_class(U, name, {watcher});
    for (auto [module, name] : std::initializer_list<std::pair<const char*, const char*>>{
             {S, "open_connection"}, {S, "start_server"}, {S, "open_unix_connection"}, {S, "start_unix_server"},
             {"asyncio.subprocess", "create_subprocess_exec"}, {"asyncio.subprocess", "create_subprocess_shell"},
             {"asyncio.events", "get_child_watcher"}, {"asyncio.events", "set_child_watcher"}}) {
        const FuncInfo& info = intern_func_info(name, name, {}, {});
        Object fn = make_function(&info, unsupported_entry);
        setattr(fn, "__module__", str_(module));
        module_add(m, name, immortal(fn));
    }

    const char* E = "asyncio.exceptions";
    module_add(m, "IncompleteReadError",
               make_class(E, "IncompleteReadError", {type_object(EOFErrorType)}, Object(),
                          {{"__init__", {"self", "partial", "expected"}, incomplete_read_init},
                           {"__reduce__", {"self"}, incomplete_read_reduce}}));
    module_add(m, "LimitOverrunError",
               make_class(E, "LimitOverrunError", {type_object(ExceptionType)}, Object(),
                          {{"__init__", {"self", "message", "consumed"}, limit_overrun_init},
                           {"__reduce__", {"self"}, limit_overrun_reduce}}));
    module_add(m, "SendfileNotAvailableError",
               make_class(E, "SendfileNotAvailableError", {type_object(RuntimeErrorType)}, Object(), {}));
}

}  // namespace pyco
