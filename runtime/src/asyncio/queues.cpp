// asyncio.queues (CPython's queues.py): Queue, PriorityQueue, LifoQueue, QueueEmpty and QueueFull.
//
// getters and putters are futures woken with set_result (so through call_soon, in CPython's order); join() waits
// on an asyncio.Event as in CPython. PriorityQueue keeps heapq's exact sift order, so equal items come out in the
// order CPython gives them.
#include <fmt/format.h>

#include <exception>

#include "internal.h"
#include "pyco/builtins.h"
#include "pyco/ops.h"

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

const CodeInfo& code_of(const char* name, const char* qualname, int firstlineno,
                        std::initializer_list<std::pair<int, const char*>> lines) {
    return *aio::asyncio_code(name, qualname, "queues.py", firstlineno, lines);
}

// What put() and get() do when the await of their waiter fails: cancel it, forget it, and pass a wake-up it
// received (but cannot use) to the next in line.
void abandon_waiter(std::deque<Object>& waiters, const Object& waiter, bool can_proceed) {
    future_cancel(waiter);  // just in case it is not done yet
    aio::remove_waiter(waiters, waiter);
    if (can_proceed && !future_cancelled(waiter)) wakeup_next(waiters);
}

const CodeInfo& put_code() {
    static const CodeInfo& code = code_of("put", "Queue.put", 110,
                                          {{117, "            putter = self._get_loop().create_future()"},
                                           {120, "                await putter"},
                                           {134, "                raise"},
                                           {135, "        return self.put_nowait(item)"}});
    return code;
}

Coro put_coro(const CodeInfo&, Object self, Object item) {
    Frame& f = co_await enter();
    QueueObj* q = as_queue(self);
    while (queue_full(q)) {
        f.pos = 1;
        Object putter = aio::new_waiter(q->putters, self);
        std::exception_ptr err;
        try {
            f.pos = 2;
            co_await putter;
        } catch (...) {
            err = std::current_exception();
        }
        if (err) {
            abandon_waiter(q->putters, putter, !queue_full(q));
            f.pos = 3;
            std::rethrow_exception(err);
        }
    }
    f.pos = 4;
    queue_put_nowait(self, item);
    co_return None();
}

const CodeInfo& get_code() {
    static const CodeInfo& code = code_of("get", "Queue.get", 149,
                                          {{155, "            getter = self._get_loop().create_future()"},
                                           {158, "                await getter"},
                                           {172, "                raise"},
                                           {173, "        return self.get_nowait()"}});
    return code;
}

Coro get_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    QueueObj* q = as_queue(self);
    while (q->items.empty()) {
        f.pos = 1;
        Object getter = aio::new_waiter(q->getters, self);
        std::exception_ptr err;
        try {
            f.pos = 2;
            co_await getter;
        } catch (...) {
            err = std::current_exception();
        }
        if (err) {
            abandon_waiter(q->getters, getter, !q->items.empty());
            f.pos = 3;
            std::rethrow_exception(err);
        }
    }
    f.pos = 4;
    co_return queue_get_nowait(self);
}

const CodeInfo& join_code() {
    static const CodeInfo& code = code_of("join", "Queue.join", 206, {{215, "            await self._finished.wait()"}});
    return code;
}

Coro join_coro(const CodeInfo&, Object self) {
    Frame& f = co_await enter();
    QueueObj* q = as_queue(self);
    if (q->unfinished_tasks > 0) {
        f.pos = 1;
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

#define SIG(...) static const aio::Signature sig(__VA_ARGS__)

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

Object m_qsize(const Args& a) {
    SIG("Queue.qsize", {"self"});
    sig.check(a);
    return int_(int64_t(as_queue(a[0])->items.size()));
}
Object m_empty(const Args& a) {
    SIG("Queue.empty", {"self"});
    sig.check(a);
    return bool_(as_queue(a[0])->items.empty());
}
Object m_full(const Args& a) {
    SIG("Queue.full", {"self"});
    sig.check(a);
    return bool_(queue_full(as_queue(a[0])));
}
// put's item: a plain positional call is taken as it is (the hot path of every producer), anything else is
// bound against the signature.
Object item_arg(const aio::Signature& sig, const Args& a) {
    if (a.npos == 2 && a.nkw == 0) return a[1];
    return sig.bind(a)[1];
}
Object m_put(const Args& a) {
    SIG("Queue.put", {"self", "item"});
    return put_coro(put_code(), a[0], item_arg(sig, a)).obj;
}
Object m_put_nowait(const Args& a) {
    SIG("Queue.put_nowait", {"self", "item"});
    queue_put_nowait(a[0], item_arg(sig, a));
    return None();
}
Object m_get(const Args& a) {
    SIG("Queue.get", {"self"});
    sig.check(a);
    return get_coro(get_code(), a[0]).obj;
}
Object m_get_nowait(const Args& a) {
    SIG("Queue.get_nowait", {"self"});
    sig.check(a);
    return queue_get_nowait(a[0]);
}
Object m_task_done(const Args& a) {
    SIG("Queue.task_done", {"self"});
    sig.check(a);
    queue_task_done(a[0]);
    return None();
}
Object m_join(const Args& a) {
    SIG("Queue.join", {"self"});
    sig.check(a);
    return join_coro(join_code(), a[0]).obj;
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

}  // namespace

namespace aio {

void init_queue_methods() {
    for (Type* t : {&QueueType, &PriorityQueueType, &LifoQueueType}) {
        t->repr = queue_repr;
        t->str = queue_str;
        t->getattr = queue_getattr;
        set_type_constructor(*t, queue_ctor);
    }
    add_method(QueueType, "qsize", m_qsize);
    add_method(QueueType, "empty", m_empty);
    add_method(QueueType, "full", m_full);
    add_method(QueueType, "put", m_put);
    add_method(QueueType, "put_nowait", m_put_nowait);
    add_method(QueueType, "get", m_get);
    add_method(QueueType, "get_nowait", m_get_nowait);
    add_method(QueueType, "task_done", m_task_done);
    add_method(QueueType, "join", m_join);
    add_method(QueueType, "__repr__", m_repr);
    add_method(QueueType, "__str__", m_str);
    init_exception_type(QueueEmptyType);
    init_exception_type(QueueFullType);
}

}  // namespace aio

// ---------------------------------------------------------------- the C++ interface

Object new_queue(const Object& maxsize) {
    Object pos[] = {maxsize};
    return queue_ctor(QueueType, Args{pos, 1, nullptr, 0});
}
void queue_put_nowait_item(const Object& queue, const Object& item) { queue_put_nowait(queue, item); }
Object queue_get_nowait_item(const Object& queue) { return queue_get_nowait(queue); }
Object queue_get(const Object& queue) { return get_coro(get_code(), queue).obj; }
Object queue_put(const Object& queue, const Object& item) { return put_coro(put_code(), queue, item).obj; }
size_t queue_size(const Object& queue) { return as_queue(queue)->items.size(); }

}  // namespace pyco
