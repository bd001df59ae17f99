// The `asyncio` module as programs see it: the functions, classes and constants pyco provides, and the rest of
// CPython 3.11's dir(asyncio) as names only, so that a typo gets CPython's "Did you mean" suggestion.
#include <fmt/format.h>

#include "internal/contextvars.h"
#include "internal.h"
#include "internal/type_setup.h"
#include "pyco/module.h"
#include "pyco/ops.h"
#include "pyco/program.h"
#include "internal/class_lookup.h"
#include "internal/values.h"
#include "internal/module_registry.h"

namespace pyco {

extern Type PartialType;  // functools.partial (modules/functools.cpp)
namespace {

LoopObj* loop_arg(const Object& loop) {
    if (loop.null() || is_none(loop)) return get_running_loop();
    return loop_of(loop, "loop");
}

Object f_run(const Args& a) {
    check_nargs("run", a, 1, 1);
    Object debug = kwarg(a, "debug");
    return asyncio_run(a[0], debug.null() ? None() : debug);
}

Object f_sleep(const Args& a) {
    Object delay = aio::arg_or_kw(a, 0, "delay");
    if (delay.null()) raise(TypeErrorType, "sleep() missing 1 required positional argument: 'delay'");
    Object result = aio::arg_or_kw(a, 1, "result");
    return sleep(delay, result.null() ? None() : result);
}

Object f_create_task(const Args& a) {
    check_nargs("create_task", a, 1, 1);
    return create_task_running(a[0], kwarg(a, "name"), kwarg(a, "context"));
}

Object f_gather(const Args& a) {
    Object rx = kwarg(a, "return_exceptions");
    std::vector<Object> aws(a.pos, a.pos + a.npos);
    return gather(aws, !rx.null() && truthy(rx));
}

Object f_wait(const Args& a) {
    Object fs = aio::arg_or_kw(a, 0, "fs");
    if (fs.null()) raise(TypeErrorType, "wait() missing 1 required positional argument: 'fs'");
    return wait(fs, kwarg(a, "timeout"), kwarg(a, "return_when"));
}

Object f_wait_for(const Args& a) {
    Object fut = aio::arg_or_kw(a, 0, "fut");
    Object timeout = aio::arg_or_kw(a, 1, "timeout");
    if (fut.null()) raise(TypeErrorType, "wait_for() missing 2 required positional arguments: 'fut' and 'timeout'");
    if (timeout.null()) raise(TypeErrorType, "wait_for() missing 1 required positional argument: 'timeout'");
    return wait_for(fut, timeout);
}

Object f_as_completed(const Args& a) {
    static const aio::Signature sig("as_completed", {"fs"}, {}, {"timeout"});
    std::vector<Object> v = sig.bind(a);
    return as_completed(v[0], v[1]);
}

Object f_shield(const Args& a) {
    check_nargs("shield", a, 1, 1);
    return shield(a[0]);
}

Object f_get_running_loop(const Args&) { return Object::borrow(get_running_loop()); }
Object f_get_event_loop(const Args&) { return get_event_loop(); }
Object f_new_event_loop(const Args& a) {
    check_nargs("new_event_loop", a, 0, 0);
    return policy_new_event_loop();
}
Object f_get_event_loop_policy(const Args& a) {
    check_nargs("get_event_loop_policy", a, 0, 0);
    return get_event_loop_policy();
}
Object f_set_event_loop_policy(const Args& a) {
    check_nargs("set_event_loop_policy", a, 1, 1);
    set_event_loop_policy(a[0]);
    return None();
}
Object f_set_event_loop(const Args& a) {
    check_nargs("set_event_loop", a, 1, 1);
    set_event_loop(a[0]);
    return None();
}

Object f_ensure_future(const Args& a) {
    Object obj = aio::arg_or_kw(a, 0, "coro_or_future");
    Object loop = kwarg(a, "loop");
    return ensure_future(obj, loop.null() || is_none(loop) ? nullptr : loop_of(loop, "ensure_future()"));
}

Object f_current_task(const Args& a) { return current_task(loop_arg(aio::arg_or_kw(a, 0, "loop"))); }
Object f_all_tasks(const Args& a) { return all_tasks(loop_arg(aio::arg_or_kw(a, 0, "loop"))); }
Object f_get_running_loop_or_none(const Args& a) {
    check_nargs("_get_running_loop", a, 0, 0);
    LoopObj* l = running_loop();
    return l ? Object::borrow(l) : None();
}
Object f_set_running_loop(const Args& a) {
    check_nargs("_set_running_loop", a, 1, 1);
    // The running loop is a plain pointer; a loop set here is kept alive until another is set (CPython's
    // _running_loop holds a reference too).
    static Object* held = new Object();
    set_running_loop(is_none(a[0]) ? nullptr : loop_of(a[0], "_set_running_loop()"));
    *held = is_none(a[0]) ? Object() : a[0];
    return None();
}
Object f_enter_task(const Args& a) {
    check_nargs("_enter_task", a, 2, 2);
    python_enter_task(a[0], a[1]);
    return None();
}
Object f_leave_task(const Args& a) {
    check_nargs("_leave_task", a, 2, 2);
    python_leave_task(a[0], a[1]);
    return None();
}
Object f_register_task(const Args& a) {
    check_nargs("_register_task", a, 1, 1);
    python_register_task(a[0], true);
    return None();
}
Object f_unregister_task(const Args& a) {
    check_nargs("_unregister_task", a, 1, 1);
    python_register_task(a[0], false);
    return None();
}
Object f_isfuture(const Args& a) { return bool_(is_future(a[0])); }
// coroutines.iscoroutine: a coroutine, or an instance of collections.abc.Coroutine, whose __subclasshook__ wants
// __await__, send, throw and close (none of them None) along the class's MRO, or which had it registered.
Object f_iscoroutine(const Args& a) {
    check_nargs("iscoroutine", a, 1, 1);
    if (is_coroutine(a[0])) return bool_(true);
    bool all = true;
    for (const char* name : {"__await__", "send", "throw", "close"}) {
        Object m = lookup_mro(a[0].type(), name);
        if (m.null() || is_none(m)) all = false;
    }
    if (all) return bool_(true);
    Object abc = dict_get(sys_modules(), str_("collections.abc"));  // registrations exist only once imported
    return bool_(!abc.null() && isinstance_check(a[0], getattr(abc, "Coroutine")));
}
// inspect.iscoroutinefunction: an `async def` function (not an async generator), also seen through bound methods
// and then functools.partial objects, as inspect._has_code_flag unwraps them.
Object f_iscoroutinefunction(const Args& a) {
    check_nargs("iscoroutinefunction", a, 1, 1);
    Object f = a[0];
    while (f.is_ptr() && f.type() == &MethodType) f = f.as<MethodObj>()->func;
    while (isinstance(f, PartialType)) f = getattr(f, "func");
    while (f.is_ptr() && f.type() == &MethodType) f = f.as<MethodObj>()->func;  // a bound method is function-like
    if (!f.is_ptr() || f.type() != &FunctionType) return bool_(false);
    const FuncInfo* info = f.as<FunctionObj>()->info;
    return bool_(info->is_async && !info->is_generator);
}

// asyncio.__all__ in CPython 3.11's order (its submodules' __all__ one after another); the module's __all__ holds
// those of them pyco has.
const char* const kAllNames[] = {
    "BaseEventLoop", "Server", "iscoroutinefunction", "iscoroutine", "AbstractEventLoopPolicy",
    "AbstractEventLoop", "AbstractServer", "Handle", "TimerHandle", "get_event_loop_policy",
    "set_event_loop_policy", "get_event_loop", "set_event_loop", "new_event_loop", "get_child_watcher",
    "set_child_watcher", "_set_running_loop", "get_running_loop", "_get_running_loop", "BrokenBarrierError",
    "CancelledError", "InvalidStateError", "TimeoutError", "IncompleteReadError", "LimitOverrunError",
    "SendfileNotAvailableError", "Future", "wrap_future", "isfuture", "Lock", "Event", "Condition", "Semaphore",
    "BoundedSemaphore", "Barrier", "BaseProtocol", "Protocol", "DatagramProtocol", "SubprocessProtocol",
    "BufferedProtocol", "Runner", "run", "Queue", "PriorityQueue", "LifoQueue", "QueueFull", "QueueEmpty",
    "StreamReader", "StreamWriter", "StreamReaderProtocol", "open_connection", "start_server",
    "open_unix_connection", "start_unix_server", "create_subprocess_exec", "create_subprocess_shell", "Task",
    "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "wait", "wait_for", "as_completed",
    "sleep", "gather", "shield", "ensure_future", "run_coroutine_threadsafe", "current_task", "all_tasks",
    "_register_task", "_unregister_task", "_enter_task", "_leave_task", "to_thread", "Timeout", "timeout",
    "timeout_at", "BaseTransport", "ReadTransport", "WriteTransport", "Transport", "DatagramTransport",
    "SubprocessTransport", "SelectorEventLoop", "AbstractChildWatcher", "SafeChildWatcher", "FastChildWatcher",
    "PidfdChildWatcher", "MultiLoopChildWatcher", "ThreadedChildWatcher", "DefaultEventLoopPolicy",
};

// dir(asyncio) of CPython 3.11.7 minus what pyco provides: candidates for "Did you mean" only.
const char* const kOtherNames[] = {
    "__builtins__", "__cached__", "__doc__", "__file__", "__loader__", "__name__",
    "__package__", "__path__", "__spec__", "base_events", "base_futures", "base_subprocess", "base_tasks",
    "constants", "coroutines", "events", "exceptions",
    "format_helpers", "futures", "locks",
    "log", "mixins", "queues",
    "runners", "selector_events", "sslproto", "staggered",
    "streams", "subprocess", "sys", "taskgroups", "tasks", "threads",
    "timeouts", "trsock", "unix_events",
};

}  // namespace

void setup_asyncio_module() {
    // Tasks still pending when the program ends are reported as CPython's last garbage collection does.
    at_finalize(aio::finalize_pending_tasks);
}

void init_asyncio_module(ModuleObj& m) {
    module_add_function(m, "run", f_run);
    module_add(m, "sleep", immortal(make_builtin("sleep", f_sleep)));
    aio::set_sleep_builtin(m.dict["sleep"]);
    module_add_function(m, "create_task", f_create_task);
    module_add_function(m, "gather", f_gather);
    module_add_function(m, "wait", f_wait);
    module_add_function(m, "wait_for", f_wait_for);
    module_add_function(m, "shield", f_shield);
    module_add_function(m, "get_running_loop", f_get_running_loop);
    module_add_function(m, "get_event_loop", f_get_event_loop);
    module_add_function(m, "new_event_loop", f_new_event_loop);
    module_add_function(m, "set_event_loop", f_set_event_loop);
    module_add_function(m, "get_event_loop_policy", f_get_event_loop_policy);
    module_add_function(m, "set_event_loop_policy", f_set_event_loop_policy);
    module_add(m, "AbstractEventLoopPolicy", type_object(AbstractEventLoopPolicyType));
    module_add(m, "DefaultEventLoopPolicy", type_object(DefaultEventLoopPolicyType));
    module_add_function(m, "ensure_future", f_ensure_future);
    add_executor_functions(m);
    module_add_function(m, "current_task", f_current_task);
    module_add_function(m, "all_tasks", f_all_tasks);
    module_add_function(m, "isfuture", f_isfuture);
    module_add_function(m, "_get_running_loop", f_get_running_loop_or_none);
    module_add_function(m, "_set_running_loop", f_set_running_loop);
    module_add_function(m, "_enter_task", f_enter_task);
    module_add_function(m, "_leave_task", f_leave_task);
    module_add_function(m, "_register_task", f_register_task);
    module_add_function(m, "_unregister_task", f_unregister_task);
    module_add_function(m, "iscoroutine", f_iscoroutine);
    module_add_function(m, "iscoroutinefunction", f_iscoroutinefunction);
    module_add(m, "Future", type_object(FutureType));
    module_add(m, "Task", type_object(TaskType));
    module_add(m, "AbstractEventLoop", type_object(AbstractEventLoopType));
    module_add(m, "BaseEventLoop", type_object(BaseEventLoopType));
    module_add(m, "SelectorEventLoop", type_object(LoopType));
    module_add(m, "Runner", type_object(RunnerType));
    module_add(m, "Handle", type_object(HandleType));
    module_add(m, "TimerHandle", type_object(TimerHandleType));
    module_add(m, "CancelledError", type_object(CancelledErrorType));
    module_add(m, "InvalidStateError", type_object(InvalidStateErrorType));
    module_add(m, "TimeoutError", type_object(TimeoutErrorType));  // builtins.TimeoutError since 3.11
    module_add(m, "Lock", type_object(LockType));
    module_add(m, "Event", type_object(EventType));
    module_add(m, "Condition", type_object(ConditionType));
    module_add(m, "Semaphore", type_object(SemaphoreType));
    module_add(m, "BoundedSemaphore", type_object(BoundedSemaphoreType));
    module_add(m, "Barrier", type_object(BarrierType));
    module_add(m, "BrokenBarrierError", type_object(BrokenBarrierErrorType));
    module_add(m, "Queue", type_object(QueueType));
    module_add(m, "PriorityQueue", type_object(PriorityQueueType));
    module_add(m, "LifoQueue", type_object(LifoQueueType));
    module_add(m, "QueueEmpty", type_object(QueueEmptyType));
    module_add(m, "QueueFull", type_object(QueueFullType));
    module_add(m, "Timeout", type_object(TimeoutType));
    module_add(m, "timeout", aio::timeout_function());
    module_add(m, "timeout_at", aio::timeout_at_function());
    module_add(m, "TaskGroup", type_object(TaskGroupType));
    module_add_function(m, "as_completed", f_as_completed);
    add_asyncio_protocol_classes(m);
    module_add(m, "FIRST_COMPLETED", immortal(str_("FIRST_COMPLETED")));
    module_add(m, "FIRST_EXCEPTION", immortal(str_("FIRST_EXCEPTION")));
    module_add(m, "ALL_COMPLETED", immortal(str_("ALL_COMPLETED")));
    for (const char* n : kOtherNames) m.extra_names.emplace_back(n);
    std::vector<Object> all;
    for (const char* n : kAllNames)
        if (m.dict.count(n)) all.push_back(str_(n));
    module_add(m, "__all__", tuple_from(std::move(all)));
    // A package, whose __init__ imports every submodule (asyncio/submodules.cpp).
    module_add(m, "__path__", list_from({}));
    for (const char* sub : {"base_events", "coroutines", "events", "exceptions", "futures", "locks", "protocols",
                            "queues", "runners", "taskgroups", "tasks", "timeouts", "transports"})
        import_module(std::string("asyncio.") + sub);
}


}  // namespace pyco
