// asyncio.Task (CPython's tasks.py Task, with _asyncio.Task's messages): a Future that drives a coroutine
// chain. __step resumes the chain through its Driver; when control comes back, the chain either finished, or
// its leaf waits for a future (the task adds its wakeup as that future's done callback), or it yielded bare
// (the task steps again on the next loop turn). Also create_task, current_task, all_tasks, ensure_future.
#include <algorithm>

#include <fmt/format.h>

#include "internal/typing_objects.h"
#include "internal/contextvars.h"
#include "internal/values.h"
#include "internal.h"
#include "pyco/builtins.h"
#include "pyco/generator.h"
#include "pyco/module.h"
#include "pyco/ops.h"
#include "internal/type_setup.h"

namespace pyco {

Type TaskType("Task", "_asyncio", &FutureType);

namespace {
// tasks._task_name_counter: shared by every loop of the program, starting at 1.
int64_t task_name_counter = 0;

void link_task(LoopObj* loop, TaskObj* t) {
    t->prev = loop->tasks_tail;
    if (loop->tasks_tail)
        loop->tasks_tail->next = t;
    else
        loop->tasks_head = t;
    loop->tasks_tail = t;
}

void unlink_task(LoopObj* loop, TaskObj* t) {
    if (t->prev)
        t->prev->next = t->next;
    else if (loop->tasks_head == t)
        loop->tasks_head = t->next;
    if (t->next)
        t->next->prev = t->prev;
    else if (loop->tasks_tail == t)
        loop->tasks_tail = t->prev;
    t->prev = t->next = nullptr;
}
}  // namespace

TaskObj::TaskObj(Object l, Object c) : FutureObj(&TaskType, std::move(l)), coro(std::move(c)) {
    link_task(as_loop(loop), this);
}

TaskObj::~TaskObj() { unlink_task(as_loop(loop), this); }

// ---------------------------------------------------------------- destroyed while pending

namespace {
// What the coroutine's deallocation does in CPython: close() throws GeneratorExit in at its await, so its
// `finally` blocks run. Whatever it raises then is dropped (CPython ignores it too).
void close_task_coroutine(TaskObj* t) {
    CoroPromise* top = as_coroutine(t->coro);
    if (top->state != PromiseState::Running || !t->driver.leaf) return;
    t->driver.blocked_on = Object();
    t->driver.throw_in = new_exception(GeneratorExitType);
    try {
        resume_coroutine(top, t->driver);
    } catch (const PyExc&) {
    }
    t->driver.throw_in = Object();
    if (top->state == PromiseState::Done) top->exc = Object();
}

// TaskObj_finalize: the report through the loop's exception handler, then the coroutine dies.
void report_destroyed_pending(TaskObj* t) {
    t->log_destroy_pending = false;
    call_exception_handler(t->loop.null() ? nullptr : as_loop(t->loop),
                           {{"message", str_("Task was destroyed but it is pending!")}, {"task", Object::borrow(t)}});
    close_task_coroutine(t);
}
}  // namespace

void TaskObj::destroy() {
    if (state == FutState::Pending && log_destroy_pending) {
        refcnt = 1;  // alive while the report runs
        report_destroyed_pending(this);
        if (--refcnt != 0) return;  // resurrected by its own finally block: it dies later
    }
    FutureObj::destroy();
}

void aio::finalize_pending_tasks() {
    std::vector<Object> pending;
    for (LoopObj* loop : live_loops())
        for (TaskObj* t = loop->tasks_head; t; t = t->next)
            if (t->state == FutState::Pending && t->log_destroy_pending) pending.push_back(Object::borrow(t));
    for (const Object& task : pending)
        if (as_task(task)->log_destroy_pending) report_destroyed_pending(as_task(task));
}

// ---------------------------------------------------------------- stepping

namespace {
void task_step(TaskObj* t, Object exc);

void task_wakeup(const Object& task, const Object& fut);

// _enter_task / _leave_task: which task runs on the loop (current_task()).
void enter_task(LoopObj* loop, TaskObj* t) {
    if (loop->current_task)
        raise(RuntimeErrorType,
              fmt::format("Cannot enter into task {} while another task {} is being executed.",
                          task_repr(Object::borrow(t)), task_repr(Object::borrow(loop->current_task))));
    loop->current_task = t;
}

void leave_task(LoopObj* loop, TaskObj*) { loop->current_task = nullptr; }

// The coroutine finished: its return value, CancelledError or exception becomes the task's outcome.
void finish_task(TaskObj* t, const Object& self, Object exc) {
    CoroPromise* top = as_coroutine(t->coro);
    if (exc.null()) {
        if (t->must_cancel) {
            // Task is cancelled right before the coroutine stopped.
            t->must_cancel = false;
            Object msg = t->extra ? t->extra->cancel_message : Object();
            future_cancel_base(self, msg);
        } else {
            Object r = std::move(top->result);
            top->result = Object();
            future_set_result(self, r.null() ? None() : std::move(r));
        }
        return;
    }
    if (isinstance(exc, CancelledErrorType)) {
        t->ext().cancelled_exc = exc;  // chained later by _make_cancelled_error
        future_cancel_base(self, Object());
        return;
    }
    future_set_exception(self, exc);
}

// A failure of the step itself (a bad await): thrown into the coroutine on the next turn.
void step_soon_with(TaskObj* t, const Object& self, const std::string& message) {
    call_soon(as_loop(t->loop), aio::task_step_handle, self, new_exception(RuntimeErrorType, message));
}

// The leaf awaits `fut`: wake the task when it completes (Task.__step's `blocking` branch).
void block_on(TaskObj* t, const Object& self, Object fut) {
    t->driver.blocked_on = Object();
    if (future_loop(fut) != as_loop(t->loop)) {
        step_soon_with(t, self,
                       fmt::format("Task {} got Future {} attached to a different loop", task_repr(self),
                                   future_repr(fut)));
        return;
    }
    if (is_(fut, self)) {
        step_soon_with(t, self, "Task cannot await on itself: " + task_repr(self));
        return;
    }
    future_add_done_callback(fut, task_wakeup, self);
    t->driver.blocked_on = std::move(fut);
    if (t->must_cancel) {
        Object msg = t->extra ? t->extra->cancel_message : Object();
        if (future_cancel(t->driver.blocked_on, msg)) t->must_cancel = false;
    }
}

// What an __await__ iterator yielded out of the chain (Driver::raw), judged as Task.__step judges a yield:
// a Future its __await__ marked blocking is waited for, None is a bare yield, anything else is an error thrown
// into the coroutine on the next turn.
void take_raw_yield(TaskObj* t, const Object& self, Object y) {
    t->driver.blocked_on = Object();
    if (is_future(y)) {
        FutureObj* f = as_future(y);
        if (future_loop(y) != as_loop(t->loop) || f->blocking) {
            f->blocking = false;
            return block_on(t, self, std::move(y));
        }
        return step_soon_with(t, self, fmt::format("yield was used instead of yield from in task {} with {}",
                                                   task_repr(self), repr_utf8(y)));
    }
    if (is_none(y)) return call_soon(as_loop(t->loop), aio::task_step_handle, self);
    if (is_generator(y))
        return step_soon_with(t, self, fmt::format("yield was used instead of yield from for generator in task {} with {}",
                                                   task_repr(self), repr_utf8(y)));
    step_soon_with(t, self, "Task got bad yield: " + repr_utf8(y));
}

// Task.__step(exc).
void task_step(TaskObj* t, Object exc) {
    Object self = Object::borrow(t);
    LoopObj* loop = as_loop(t->loop);
    if (t->state != FutState::Pending)
        raise(InvalidStateErrorType, fmt::format("_step(): already done: {}, {}", task_repr(self),
                                                 exc.null() ? std::string("None") : repr_utf8(exc)));
    if (t->must_cancel) {
        if (exc.null() || !isinstance(exc, CancelledErrorType)) exc = future_make_cancelled_error(self);
        t->must_cancel = false;
    }
    t->driver.blocked_on = Object();
    ContextScope context_scope(t->context);  // contextvars set by the coroutine stay in the task's context
    DepthGuard step_frame(1);  // the C Task's step method (recursion count, frame.h)
    enter_task(loop, t);
    t->driver.throw_in = std::move(exc);
    CoroPromise* top = as_coroutine(t->coro);
    Object raised;
    try {
        resume_coroutine(top, t->driver);
    } catch (const PyExc& e) {
        raised = e.exc;  // e.g. "cannot reuse already awaited coroutine"
    }
    t->driver.throw_in = Object();
    if (!raised.null() || top->state == PromiseState::Done) {
        Object e = raised.null() ? std::move(top->exc) : std::move(raised);
        top->exc = Object();
        bool fatal = !e.null() && (isinstance(e, KeyboardInterruptType) || isinstance(e, SystemExitType));
        try {
            finish_task(t, self, e);
        } catch (...) {
            leave_task(loop, t);
            throw;
        }
        leave_task(loop, t);
        if (fatal) rethrow(e);
        return;
    }
    try {
        if (t->driver.raw)
            take_raw_yield(t, self, std::move(t->driver.blocked_on));
        else if (!t->driver.blocked_on.null())
            block_on(t, self, std::move(t->driver.blocked_on));
        else
            call_soon(loop, aio::task_step_handle, self);  // a bare yield: run again next turn
    } catch (...) {
        leave_task(loop, t);
        throw;
    }
    leave_task(loop, t);
}

// Task.__wakeup(future): step again, throwing the future's exception (or cancellation) in.
void task_wakeup(const Object& task, const Object& fut) {
    FutureObj* f = as_future(fut);
    TaskObj* t = as_task(task);
    if (f->state == FutState::Finished) {
        f->log_traceback = false;
        if (f->exception.null()) {
            task_step(t, Object());
            return;
        }
        aio::restore_exception_traceback(f);
        task_step(t, f->exception);
        return;
    }
    if (f->state == FutState::Cancelled) {
        task_step(t, future_make_cancelled_error(fut));
        return;
    }
    task_step(t, new_exception(InvalidStateErrorType, "Result is not set."));
}

}  // namespace

void aio::task_step_handle(const Object& task, const Object& exc) { task_step(as_task(task), exc); }

// ---------------------------------------------------------------- creating

namespace {
bool given(const Object& o) { return !o.null() && !is_none(o); }
// tasks._set_task_name: task.set_name(name) unless name is None.
void set_task_name(const Object& task, const Object& name) {
    if (given(name)) call_method(task, "set_name", {name});
}
}  // namespace

Object loop_create_task(LoopObj* loop, const Object& coro, const Object& name, const Object& context) {
    if (loop->task_factory.null()) {
        Object task = base_create_task(loop, coro, name);
        set_task_context(task, context);
        return task;
    }
    if (loop->closed) raise(RuntimeErrorType, "Event loop is closed");
    Object factory = loop->task_factory;  // the factory may replace itself
    Object task = given(context) ? call(factory, {Object::borrow(loop), coro}, {{"context", context}})
                                 : call(factory, {Object::borrow(loop), coro});
    set_task_name(task, name);
    return task;
}

Object create_task(LoopObj* loop, const Object& coro, const Object& name, const Object& context) {
    Object task;
    if (!loop_overrides(loop, "create_task")) {
        task = loop_create_task(loop, coro, name, context);
    } else {
        std::vector<KwArg> kw;
        if (given(name)) kw.push_back({"name", name});
        if (given(context)) kw.push_back({"context", context});
        Object self = Object::borrow(loop);
        task = call(getattr(self, "create_task"), Args{&coro, 1, kw.data(), kw.size()});
    }
    if (!isinstance(task, TaskType))
        raise(TypeErrorType, fmt::format("pyco needs create_task() to return an asyncio.Task, got {}",
                                         repr_utf8(task)));
    return task;
}

Object base_create_task(LoopObj* loop, const Object& coro, const Object& name) {
    if (loop->closed) raise(RuntimeErrorType, "Event loop is closed");
    if (!is_coroutine(coro))
        raise(TypeErrorType, fmt::format("a coroutine was expected, got {}", repr_utf8(coro)));
    auto* t = new TaskObj(Object::borrow(loop), coro);
    Object task = Object::adopt(t);
    t->context = copy_current_context();
    if (name.null() || is_none(name))
        t->number = ++task_name_counter;
    else
        t->name = str(name);
    call_soon(loop, aio::task_step_handle, task);
    return task;
}

void aio::raise_keeping(Object exc, std::initializer_list<Object> keep) {
    auto* e = exc.as<ExceptionObj>();
    for (const Object& o : keep) e->frame_refs.push_back(o);
    raise_(exc);
}

void aio::raise_while_handling(const Object& handled, const Object& exc, const Object& cause) {
    if (!is_exception_instance(handled)) {
        if (cause.null()) raise_(exc);
        raise_from(exc, cause);
    }
    HandlingGuard handling(handled);
    if (cause.null()) raise_(exc);
    raise_from(exc, cause);
}

Object create_task_running(const Object& coro, const Object& name, const Object& context) {
    LoopObj* loop = running_loop();
    if (!loop) aio::raise_keeping(new_exception(RuntimeErrorType, "no running event loop"), {coro});
    // tasks.create_task names the task through set_name after loop.create_task(coro) took a number.
    Object task = create_task(loop, coro, {}, context);
    set_task_name(task, name);
    return task;
}

Object ensure_future(const Object& obj, LoopObj* loop) {
    if (is_future(obj)) {
        if (loop && loop != future_loop(obj))
            raise(ValueErrorType,
                  "The future belongs to a different loop than the one specified as the loop argument");
        return obj;
    }
    if (!is_coroutine(obj)) {
        if (!is_awaitable(obj)) raise(TypeErrorType, "An asyncio.Future, a coroutine or an awaitable is required");
        return ensure_future(wrap_awaitable(obj), loop);
    }
    Object keep;
    if (!loop) {
        keep = get_event_loop();
        loop = as_loop(keep);
    }
    try {
        return create_task(loop, obj);
    } catch (const PyExc& e) {
        if (isinstance(e.exc, RuntimeErrorType)) close_coroutine(obj);
        throw;
    }
}

// ---------------------------------------------------------------- cancelling and naming

bool task_cancel(const Object& task, const Object& msg) {
    TaskObj* t = as_task(task);
    t->log_traceback = false;
    if (t->state != FutState::Pending) return false;
    t->num_cancels_requested++;
    if (!t->driver.blocked_on.null()) {
        // Leave blocked_on: it may be a Task that ignores the cancellation and must be cancelled again later.
        if (future_cancel(t->driver.blocked_on, msg)) return true;
    }
    t->must_cancel = true;
    if (!msg.null() && !is_none(msg))
        t->ext().cancel_message = msg;
    else if (t->extra)
        t->extra->cancel_message = Object();
    return true;
}

Object task_get_name(const Object& task) {
    TaskObj* t = as_task(task);
    if (t->name.null()) t->name = str_(fmt::format("Task-{}", t->number));
    return t->name;
}

Object current_task(LoopObj* loop) { return loop->current_task ? Object::borrow(loop->current_task) : None(); }

// asyncio._enter_task, _leave_task, _register_task and _unregister_task, for a program that steps tasks itself.
// pyco keeps these for its own Task objects only.
namespace {
TaskObj* task_arg(const Object& task, const char* fn) {
    if (!isinstance(task, TaskType))
        raise(TypeErrorType, fmt::format("{}(): pyco keeps asyncio.Task objects only, not {}", fn, repr_utf8(task)));
    return as_task(task);
}
}  // namespace
void python_enter_task(const Object& loop, const Object& task) {
    enter_task(loop_of(loop, "_enter_task()"), task_arg(task, "_enter_task"));
}
void python_leave_task(const Object& loop, const Object& task) {
    LoopObj* l = loop_of(loop, "_leave_task()");
    if (!l->current_task || !is_(Object::borrow(l->current_task), task))
        raise(RuntimeErrorType, fmt::format("Leaving task {} does not match the current task {}.", repr_utf8(task),
                                            repr_utf8(current_task(l))));
    leave_task(l, l->current_task);
}
void python_register_task(const Object& task, bool registered) {
    TaskObj* t = task_arg(task, registered ? "_register_task" : "_unregister_task");
    LoopObj* loop = as_loop(t->loop);
    bool linked = t->prev || t->next || loop->tasks_head == t;
    if (registered && !linked) link_task(loop, t);
    if (!registered && linked) unlink_task(loop, t);
}

Object all_tasks(LoopObj* loop) {
    Object s = set_();
    for (TaskObj* t = loop->tasks_head; t; t = t->next)
        if (t->state == FutState::Pending) set_add(s, Object::borrow(t));
    return s;
}

// ---------------------------------------------------------------- repr

namespace {
// coroutines._format_coroutine.
std::string format_coroutine(const Object& coro) {
    if (!is_coroutine(coro)) return repr_utf8(coro);
    CoroPromise* p = as_coroutine(coro);
    const CodeInfo* code = p->frame.code;
    const char* path = code->file ? code->file->path : "<empty co_filename>";
    if (p->state == PromiseState::Done) return fmt::format("{}() done, defined at {}:{}", code->qualname, path, code->firstlineno);
    int line = p->state == PromiseState::Created ? code->firstlineno : p->frame.line();
    return fmt::format("{}() running at {}:{}", code->qualname, path, line);
}
}  // namespace

std::string task_repr(const Object& task) {
    TaskObj* t = as_task(task);
    std::vector<std::string> info = future_repr_info(task);
    if (t->num_cancels_requested > 0 && t->state == FutState::Pending) info[0] = "cancelling";
    info.insert(info.begin() + 1, "name=" + repr_utf8(task_get_name(task)));
    info.insert(info.begin() + 2, "coro=<" + format_coroutine(t->coro) + ">");
    if (!t->driver.blocked_on.null()) info.insert(info.begin() + 3, "wait_for=" + future_repr(t->driver.blocked_on));
    std::string s = "<Task";
    for (const std::string& w : info) s += " " + w;
    return s + ">";
}

// ---------------------------------------------------------------- Python methods

int64_t aio::task_uncancel(const Object& task) {
    TaskObj* t = as_task(task);
    if (t->num_cancels_requested > 0) t->num_cancels_requested--;
    return t->num_cancels_requested;
}

namespace {
Object m_cancel(const Args& a) { return bool_(task_cancel(a[0], aio::arg_or_kw(a, 1, "msg"))); }
Object m_cancelling(const Args& a) { return int_(as_task(a[0])->num_cancels_requested); }
Object m_uncancel(const Args& a) { return int_(aio::task_uncancel(a[0])); }
Object m_get_name(const Args& a) { return task_get_name(a[0]); }
Object m_set_name(const Args& a) {
    check_nargs("set_name", a, 2, 2);
    as_task(a[0])->name = str(a[1]);
    return None();
}
Object m_get_coro(const Args& a) { return as_task(a[0])->coro; }
// Task.get_stack(*, limit=None) (base_tasks._task_get_stack): the frames of the coroutine while it has one, from
// its cr_frame back (the last `limit`, oldest first); once it finished with an exception, the frames of that
// exception's traceback (the first `limit`).
Object m_get_stack(const Args& a) {
    check_c_kwargs("get_stack", a, {"limit"});  // Argument Clinic's checks and words, as _asyncio's
    if (a.npos > 1) type_error("get_stack() takes no positional arguments");
    TaskObj* t = as_task(a[0]);
    Object limit = kwarg(a, "limit");
    bool limited = !limit.null() && !is_none(limit);
    // `if limit <= 0: break` then `limit -= 1`, in Python's operators: a limit that is no int fails only here.
    auto room = [&] {
        if (!limited) return true;
        if (compare_bool(CmpOp::Le, limit, Object::small(0))) return false;
        limit = binop(BinOp::Sub, limit, Object::small(1));
        return true;
    };
    std::vector<Object> frames;
    Object f = getattr_or_null(t->coro, "cr_frame");
    if (!f.null() && !is_none(f)) {
        for (; !is_none(f) && room(); f = getattr(f, "f_back")) frames.push_back(f);
        std::reverse(frames.begin(), frames.end());
    } else if (!t->exception.null()) {
        for (Object tb = getattr(t->exception, "__traceback__"); !is_none(tb) && room(); tb = getattr(tb, "tb_next"))
            frames.push_back(getattr(tb, "tb_frame"));
    }
    return list_from(std::move(frames));
}
// Task.print_stack(*, limit=None, file=None) (base_tasks._task_print_stack): the frames of get_stack as
// traceback.print_list prints them, after a heading printed with print(); with file=None the heading goes to
// stdout and the frames to stderr, as CPython's do.
Object m_print_stack(const Args& a) {
    check_c_kwargs("print_stack", a, {"limit", "file"});
    if (a.npos > 1) type_error("print_stack() takes no positional arguments");
    Object limit = kwarg(a, "limit"), file = kwarg(a, "file");
    if (limit.null()) limit = None();
    if (file.null()) file = None();
    Object linecache = import_module("linecache"), traceback = import_module("traceback");
    std::vector<Object> extracted;
    Object frames = call_method(a[0], "get_stack", {}, {{"limit", limit}});  // held: the loop reads its items
    for (const Object& f : list_items(frames)) {
        Object lineno = getattr(f, "f_lineno"), code = getattr(f, "f_code");
        Object filename = getattr(code, "co_filename");
        Object line = call_method(linecache, "getline", {filename, lineno});
        extracted.push_back(tuple_({filename, lineno, getattr(code, "co_name"), line}));
    }
    const Object& exc = as_task(a[0])->exception;
    std::string task = task_repr(a[0]);
    std::string heading = extracted.empty() ? "No stack for " + task
                          : !exc.null()     ? "Traceback for " + task + " (most recent call last):"
                                            : "Stack for " + task + " (most recent call last):";
    call(builtin("print"), {str_(heading)}, {{"file", file}});
    call_method(traceback, "print_list", {list_from(std::move(extracted))}, {{"file", file}});
    if (!exc.null()) {
        Object lines = call_method(traceback, "format_exception_only", {type_object(*exc.type()), exc});
        for (const Object& line : list_items(lines)) call(builtin("print"), {line}, {{"file", file}, {"end", str_("")}});
    }
    return None();
}
Object m_set_result(const Args&) { raise(RuntimeErrorType, "Task does not support set_result operation"); }
Object m_set_exception(const Args&) { raise(RuntimeErrorType, "Task does not support set_exception operation"); }
Object m_repr(const Args& a) { return str_(task_repr(a[0])); }

// asyncio.Task(coro, *, loop=None, name=None, context=None).
Object task_ctor(const Type&, const Args& a) {
    Object coro = aio::arg_or_kw(a, 0, "coro");
    if (coro.null()) raise(TypeErrorType, "Task.__init__() missing required argument 'coro' (pos 1)");
    Object loop = kwarg(a, "loop");
    if (loop.null() || is_none(loop)) loop = get_event_loop();
    Object task = base_create_task(loop_of(loop, "Task()"), coro, kwarg(a, "name"));
    set_task_context(task, kwarg(a, "context"));
    return task;
}
}  // namespace

void setup_asyncio_tasks() {
    add_class_getitem(TaskType);
    set_slots(TaskType, {.repr = task_repr, .hash = aio::future_identity_hash,
                         .iter = aio::future_iter, .getattr = aio::future_getattr, .setattr = aio::future_setattr});
    set_type_constructor(TaskType, task_ctor);
    add_methods(TaskType, {{"cancel", m_cancel}, {"cancelling", m_cancelling}, {"uncancel", m_uncancel},
                           {"get_name", m_get_name}, {"set_name", m_set_name}, {"get_coro", m_get_coro}, {"get_stack", m_get_stack},
                           {"print_stack", m_print_stack},
                           {"set_result", m_set_result}, {"set_exception", m_set_exception}, {"__repr__", m_repr}});
    register_callback_repr(task_wakeup, "Task.task_wakeup", nullptr);
    register_callback_repr(aio::task_step_handle, "Task.task_step", nullptr);
}

}  // namespace pyco
