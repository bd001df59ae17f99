// asyncio.TaskGroup (CPython's taskgroups.py): an asynchronous context manager owning tasks.
//
// Leaving the block waits for every task. The first task that fails (with anything but CancelledError) aborts
// the group: the other tasks are cancelled, and so is the parent task, to interrupt the block; __aexit__ then
// takes that cancellation back (uncancel) and raises the errors as a BaseExceptionGroup (an ExceptionGroup when
// they are all Exceptions), "unhandled errors in a TaskGroup".
#include <fmt/format.h>

#include <exception>

#include "internal/contextvars.h"
#include "internal.h"
#include "pyco/ops.h"
#include "internal/type_setup.h"

namespace pyco {

Type TaskGroupType("TaskGroup", "asyncio.taskgroups", &ObjectType);

namespace {

struct TaskGroupObj : Obj {
    bool entered = false, exiting = false, aborting = false, parent_cancel_requested = false;
    bool errors_dropped = false;  // `self._errors = None` once raised
    Object loop, parent_task;
    std::vector<Object> tasks;  // a set in CPython; kept in creation order here
    std::vector<Object> errors;
    Object base_error;
    Object on_completed_fut;
    TaskGroupObj() : Obj(&TaskGroupType) {}
};

TaskGroupObj* as_group(const Object& o) { return o.as<TaskGroupObj>(); }

std::string group_repr(const Object& self) {
    TaskGroupObj* g = as_group(self);
    std::string info;
    if (!g->tasks.empty()) info += fmt::format(" tasks={}", g->tasks.size());
    if (!g->errors.empty()) info += fmt::format(" errors={}", g->errors.size());
    if (g->aborting)
        info += " cancelling";
    else if (g->entered)
        info += " entered";
    return "<TaskGroup" + info + ">";
}

bool is_base_error(const Object& exc) {
    return isinstance(exc, SystemExitType) || isinstance(exc, KeyboardInterruptType);
}

void group_abort(TaskGroupObj* g) {
    g->aborting = true;
    std::vector<Object> tasks = g->tasks;  // cancelling may run nothing, but keep the list stable regardless
    for (const Object& t : tasks)
        if (!future_done(t)) task_cancel(t);
}

// TaskGroup._on_task_done(task).
void on_task_done(const Object& self, const Object& task) {
    TaskGroupObj* g = as_group(self);
    for (auto it = g->tasks.begin(); it != g->tasks.end(); ++it)
        if (is_(*it, task)) {
            g->tasks.erase(it);
            break;
        }
    if (!g->on_completed_fut.null() && g->tasks.empty() && !future_done(g->on_completed_fut))
        future_set_result(g->on_completed_fut, bool_(true));
    if (future_cancelled(task)) return;
    Object exc = future_exception(task);
    if (is_none(exc)) return;
    g->errors.push_back(exc);
    if (is_base_error(exc) && g->base_error.null()) g->base_error = exc;
    if (future_done(g->parent_task)) {
        call_exception_handler(future_loop(task),
                               {{"message", str_(fmt::format("Task {} has errored out but its parent task {} is "
                                                             "already completed",
                                                             task_repr(task), str_utf8(g->parent_task)))},
                                {"exception", exc},
                                {"task", task}});
        return;
    }
    if (!g->aborting && !g->parent_cancel_requested) {
        // Interrupt whatever the block is awaiting; __aexit__ takes this cancellation back.
        group_abort(g);
        g->parent_cancel_requested = true;
        task_cancel(g->parent_task);
    }
}

// The lines of TaskGroup.__aenter__ that its frame stands on.
enum class GroupAenter { RaiseEntered = 56, GetRunningLoop = 59, RaiseNoParent = 62 };

const CodeInfo& aenter_code() {
    using enum GroupAenter;
    static const CodeInfo& code = aio::asyncio_code(
        "__aenter__", "TaskGroup.__aenter__", "taskgroups.py", 54,
        {{RaiseEntered, "            raise RuntimeError("},
         {GetRunningLoop, "            self._loop = events.get_running_loop()"},
         {RaiseNoParent, "            raise RuntimeError("}});
    return code;
}

Coro aenter_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    TaskGroupObj* g = as_group(self);
    if (g->entered) {
        aio::at_line(f, GroupAenter::RaiseEntered);
        raise(RuntimeErrorType, fmt::format("TaskGroup {} has already been entered", group_repr(self)));
    }
    if (g->loop.null()) {
        aio::at_line(f, GroupAenter::GetRunningLoop);
        g->loop = Object::borrow(get_running_loop());
    }
    g->parent_task = current_task(as_loop(g->loop));
    if (is_none(g->parent_task)) {
        aio::at_line(f, GroupAenter::RaiseNoParent);
        raise(RuntimeErrorType, fmt::format("TaskGroup {} cannot determine the parent task", group_repr(self)));
    }
    g->entered = true;
    co_return self;
}

// The lines of TaskGroup.__aexit__ that its frame stands on.
enum class GroupAexit { AwaitCompleted = 110, RaiseBaseError = 129, RaiseCancellation = 134, RaiseGroup = 145 };

const CodeInfo& aexit_code() {
    using enum GroupAexit;
    static const CodeInfo& code = aio::asyncio_code(
        "__aexit__", "TaskGroup.__aexit__", "taskgroups.py", 68,
        {{AwaitCompleted, "                await self._on_completed_fut"},
         {RaiseBaseError, "            raise self._base_error"},
         {RaiseCancellation, "            raise propagate_cancellation_error"},
         {RaiseGroup, "                raise me from None"}});
    return code;
}

bool is_cancelled_error_type(const Object& et) { return et.ptr() == &CancelledErrorType; }

Coro aexit_coro(const CodeInfo&, Object self, Object et, Object exc) {
    Frame& f = co_await enter();
    TaskGroupObj* g = as_group(self);
    g->exiting = true;
    if (!is_none(exc) && is_base_error(exc) && g->base_error.null()) g->base_error = exc;
    Object propagate_cancellation_error = is_cancelled_error_type(et) ? exc : Object();
    if (g->parent_cancel_requested) {
        // If there are no pending cancellations left, don't propagate CancelledError.
        if (aio::task_uncancel(g->parent_task) == 0) propagate_cancellation_error = Object();
    }
    if (!is_none(et) && !g->aborting) group_abort(g);  // the parent is being cancelled, or the block raised
    // A loop: the future can be cancelled more than once when the parent task is cancelled repeatedly.
    while (!g->tasks.empty()) {
        if (g->on_completed_fut.null()) g->on_completed_fut = new_future(as_loop(g->loop));
        Object cancelled;
        try {
            aio::at_line(f, GroupAexit::AwaitCompleted);
            co_await g->on_completed_fut;
        } catch (const PyExc& e) {
            if (!isinstance(e.exc, CancelledErrorType)) throw;
            cancelled = e.exc;
        }
        if (!cancelled.null() && !g->aborting) {
            // The parent task is being cancelled while the tasks still run.
            propagate_cancellation_error = cancelled;
            group_abort(g);
        }
        g->on_completed_fut = Object();
    }
    if (!g->base_error.null()) {
        aio::at_line(f, GroupAexit::RaiseBaseError);
        aio::raise_while_handling(exc, g->base_error);
    }
    // Propagate CancelledError if there is one, except if there are other errors: those have priority.
    if (!propagate_cancellation_error.null() && g->errors.empty()) {
        aio::at_line(f, GroupAexit::RaiseCancellation);
        aio::raise_while_handling(exc, propagate_cancellation_error);
    }
    if (!is_none(et) && !is_cancelled_error_type(et)) g->errors.push_back(exc);
    if (!g->errors.empty()) {
        Object errors = list_from(std::move(g->errors));
        g->errors.clear();
        g->errors_dropped = true;
        aio::at_line(f, GroupAexit::RaiseGroup);
        Object me = call(type_object(BaseExceptionGroupType), {str_("unhandled errors in a TaskGroup"), errors});
        aio::raise_while_handling(exc, me, None());
    }
    co_return None();
}

// ---------------------------------------------------------------- Python methods

Object m_create_task(const Args& a) {
    SIG("TaskGroup.create_task", {"self", "coro"}, {}, {"name", "context"});
    std::vector<Object> v = sig.bind(a);
    const Object& self = a[0];
    TaskGroupObj* g = as_group(self);
    // The refused coroutine lives as long as the error (CPython's traceback holds the frame that had it), so its
    // never-awaited warning comes when the exception dies.
    auto refuse = [&](const char* what) {
        aio::raise_keeping(new_exception(RuntimeErrorType, fmt::format("TaskGroup {} {}", group_repr(self), what)),
                           {v[1]});
    };
    if (!g->entered) refuse("has not been entered");
    if (g->exiting && g->tasks.empty()) refuse("is finished");
    if (g->aborting) refuse("is shutting down");
    Object task = create_task(as_loop(g->loop), v[1], {}, v[3]);
    if (!is_none(v[2])) call_method(task, "set_name", {v[2]});
    future_add_done_callback(task, on_task_done, self);
    g->tasks.push_back(task);
    return task;
}

Object group_aenter(const Object& self) { return aenter_coro(aenter_code(), self).obj; }

Object m_aexit(const Args& a) {
    SIG("TaskGroup.__aexit__", {"self", "et", "exc", "tb"});
    std::vector<Object> v = sig.bind(a);
    return aexit_coro(aexit_code(), a[0], v[1], v[2]).obj;
}

Object m_repr(const Args& a) { return str_(group_repr(a[0])); }

Object group_getattr(const Object& o, std::string_view name) {
    TaskGroupObj* g = as_group(o);
    if (name == "_tasks") {
        Object s = set_();
        for (const Object& t : g->tasks) set_add(s, t);
        return s;
    }
    if (name == "_errors") return g->errors_dropped ? None() : list_from(g->errors);
    if (name == "_parent_task") return g->parent_task.null() ? None() : g->parent_task;
    return {};
}

}  // namespace

void setup_asyncio_taskgroups() {
    set_slots(TaskGroupType, {.repr = group_repr, .getattr = group_getattr});
    set_type_constructor(TaskGroupType, aio::self_only_ctor<"TaskGroup.__init__", TaskGroupObj>);
    add_methods(TaskGroupType, {{"create_task", m_create_task},
                                {"__aenter__", aio::self_method<"TaskGroup.__aenter__", group_aenter>},
                                {"__aexit__", m_aexit}, {"__repr__", m_repr}});
    register_callback_repr(on_task_done, "TaskGroup._on_task_done", nullptr);
}

}  // namespace pyco
