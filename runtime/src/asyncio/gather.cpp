// asyncio.gather (tasks.gather): a _GatheringFuture whose children report to one shared done callback;
// results in argument order, the first exception propagated unless return_exceptions, and cancelling the
// outer future cancels the children.

#include <fmt/format.h>

#include "internal.h"
#include "internal/type_setup.h"
#include "pyco/ops.h"

namespace pyco {

Type GatheringFutureType("_GatheringFuture", "asyncio.tasks", &FutureType);

namespace {

// The state gather()'s closure holds, kept in the outer future itself (one allocation).
struct GatheringFutureObj : FutureObj {
    std::vector<Object> children;
    size_t nfuts = 0, nfinished = 0;
    bool return_exceptions = false;
    GatheringFutureObj() : FutureObj(&GatheringFutureType, Object()) {}
};

// gather()'s arg_to_fut dict. Its keys are coroutines and futures, which hash by identity, so instead of a
// table (a 1M-task gather spent most of its time on the table's cache misses) an argument seen before is marked
// in its own header, which ensure_future touches anyway: a large offset on the refcount, removed before
// gather returns or raises. Duplicates are rare; the first occurrence is then found by a scan.
constexpr int64_t kSeenMark = int64_t(1) << 48;

bool seen(const Object& o) { return o.is_ptr() && o.ptr()->refcnt >= kSeenMark && o.ptr()->refcnt < kImmortal; }

struct SeenMarks {
    const std::vector<Object>& args;
    size_t processed = 0;
    void mark(const Object& o) {
        if (o.is_ptr() && o.ptr()->refcnt < kSeenMark) o.ptr()->refcnt += kSeenMark;
    }
    ~SeenMarks() {
        for (size_t i = 0; i < processed && i < args.size(); ++i)
            if (seen(args[i])) args[i].ptr()->refcnt -= kSeenMark;
    }
};

GatheringFutureObj* as_gathering(const Object& o) { return static_cast<GatheringFutureObj*>(o.ptr()); }

// The result list once every child is done: exceptions and cancellations in place of results.
Object collect_results(GatheringFutureObj* g) {
    std::vector<Object> results;
    results.reserve(g->children.size());
    for (const Object& fut : g->children) {
        FutureObj* f = as_future(fut);
        if (f->state == FutState::Cancelled) {
            Object msg = f->extra && !f->extra->cancel_message.null() ? f->extra->cancel_message : str_("");
            results.push_back(new_exception(CancelledErrorType, {msg}));
        } else if (!f->exception.null()) {
            f->log_traceback = false;
            results.push_back(f->exception);
        } else {
            results.push_back(f->result);
        }
    }
    return list_from(std::move(results));
}

// gather.<locals>._done_callback(fut), with the outer future as its closure.
void gather_done_callback(const Object& outer, const Object& fut) {
    GatheringFutureObj* g = as_gathering(outer);
    g->nfinished++;
    if (g->state != FutState::Pending) {
        if (!future_cancelled(fut)) future_exception(fut);  // mark the exception retrieved
        return;
    }
    if (!g->return_exceptions) {
        if (future_cancelled(fut)) {
            future_set_exception(outer, future_make_cancelled_error(fut));
            return;
        }
        Object exc = future_exception(fut);
        if (!is_none(exc)) {
            future_set_exception(outer, exc);
            return;
        }
    }
    if (g->nfinished != g->nfuts) return;
    Object results = collect_results(g);
    if (g->cancel_requested) {
        // CPython uses the loop variable left over from building the results: the last child.
        future_set_exception(outer, future_make_cancelled_error(g->children.back()));
    } else {
        future_set_result(outer, std::move(results));
    }
}

}  // namespace

bool aio::gathering_future_cancel(const Object& outer, const Object& msg) {
    GatheringFutureObj* g = as_gathering(outer);
    if (g->state != FutState::Pending) return false;
    bool ret = false;
    // Cancelling a child may run code that changes nothing here, but keep the children alive regardless.
    std::vector<Object> children = g->children;
    for (const Object& child : children)
        if (future_cancel(child, msg)) ret = true;
    if (ret) g->cancel_requested = true;
    return ret;
}

Object gather(const std::vector<Object>& aws, bool return_exceptions) {
    if (aws.empty()) {
        Object loop = get_event_loop();
        Object outer = new_future(as_loop(loop));
        future_set_result(outer, list_());
        return outer;
    }
    auto* g = new GatheringFutureObj();
    Object outer = Object::adopt(g);
    g->return_exceptions = return_exceptions;
    g->children.reserve(aws.size());
    SeenMarks marks{aws};
    LoopObj* loop = nullptr;
    for (size_t i = 0; i < aws.size(); ++i) {
        const Object& arg = aws[i];
        marks.processed = i + 1;
        if (seen(arg)) {  // a duplicate argument: the same future as its first occurrence
            size_t first = 0;
            while (!is_(aws[first], arg)) ++first;
            g->children.push_back(g->children[first]);
            continue;
        }
        Object fut = ensure_future(arg, loop);
        marks.mark(arg);
        if (!loop) loop = future_loop(fut);
        // A task made for the caller's coroutine: the caller cannot control it, so no "destroyed" warning.
        if (!is_(fut, arg) && is_task(fut)) as_task(fut)->log_destroy_pending = false;
        g->nfuts++;
        future_add_done_callback(fut, gather_done_callback, outer);
        g->children.push_back(std::move(fut));
    }
    g->loop = Object::borrow(loop);
    return outer;
}

void setup_asyncio_gather() {
    set_slots(GatheringFutureType,
              {.repr = future_repr, .hash = aio::future_identity_hash,
               .iter = aio::future_iter, .getattr = aio::future_getattr, .setattr = aio::future_setattr});
    register_callback_repr(gather_done_callback, "gather.<locals>._done_callback", "tasks.py:764");
}

}  // namespace pyco
