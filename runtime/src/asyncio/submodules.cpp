// asyncio's submodules as names programs import (`except asyncio.exceptions.CancelledError`,
// `from asyncio.events import AbstractEventLoop`): CPython's asyncio is a package whose __init__ imports every
// submodule, so `import asyncio` alone makes them attributes. pyco's asyncio is one C++ module; each submodule
// holds the names of its CPython __all__ that asyncio has, the same objects.
#include <initializer_list>

#include "internal/module_registry.h"
#include "internal/values.h"
#include "pyco/module.h"

namespace pyco {

namespace {

void fill_from_asyncio(ModuleObj& m, std::initializer_list<const char*> all) {
    Object asyncio = import_module("asyncio");
    std::vector<Object> present;
    for (const char* name : all) {
        Object v = getattr_or_null(asyncio, name);
        if (v.null()) continue;
        module_add(m, name, v);
        present.push_back(str_(name));
    }
    module_add(m, "__all__", tuple_from(std::move(present)));
}

}  // namespace

void init_asyncio_base_events_module(ModuleObj& m) { fill_from_asyncio(m, {"BaseEventLoop", "Server"}); }
void init_asyncio_coroutines_module(ModuleObj& m) { fill_from_asyncio(m, {"iscoroutinefunction", "iscoroutine"}); }
void init_asyncio_events_module(ModuleObj& m) {
    fill_from_asyncio(m, {"AbstractEventLoopPolicy", "AbstractEventLoop", "AbstractServer", "Handle", "TimerHandle",
                          "get_event_loop_policy", "set_event_loop_policy", "get_event_loop", "set_event_loop",
                          "new_event_loop", "get_child_watcher", "set_child_watcher", "_set_running_loop",
                          "get_running_loop", "_get_running_loop"});
}
void init_asyncio_exceptions_module(ModuleObj& m) {
    fill_from_asyncio(m, {"BrokenBarrierError", "CancelledError", "InvalidStateError", "TimeoutError",
                          "IncompleteReadError", "LimitOverrunError", "SendfileNotAvailableError"});
}
void init_asyncio_futures_module(ModuleObj& m) { fill_from_asyncio(m, {"Future", "wrap_future", "isfuture"}); }
void init_asyncio_locks_module(ModuleObj& m) {
    fill_from_asyncio(m, {"Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier"});
}
void init_asyncio_protocols_module(ModuleObj& m) {
    fill_from_asyncio(m, {"BaseProtocol", "Protocol", "DatagramProtocol", "SubprocessProtocol", "BufferedProtocol"});
}
void init_asyncio_transports_module(ModuleObj& m) {
    fill_from_asyncio(m, {"BaseTransport", "ReadTransport", "WriteTransport", "Transport", "DatagramTransport",
                          "SubprocessTransport"});
}
void init_asyncio_queues_module(ModuleObj& m) {
    fill_from_asyncio(m, {"Queue", "PriorityQueue", "LifoQueue", "QueueFull", "QueueEmpty"});
}
void init_asyncio_runners_module(ModuleObj& m) { fill_from_asyncio(m, {"Runner", "run"}); }
void init_asyncio_taskgroups_module(ModuleObj& m) { fill_from_asyncio(m, {"TaskGroup"}); }
void init_asyncio_tasks_module(ModuleObj& m) {
    fill_from_asyncio(m, {"Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "wait",
                          "wait_for", "as_completed", "sleep", "gather", "shield", "ensure_future",
                          "run_coroutine_threadsafe", "current_task", "all_tasks", "_register_task",
                          "_unregister_task", "_enter_task", "_leave_task"});
}
void init_asyncio_timeouts_module(ModuleObj& m) { fill_from_asyncio(m, {"Timeout", "timeout", "timeout_at"}); }

}  // namespace pyco
