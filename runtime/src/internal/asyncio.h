// The asyncio port: the event loop, Future, Task, the waiting helpers, the synchronisation primitives, queues,
// timeouts and task groups, as the runtime, the compiler and embedders see them. The Python-visible module
// (`import asyncio`) is built on these in runtime/src/asyncio/, one file per CPython module (docs/asyncio.md).
//
// Scheduling is CPython's algorithm (base_events.py, futures.py, tasks.py): every place CPython goes through
// call_soon, this does too, in the same order, so programs print in the same order. The hot path has no
// std::function, no hash lookup and no virtual call: the ready queue is a ring of {function, two Objects}.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "pyco/coroutine.h"
#include "pyco/exceptions.h"
#include "pyco/object.h"
#include "pyco/type.h"

namespace pyco {

// Where CPython 3.11's asyncio sources live, found when the runtime is configured (PYCO_CPYTHON_ASYNCIO_DIR in
// runtime/CMakeLists.txt): reprs of asyncio's own callbacks name them ("_run_until_complete_cb() at
// .../base_events.py:180"), as CPython's do.
const char* cpython_asyncio_dir() noexcept;

// ---- events: handles and the loop ----

// A callback the loop runs: fn(a, b). CPython's Handle(callback, args) with at most two arguments, which is
// all asyncio itself needs (a future callback is fn(data, future)).
using HandleFn = void (*)(const Object& a, const Object& b);
struct Handle {
    HandleFn fn = nullptr;
    Object a, b;
};

// The ready queue: a growable ring buffer (power-of-two capacity) of handles.
class ReadyRing {
public:
    ReadyRing() = default;
    ~ReadyRing();
    ReadyRing(const ReadyRing&) = delete;
    ReadyRing& operator=(const ReadyRing&) = delete;
    void push(HandleFn fn, Object a, Object b);
    Handle pop();  // only when !empty()
    size_t size() const noexcept { return count_; }
    bool empty() const noexcept { return count_ == 0; }
    void clear();

private:
    void grow();
    Handle* buf_ = nullptr;
    size_t cap_ = 0, head_ = 0, count_ = 0;
};

// The loop's classes: AbstractEventLoop <- BaseEventLoop <- BaseSelectorEventLoop <- LoopType
// (_UnixSelectorEventLoop, asyncio.SelectorEventLoop). Instances of the last three and of their subclasses in
// Python are LoopObjs.
extern Type AbstractEventLoopType, BaseEventLoopType, BaseSelectorEventLoopType, LoopType, HandleType,
    TimerHandleType;

// asyncio.TimerHandle (and asyncio.Handle for Python-level call_soon): cancellable.
struct TimerObj : Obj {
    int64_t when = 0;  // monotonic nanoseconds
    uint64_t seq = 0;  // breaks ties: equal times run in the order they were scheduled
    Handle h;
    bool cancelled = false;
    bool scheduled = false;  // still in the timer heap
    Object loop;
    explicit TimerObj(const Type* t) : Obj(t) {}
};

struct TaskObj;
struct LoopObj : Obj {
    ReadyRing ready;
    std::vector<TimerObj*> timers;  // a heap on (when, seq); each entry owns one reference
    uint64_t timer_seq = 0;
    size_t cancelled_timers = 0;
    bool running = false, stopping = false, closed = false;
    int epoll_fd = -1;
    // File descriptors and thread hand-offs the loop waits for besides its timers: virtual time jumps only when
    // there are none, since those complete in real time.
    size_t io_waiters = 0;
    // Set by call_soon_threadsafe to end the loop's wait (CPython's self-pipe write); changed only under the
    // scheduler's mutex (internal/threads.h).
    bool woken = false;
    // An eventfd in epoll_fd that call_soon_threadsafe writes to, made when a host drives the loop itself
    // (pyco::Loop::fd, docs/embedding.md): its poll on epoll_fd then wakes too. -1 until then.
    int wake_fd = -1;
    Object default_executor;  // _default_executor: run_in_executor(None, ...)'s ThreadPoolExecutor, made on first use
    bool executor_shutdown_called = false;
    TaskObj* current_task = nullptr;
    TaskObj* tasks_head = nullptr;  // every live Task of this loop (CPython's _all_tasks WeakSet), oldest first
    TaskObj* tasks_tail = nullptr;
    std::vector<AsyncGenPromise*> asyncgens;  // _asyncgens: first iterated while it ran, alive and not finalized
    bool asyncgens_shutdown_called = false;
    Object exception_handler;  // set_exception_handler's; null: the default one
    Object task_factory;       // set_task_factory's; null: tasks are asyncio.Task
    bool debug = false;
    Object debug_value;  // what set_debug was given, which get_debug returns as it is (null: False)
    double slow_callback_duration = 0.1;
    LoopObj();
    ~LoopObj() override;
};

inline LoopObj* as_loop(const Object& o) noexcept { return o.as<LoopObj>(); }
// The loop an argument names (`loop=`, set_event_loop): a BaseEventLoop, of any subclass; TypeError otherwise.
LoopObj* loop_of(const Object& o, const char* what);

// Overridden loop methods (loop_overrides.cpp). asyncio calls some of the loop's methods by name, so a program's
// subclass sees them: call_soon (every callback and task step), call_later and call_at (sleep, wait_for,
// timeouts), create_future, create_task and call_exception_handler. The functions of those names below go to
// the subclass's override when there is one; the base_ functions are BaseEventLoop's own methods, which the
// override reaches through super().
bool loop_overrides(const LoopObj* loop, const char* name);
void base_call_soon(LoopObj* loop, HandleFn fn, Object a = {}, Object b = {});
Object base_call_at(LoopObj* loop, int64_t when_ns, HandleFn fn, Object a = {}, Object b = {});
// BaseEventLoop.call_later: self.call_at(self.time() + delay, ...).
Object call_later_via_call_at(LoopObj* loop, double delay_s, HandleFn fn, Object a = {}, Object b = {});
Object base_create_future(LoopObj* loop);
Object base_create_task(LoopObj* loop, const Object& coro, const Object& name = {});
// BaseEventLoop.create_task: through the loop's task factory when it has one (called as factory(loop, coro),
// with context= when a context is given, then named), else a Task in `context` (null or None: a copy of the
// current one).
Object loop_create_task(LoopObj* loop, const Object& coro, const Object& name, const Object& context);
void base_call_exception_handler(LoopObj* loop, const Object& context);
// Calls the override `name` of the loop's class with the handle as a Python callback and its arguments.
Object call_override_with_handle(LoopObj* loop, const char* name, std::vector<Object> leading, HandleFn fn,
                                 const Object& a, const Object& b);
// AbstractEventLoop's methods: NotImplementedError, as its abstract methods raise.
void add_abstract_loop_methods(Type& t);

Object new_event_loop();
// protocols.cpp: BaseProtocol ... SubprocessProtocol, BaseTransport ... SubprocessTransport, IncompleteReadError,
// LimitOverrunError and SendfileNotAvailableError, added to the asyncio module.
struct ModuleObj;
void add_asyncio_protocol_classes(ModuleObj& m);
// The running loop or null (events._get_running_loop()).
LoopObj* running_loop() noexcept;
// events.get_running_loop(): RuntimeError "no running event loop" when none.
LoopObj* get_running_loop();
// events.get_event_loop() with 3.11's policy: the running loop, else the current policy's loop (for the default
// policy: the loop set for this thread, created on first use unless set_event_loop was called, else
// RuntimeError). set_event_loop and policy_new_event_loop go through the current policy too (policies.cpp);
// new_event_loop() above makes a SelectorEventLoop whatever the policy.
Object get_event_loop();
void set_event_loop(const Object& loop_or_none);
Object policy_new_event_loop();
Object get_event_loop_policy();
void set_event_loop_policy(const Object& policy_or_none);
extern Type AbstractEventLoopPolicyType, BaseDefaultEventLoopPolicyType, DefaultEventLoopPolicyType;

// Monotonic nanoseconds, the loop's clock; loop.time() is this in seconds. Under virtual time it includes the
// jumps the loop made instead of sleeping (virtual_time.cpp).
int64_t monotonic_ns() noexcept;
// Wall-clock nanoseconds since the epoch (time.time()), with the same virtual jumps.
int64_t realtime_ns() noexcept;
int64_t seconds_to_ns(double s) noexcept;

// Virtual time: PYCO_VIRTUAL_TIME=1 (any value but empty or "0") in the program's environment. When nothing is
// ready and only timers are pending, the loop advances the clocks to its next timer instead of sleeping, and
// time.sleep() advances them instead of blocking. Output is the same as in real time.
bool virtual_time() noexcept;
// Turns virtual time on or off for the rest of the program, whatever the environment says (embedders, tests).
void set_virtual_time(bool on) noexcept;
int64_t virtual_clock_offset_ns() noexcept;
void advance_virtual_clock(int64_t ns) noexcept;

void call_soon(LoopObj* loop, HandleFn fn, Object a = {}, Object b = {});
// call_soon returning the asyncio.Handle, for callers that may cancel it.
Object call_soon_handle(LoopObj* loop, HandleFn fn, Object a = {}, Object b = {});
// Timers return the TimerHandle so that the caller can cancel it.
Object call_at(LoopObj* loop, int64_t when_ns, HandleFn fn, Object a = {}, Object b = {});
Object call_later(LoopObj* loop, double delay_s, HandleFn fn, Object a = {}, Object b = {});
void timer_cancel(const Object& timer);

// base_events.run_until_complete / run_forever / stop / close.
Object run_until_complete(LoopObj* loop, const Object& future_or_coro);
void run_forever(LoopObj* loop);
void loop_stop(LoopObj* loop);
void loop_close(LoopObj* loop);
// One iteration: runs the handles that were ready when it began (base_events._run_once).
void run_once(LoopObj* loop);
// A host's turn of the loop (pyco::Loop::step): one run_once that does not wait, the loop running only meanwhile.
void run_host_step(LoopObj* loop);
// What run_once would wait: 0 when handles are ready, -1 with nothing scheduled, else ns to the next timer.
int64_t loop_timeout_ns(LoopObj* loop);
// The epoll fd a host waits on, with the wake-up eventfd registered in it (made on first call).
int loop_host_fd(LoopObj* loop);
// call_soon from another thread, then the wake-up that ends the loop's wait (BaseEventLoop._write_to_self).
Object call_soon_threadsafe(LoopObj* loop, HandleFn fn, Object a, Object b);

// Runs a Python callable as a handle: fn = call_python_1 calls a(b); call_python_args calls a(*b).
void call_python_1(const Object& fn, const Object& arg);
void call_python_args(const Object& fn, const Object& args);

// ---- futures ----

enum class FutState : uint8_t { Pending, Cancelled, Finished };

// One done-callback: fn(data, future), scheduled with call_soon when the future completes.
struct Callback {
    HandleFn fn = nullptr;
    Object data;
};

extern Type FutureType, TaskType, GatheringFutureType, FutureIterType;

// What most futures never need, allocated on first use: more than one callback, cancellation details and the
// traceback saved by set_exception.
struct FutureExtra {
    std::vector<Callback> callbacks;  // after the inline first one
    Object cancel_message, cancelled_exc;
    std::vector<TracebackEntry> exc_tb;
    Object dict;  // attributes a program sets on the future (`fut.owner = x`), as CPython's futures take them
};

struct FutureObj : Obj {
    FutState state = FutState::Pending;
    bool log_traceback = false;
    bool cancel_requested = false;  // _GatheringFuture
    bool blocking = false;          // _asyncio_future_blocking: yielded by __await__, not yet taken by a Task
    Object loop;
    Object result, exception;
    Callback cb0;  // the first callback inline: most futures have exactly one waiter
    std::unique_ptr<FutureExtra> extra;
    Object children;  // _GatheringFuture: list of children
    uint64_t emulated_address;  // where CPython would have put it: its identity hash (emulated_addresses.cpp)
    FutureObj(const Type* t, Object loop);
    ~FutureObj() override;
    FutureExtra& ext();
    // Logs "Future exception was never retrieved" (Future.__del__) before freeing.
    void destroy() override;
};

inline FutureObj* as_future(const Object& o) noexcept { return o.as<FutureObj>(); }

Object new_future(LoopObj* loop);  // loop.create_future()
void future_set_result(const Object& fut, Object result);        // InvalidStateError "invalid state" if done
void future_set_exception(const Object& fut, Object exc);        // accepts a class too
bool future_cancel(const Object& fut, const Object& msg = {});   // dispatches to Task/_GatheringFuture cancel
bool future_cancel_base(const Object& fut, const Object& msg = {});  // Future.cancel itself
bool future_cancelled(const Object& fut) noexcept;
Object future_exception(const Object& fut);                      // None when none; raises when cancelled/pending
void future_add_done_callback(const Object& fut, HandleFn fn, Object data);
size_t future_remove_done_callback(const Object& fut, HandleFn fn, const Object& data);
Object future_make_cancelled_error(const Object& fut);
std::string future_repr(const Object& fut);
// base_futures._future_repr_info as a list of words.
std::vector<std::string> future_repr_info(const Object& fut);
LoopObj* future_loop(const Object& fut) noexcept;

// Names a native callback in reprs: `qualname` ("Task.task_wakeup") and, for those CPython writes in Python,
// `source` ("base_events.py:180", relative to cpython_asyncio_dir()) or null. Python callables describe themselves.
void register_callback_repr(HandleFn fn, const char* qualname, const char* source);
// A future's callback as its repr shows it: "cbf() at /abs/app.py:2", "Task.task_wakeup()".
std::string callback_entry_repr(const Callback& cb);
// A handle as "Exception in callback ..." shows it: "cbf(<Future finished result=3>) at /abs/app.py:2".
std::string callback_repr(HandleFn fn, const Object& a, const Object& b);

// format_helpers._format_callback_source: "func(args) at /abs/app.py:3" for a Python callable.
std::string format_callback_source(const Object& fn, const std::vector<Object>& args);
// loop.call_exception_handler with the default handler: logs "message", the extra "key: value" lines and the
// exception's traceback to stderr, as logging's last-resort handler prints them.
// loop.call_exception_handler(context) (exception_handler.cpp): the program's handler, or the default report.
// `loop` may be null (no loop known): the default report. Entries with a null value are left out.
void call_exception_handler(LoopObj* loop, const Object& context);
void call_exception_handler(LoopObj* loop, std::initializer_list<std::pair<const char*, Object>> context);
void default_exception_handler(const Object& context);
// logging.getLogger("asyncio") when the program has imported logging, else null (log.cpp).
Object asyncio_logger();

// reprlib.repr, as base_futures uses it for results.
std::string reprlib_repr(const Object& o);

// ---- tasks ----

struct TaskObj : FutureObj {
    Object coro;
    Object name;           // null until asked for: "Task-<number>"
    Object context;        // the contextvars Context its steps run in (a copy of the creator's)
    int64_t number = 0;
    Driver driver;         // driver.blocked_on is CPython's _fut_waiter
    int32_t num_cancels_requested = 0;
    bool must_cancel = false;
    bool log_destroy_pending = true;
    TaskObj* prev = nullptr;
    TaskObj* next = nullptr;
    TaskObj(Object loop, Object coro);
    ~TaskObj() override;
    // Task.__del__: a task destroyed while pending reports "Task was destroyed but it is pending!".
    void destroy() override;
};

inline TaskObj* as_task(const Object& o) noexcept { return o.as<TaskObj>(); }
inline bool is_task(const Object& o) noexcept { return o.is_ptr() && o.ptr()->type == &TaskType; }

// loop.create_task(coro, name=None): TypeError "a coroutine was expected, got ..." for anything else.
Object create_task(LoopObj* loop, const Object& coro, const Object& name = {}, const Object& context = {});
// asyncio.create_task: needs a running loop; on failure the coroutine stays referenced by the exception, as
// CPython's traceback keeps it alive, so its never-awaited warning comes when the exception dies.
Object create_task_running(const Object& coro, const Object& name = {}, const Object& context = {});
bool task_cancel(const Object& task, const Object& msg = {});
Object task_get_name(const Object& task);
std::string task_repr(const Object& task);
Object current_task(LoopObj* loop);  // None when no task runs
// asyncio._enter_task(loop, task), _leave_task(loop, task), _register_task(task) / _unregister_task(task).
void python_enter_task(const Object& loop, const Object& task);
void python_leave_task(const Object& loop, const Object& task);
void python_register_task(const Object& task, bool registered);
// events._set_running_loop(loop): the running loop of this thread (null: none).
void set_running_loop(LoopObj* loop) noexcept;
Object all_tasks(LoopObj* loop);     // a set of the loop's pending tasks
// tasks.ensure_future(obj, loop=None): a future as it is, a coroutine wrapped in a Task.
Object ensure_future(const Object& obj, LoopObj* loop = nullptr);

// ---- the waiting helpers ----

// asyncio.sleep(delay, result=None): a coroutine object ("<coroutine object sleep at ...>"), as in CPython.
Object sleep(const Object& delay, const Object& result = None());
// ---- async generators (asyncgens.cpp): the hooks run_forever installs, and shutdown_asyncgens ----

// sys.set_asyncgen_hooks' firstiter, called by an async generator's first __anext__/asend/athrow/aclose.
void asyncgen_firstiter(AsyncGenPromise* gen);
// The finalizer, for a generator dying with no references: true when it was resurrected to be closed by a task.
bool asyncgen_finalize(AsyncGenPromise* gen);
// loop.shutdown_asyncgens(): a coroutine closing every generator the loop still knows.
Object shutdown_asyncgens(LoopObj* loop);
// loop.shutdown_default_executor(): the coroutine that shuts the default executor down (asyncio/executors.cpp).
Object shutdown_default_executor(LoopObj* loop);
// asyncio.to_thread, run_coroutine_threadsafe, wrap_future (asyncio/executors.cpp).
void add_executor_functions(struct ModuleObj& m);

// asyncio.gather(*aws, return_exceptions=False): the _GatheringFuture (a Future, awaited like one).
Object gather(const std::vector<Object>& aws, bool return_exceptions = false);
// asyncio.wait / wait_for / shield.
Object wait(const Object& fs, const Object& timeout, const Object& return_when);
Object wait_for(const Object& aw, const Object& timeout);
Object shield(const Object& aw);

// ---- locks (asyncio.locks) ----

extern Type LockType, EventType, ConditionType, SemaphoreType, BoundedSemaphoreType, BarrierType,
    BrokenBarrierErrorType;
Object new_lock();   // asyncio.Lock()
Object new_event();  // asyncio.Event()
void event_set_flag(const Object& event);    // Event.set(): wakes every waiter through its future
void event_clear_flag(const Object& event);  // Event.clear()
bool event_is_set(const Object& event);
Object event_wait(const Object& event);      // the coroutine object of Event.wait()

// ---- queues (asyncio.queues) ----

extern Type QueueType, PriorityQueueType, LifoQueueType, QueueEmptyType, QueueFullType;
Object new_queue(const Object& maxsize);                        // asyncio.Queue(maxsize)
void queue_put_nowait_item(const Object& queue, const Object& item);  // QueueFull when full
Object queue_get_nowait_item(const Object& queue);              // QueueEmpty when empty
Object queue_get(const Object& queue);                          // the coroutine object of get()
Object queue_put(const Object& queue, const Object& item);      // the coroutine object of put(item)
size_t queue_size(const Object& queue);

// ---- timeouts, task groups, as_completed ----

extern Type TimeoutType, TaskGroupType;
// asyncio.as_completed(fs, timeout=None): the generator object (its checks run at the first next()).
Object as_completed(const Object& fs, const Object& timeout = None());

// asyncio.run(coro): a new loop, the main task (Task-1 for the first run), then the shutdown CPython's Runner
// performs (cancel remaining tasks, shutdown_asyncgens, shutdown_default_executor, close).
Object asyncio_run(const Object& coro, const Object& debug);
extern Type RunnerType;  // asyncio.Runner  // debug: None, or set_debug's argument


}  // namespace pyco
