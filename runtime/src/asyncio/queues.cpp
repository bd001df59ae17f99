// asyncio.queues (CPython's queues.py): Queue, PriorityQueue, LifoQueue, QueueEmpty and QueueFull.
//
// getters and putters are futures woken with set_result (so through call_soon, in CPython's order); join() waits
// on an asyncio.Event as in CPython. PriorityQueue keeps heapq's exact sift order, so equal items come out in the
// order CPython gives them.
#include <fmt/format.h>

#include <exception>
#include <type_traits>

#include "internal.h"
#include "pyco/builtins.h"
#include "pyco/ops.h"
#include "internal/typing_objects.h"
#include "internal/type_setup.h"

namespace pyco {

Type QueueType("Queue", "asyncio.queues", &ObjectType);
Type PriorityQueueType("PriorityQueue", "asyncio.queues", &QueueType);
Type LifoQueueType("LifoQueue", "asyncio.queues", &QueueType);
Type QueueEmptyType("QueueEmpty", "asyncio.queues", &ExceptionType);
Type QueueFullType("QueueFull", "asyncio.queues", &ExceptionType);

namespace {

enum class QueueKind : uint8_t { Fifo, Priority, Lifo };

struct QueueObj : aio::LoopBoundObj {
    QueueKind kind;
    Object maxsize;
    std::deque<Object> items;  // a deque (Queue), a list used as a stack (LifoQueue) or a heap (PriorityQueue)
    std::deque<Object> getters, putters;
    int64_t unfinished_tasks = 0;
    Object finished;  // an asyncio.Event, set while no task is unfinished
    explicit QueueObj(const Type* t) : LoopBoundObj(t) {
        kind = t == &PriorityQueueType ? QueueKind::Priority : t == &LifoQueueType ? QueueKind::Lifo : QueueKind::Fifo;
    }
};

QueueObj* as_queue(const Object& o) { return o.as<QueueObj>(); }

// ---------------------------------------------------------------- heapq, as CPython's _heapq does it

bool heap_less(const Object& a, const Object& b) { return compare_bool(CmpOp::Lt, a, b); }

void heap_sift_down(std::deque<Object>& heap, size_t startpos, size_t pos) {
    Object newitem = heap[pos];
    while (pos > startpos) {
        size_t parentpos = (pos - 1) >> 1;
        if (!heap_less(newitem, heap[parentpos])) break;
        heap[pos] = heap[parentpos];
        pos = parentpos;
    }
    heap[pos] = newitem;
}

void heap_sift_up(std::deque<Object>& heap, size_t pos) {
    size_t endpos = heap.size(), startpos = pos;
    Object newitem = heap[pos];
    size_t childpos = 2 * pos + 1;
    while (childpos < endpos) {
        size_t rightpos = childpos + 1;
        if (rightpos < endpos && !heap_less(heap[childpos], heap[rightpos])) childpos = rightpos;
        heap[pos] = heap[childpos];
        pos = childpos;
        childpos = 2 * pos + 1;
    }
    heap[pos] = newitem;
    heap_sift_down(heap, startpos, pos);
}

void heap_push(std::deque<Object>& heap, Object item) {
    heap.push_back(std::move(item));
    heap_sift_down(heap, 0, heap.size() - 1);
}

Object heap_pop(std::deque<Object>& heap) {
    Object last = std::move(heap.back());
    heap.pop_back();
    if (heap.empty()) return last;
    Object top = heap.front();
    heap.front() = std::move(last);
    heap_sift_up(heap, 0);
    return top;
}

// ---------------------------------------------------------------- the overridable parts: _put and _get

void queue_put_item(QueueObj* q, const Object& item) {
    if (q->kind == QueueKind::Priority)
        heap_push(q->items, item);
    else
        q->items.push_back(item);
}

Object queue_get_item(QueueObj* q) {
    if (q->kind == QueueKind::Priority) return heap_pop(q->items);
    Object item;
    if (q->kind == QueueKind::Lifo) {
        item = std::move(q->items.back());
        q->items.pop_back();
    } else {
        item = std::move(q->items.front());
        q->items.pop_front();
    }
    return item;
}

// ---------------------------------------------------------------- the queue's state

// _wakeup_next: the first waiter that is not done (cancelled ones are dropped on the way).
void wakeup_next(std::deque<Object>& waiters) {
    while (!waiters.empty()) {
        Object waiter = std::move(waiters.front());
        waiters.pop_front();
        if (!future_done(waiter)) {
            future_set_result(waiter, None());
            break;
        }
    }
}

bool queue_full(QueueObj* q) {
    if (compare_bool(CmpOp::Le, q->maxsize, Object::small(0))) return false;
    return compare_bool(CmpOp::Ge, int_(int64_t(q->items.size())), q->maxsize);
}

void queue_put_nowait(const Object& self, const Object& item) {
    QueueObj* q = as_queue(self);
    if (queue_full(q)) raise_(type_object(QueueFullType));
    queue_put_item(q, item);
    q->unfinished_tasks++;
    event_clear_flag(q->finished);
    wakeup_next(q->getters);
}

Object queue_get_nowait(const Object& self) {
    QueueObj* q = as_queue(self);
    if (q->items.empty()) raise_(type_object(QueueEmptyType));
    Object item = queue_get_item(q);
    wakeup_next(q->putters);
    return item;
}

void queue_task_done(const Object& self) {
    QueueObj* q = as_queue(self);
    if (q->unfinished_tasks <= 0) raise(ValueErrorType, "task_done() called too many times");
    if (--q->unfinished_tasks == 0) event_set_flag(q->finished);
}

// What put() and get() do when the await of their waiter fails: cancel it, forget it, and pass a wake-up it
// received (but cannot use) to the next in line.
void abandon_waiter(std::deque<Object>& waiters, const Object& waiter, bool can_proceed) {
    future_cancel(waiter);  // just in case it is not done yet
    aio::remove_waiter(waiters, waiter);
    if (can_proceed && !future_cancelled(waiter)) wakeup_next(waiters);
}

// The lines of Queue.put and Queue.get that their frames stand on: the same statements, mirrored.
enum class QueuePut { CreateFuture = 117, AwaitWaiter = 120, Reraise = 134, Nowait = 135 };
enum class QueueGet { CreateFuture = 155, AwaitWaiter = 158, Reraise = 172, Nowait = 173 };

const CodeInfo& put_code() {
    using enum QueuePut;
    static const CodeInfo& code = aio::asyncio_code(
        "put", "Queue.put", "queues.py", 110,
        {{CreateFuture, "            putter = self._get_loop().create_future()"},
         {AwaitWaiter, "                await putter"}, {Reraise, "                raise"},
         {Nowait, "        return self.put_nowait(item)"}});
    return code;
}

const CodeInfo& get_code() {
    using enum QueueGet;
    static const CodeInfo& code = aio::asyncio_code(
        "get", "Queue.get", "queues.py", 149,
        {{CreateFuture, "            getter = self._get_loop().create_future()"},
         {AwaitWaiter, "                await getter"}, {Reraise, "                raise"},
         {Nowait, "        return self.get_nowait()"}});
    return code;
}

// Queue.put (Line = QueuePut) and Queue.get (QueueGet): wait for a turn, as a future in putters or getters,
// while the queue is full or empty, then put_nowait(item) or get_nowait().
template <class Line>
Coro put_or_get_coro(const CodeInfo&, Object self, Object item) {
    constexpr bool put = std::is_same_v<Line, QueuePut>;
    Frame& f = co_await enter();
    QueueObj* q = as_queue(self);
    std::deque<Object>& waiters = put ? q->putters : q->getters;
    auto must_wait = [q] { return put ? queue_full(q) : q->items.empty(); };
    while (must_wait()) {
        aio::at_line(f, Line::CreateFuture);
        Object waiter = aio::new_waiter(waiters, self);
        std::exception_ptr err;
        try {
            aio::at_line(f, Line::AwaitWaiter);
            co_await waiter;
        } catch (...) {
            err = std::current_exception();
        }
        if (err) {
            abandon_waiter(waiters, waiter, !must_wait());
            aio::at_line(f, Line::Reraise);
            std::rethrow_exception(err);
        }
    }
    aio::at_line(f, Line::Nowait);
    if constexpr (put) {
        queue_put_nowait(self, item);
        co_return None();
    } else {
        co_return queue_get_nowait(self);
    }
}

Object put_coroutine(const Object& self, const Object& item) {
    return put_or_get_coro<QueuePut>(put_code(), self, item).obj;
}
Object get_coroutine(const Object& self) { return put_or_get_coro<QueueGet>(get_code(), self, Object()).obj; }

// The line of Queue.join that its frame stands on.
enum class QueueJoin { AwaitFinished = 215 };

const CodeInfo& join_code() {
    static const CodeInfo& code =
        aio::asyncio_code("join", "Queue.join", "queues.py", 206,
                          {{QueueJoin::AwaitFinished, "            await self._finished.wait()"}});
    return code;
}

Coro join_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    QueueObj* q = as_queue(self);
    if (q->unfinished_tasks > 0) {
        aio::at_line(f, QueueJoin::AwaitFinished);
        co_await event_wait(q->finished);
    }
    co_return None();
}

// ---------------------------------------------------------------- repr and str

// Queue._format.
std::string queue_format(QueueObj* q) {
    std::string s = "maxsize=" + repr_utf8(q->maxsize);
    if (!q->items.empty()) s += " _queue=" + repr_utf8(list_from({q->items.begin(), q->items.end()}));
    if (!q->getters.empty()) s += fmt::format(" _getters[{}]", q->getters.size());
    if (!q->putters.empty()) s += fmt::format(" _putters[{}]", q->putters.size());
    if (q->unfinished_tasks) s += fmt::format(" tasks={}", q->unfinished_tasks);
    return s;
}

std::string queue_repr(const Object& self) {
    return fmt::format("<{} at {:#x} {}>", self.type()->name, self.bits(), queue_format(as_queue(self)));
}

std::string queue_str(const Object& self) {
    return fmt::format("<{} {}>", self.type()->name, queue_format(as_queue(self)));
}

// ---------------------------------------------------------------- Python methods

Object queue_ctor(const Type& cls, const Args& a) {
    SIG("Queue.__init__", {"self", "maxsize"}, {Object::small(0)});
    std::vector<Object> v = sig.bind_new(a);
    auto* q = new QueueObj(&cls);
    Object queue = Object::adopt(q);
    q->maxsize = v[1];
    q->finished = new_event();
    event_set_flag(q->finished);
    return queue;
}

// What the methods that take self only do (aio::self_method gives them their Python signature).
Object queue_qsize(const Object& self) { return int_(int64_t(as_queue(self)->items.size())); }
bool queue_empty(const Object& self) { return as_queue(self)->items.empty(); }
bool queue_is_full(const Object& self) { return queue_full(as_queue(self)); }
Object queue_join(const Object& self) { return join_coro(join_code(), self).obj; }

// put's item: a plain positional call is taken as it is (the hot path of every producer), anything else is
// bound against the signature.
Object item_arg(const aio::Signature& sig, const Args& a) {
    if (a.npos == 2 && a.nkw == 0) return a[1];
    return sig.bind(a)[1];
}
Object m_put(const Args& a) {
    SIG("Queue.put", {"self", "item"});
    return put_coroutine(a[0], item_arg(sig, a));
}
Object m_put_nowait(const Args& a) {
    SIG("Queue.put_nowait", {"self", "item"});
    queue_put_nowait(a[0], item_arg(sig, a));
    return None();
}
Object m_repr(const Args& a) { return str_(queue_repr(a[0])); }
Object m_str(const Args& a) { return str_(queue_str(a[0])); }

// The maxsize property and the private attributes programs look at.
Object queue_getattr(const Object& o, std::string_view name) {
    QueueObj* q = as_queue(o);
    if (name == "maxsize" || name == "_maxsize") return q->maxsize;
    if (name == "_queue") return list_from({q->items.begin(), q->items.end()});
    if (name == "_unfinished_tasks") return int_(q->unfinished_tasks);
    if (name == "_getters") return list_from({q->getters.begin(), q->getters.end()});
    if (name == "_putters") return list_from({q->putters.begin(), q->putters.end()});
    if (name == "_finished") return q->finished;
    return {};
}

// _unfinished_tasks can be set, as on CPython's Queue (test_queues' test_format does); other attributes cannot,
// with the errors a built-in type without a setattr slot gives (core/ops.cpp's setattr and delattr).
void queue_setattr(const Object& o, std::string_view name, const Object& v) {
    if (name == "_unfinished_tasks" && !v.null()) {
        as_queue(o)->unfinished_tasks = index_value(v);
        return;
    }
    if (!v.null() && !getattr_or_null(o, name).null())
        raise(AttributeErrorType, fmt::format("'{}' object attribute '{}' is read-only", o.type()->name, name));
    raise(AttributeErrorType, fmt::format("'{}' object has no attribute '{}'", o.type()->name, name));
}

Object m_format(const Args& a) {
    check_nargs("_format", a, 1, 1);
    return str_(queue_format(as_queue(a[0])));
}

}  // namespace

void setup_asyncio_queues() {
    add_class_getitem(QueueType);
    for (Type* t : {&QueueType, &PriorityQueueType, &LifoQueueType}) {
        set_slots(*t, {.repr = queue_repr, .str = queue_str, .getattr = queue_getattr, .setattr = queue_setattr});
        set_type_constructor(*t, queue_ctor);
    }
    using aio::self_method;
    add_methods(QueueType, {{"qsize", self_method<"Queue.qsize", queue_qsize>},
                            {"empty", self_method<"Queue.empty", queue_empty>},
                            {"full", self_method<"Queue.full", queue_is_full>}, {"put", m_put},
                            {"put_nowait", m_put_nowait}, {"get", self_method<"Queue.get", get_coroutine>},
                            {"get_nowait", self_method<"Queue.get_nowait", queue_get_nowait>},
                            {"task_done", self_method<"Queue.task_done", queue_task_done>},
                            {"join", self_method<"Queue.join", queue_join>}, {"__repr__", m_repr},
                            {"__str__", m_str}, {"_format", m_format}});
    // Slots are not inherited along the base chain: exception classes copy BaseException's.
    set_slots(QueueEmptyType, BaseExceptionType);
    set_slots(QueueFullType, BaseExceptionType);
}

// ---------------------------------------------------------------- the C++ interface

Object new_queue(const Object& maxsize) {
    Object pos[] = {maxsize};
    return queue_ctor(QueueType, Args{pos, 1, nullptr, 0});
}
void queue_put_nowait_item(const Object& queue, const Object& item) { queue_put_nowait(queue, item); }
Object queue_get_nowait_item(const Object& queue) { return queue_get_nowait(queue); }
Object queue_get(const Object& queue) { return get_coroutine(queue); }
Object queue_put(const Object& queue, const Object& item) { return put_coroutine(queue, item); }
size_t queue_size(const Object& queue) { return as_queue(queue)->items.size(); }

}  // namespace pyco
