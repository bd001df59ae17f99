// The lower bound pyco is compared with: a hand-written C++20 scheduler with no Python semantics.
// A ring-buffer ready queue of {function, pointer} handles, lazy tasks entered by symmetric transfer,
// coroutine frames recycled through a free list, one inline continuation per task. Single-threaded.
#pragma once
#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <utility>
#include <vector>

namespace lean {

// A ready-queue entry: a plain function pointer and its argument, so running one costs one indirect call.
struct Handle {
    void (*fn)(void*);
    void* arg;
};

// Power-of-two ring buffer; grows by doubling. Each loop turn runs only what was queued when it began,
// as asyncio does, so a task that keeps yielding cannot starve the others.
class ReadyQueue {
public:
    ReadyQueue() : buf_(1024) {}
    void push(Handle h) {
        if (size_ == buf_.size()) grow();
        buf_[(head_ + size_) & (buf_.size() - 1)] = h;
        ++size_;
    }
    Handle pop() {
        Handle h = buf_[head_];
        head_ = (head_ + 1) & (buf_.size() - 1);
        --size_;
        return h;
    }
    std::size_t size() const { return size_; }

private:
    void grow() {
        std::vector<Handle> bigger(buf_.size() * 2);
        for (std::size_t i = 0; i < size_; ++i) bigger[i] = buf_[(head_ + i) & (buf_.size() - 1)];
        buf_.swap(bigger);
        head_ = 0;
    }
    std::vector<Handle> buf_;
    std::size_t head_ = 0, size_ = 0;
};

inline ReadyQueue& ready() {
    static ReadyQueue q;
    return q;
}

inline void resume_handle(void* p) { std::coroutine_handle<>::from_address(p).resume(); }

inline void call_soon(std::coroutine_handle<> h) { ready().push({resume_handle, h.address()}); }

inline void run_loop() {
    while (std::size_t n = ready().size()) {
        while (n--) {
            Handle h = ready().pop();
            h.fn(h.arg);
        }
    }
}

// Coroutine frames of one size class recycled through a free list: after warm-up a task costs no malloc.
struct FramePool {
    static constexpr std::size_t kQuantum = 64;
    static void*& head(std::size_t cls) {
        static void* heads[64] = {};
        return heads[cls];
    }
    static void* allocate(std::size_t n) {
        std::size_t cls = (n + kQuantum - 1) / kQuantum;
        if (cls < 64 && head(cls)) {
            void* p = head(cls);
            head(cls) = *static_cast<void**>(p);
            return p;
        }
        return std::malloc(cls * kQuantum);
    }
    static void release(void* p, std::size_t n) {
        std::size_t cls = (n + kQuantum - 1) / kQuantum;
        if (cls >= 64) return std::free(p);
        *static_cast<void**>(p) = head(cls);
        head(cls) = p;
    }
};

// What gather() waits on: the count of unfinished tasks and the coroutine to wake when it reaches zero.
struct GatherState {
    std::size_t remaining = 0;
    std::coroutine_handle<> waiter;
};

// asyncio wakes the gatherer through call_soon; so does this, to keep the same shape of work.
inline void on_task_done(GatherState& g) {
    if (--g.remaining == 0) call_soon(g.waiter);
}

// A lazy task returning int64_t: starts when awaited (symmetric transfer) or when spawned onto the queue.
class Task {
public:
    struct promise_type {
        std::int64_t value = 0;
        std::coroutine_handle<> continuation;
        struct GatherState* group = nullptr;  // set when spawned by gather(): the done callback's target
        bool done = false;
        std::exception_ptr error;

        static void* operator new(std::size_t n) { return FramePool::allocate(n); }
        static void operator delete(void* p, std::size_t n) { FramePool::release(p, n); }
        Task get_return_object() { return Task(std::coroutine_handle<promise_type>::from_promise(*this)); }
        std::suspend_always initial_suspend() noexcept { return {}; }
        struct Final {
            bool await_ready() noexcept { return false; }
            std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> h) noexcept {
                h.promise().done = true;
                if (auto c = h.promise().continuation) return c;
                if (h.promise().group) on_task_done(*h.promise().group);
                return std::noop_coroutine();
            }
            void await_resume() noexcept {}
        };
        Final final_suspend() noexcept { return {}; }
        void return_value(std::int64_t v) { value = v; }
        void unhandled_exception() { error = std::current_exception(); }
    };

    explicit Task(std::coroutine_handle<promise_type> h) : h_(h) {}
    Task(Task&& o) noexcept : h_(std::exchange(o.h_, {})) {}
    Task& operator=(Task&& o) noexcept {
        if (h_) h_.destroy();
        h_ = std::exchange(o.h_, {});
        return *this;
    }
    ~Task() {
        if (h_) h_.destroy();
    }

    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting) noexcept {
        h_.promise().continuation = awaiting;
        return h_;  // symmetric transfer: a tail call, no trip through the queue
    }
    std::int64_t await_resume() {
        if (h_.promise().error) std::rethrow_exception(h_.promise().error);
        return h_.promise().value;
    }

    std::coroutine_handle<promise_type> handle() const { return h_; }
    bool done() const { return h_.promise().done; }
    std::int64_t result() const { return h_.promise().value; }

private:
    std::coroutine_handle<promise_type> h_;
};

// `await sleep(0)`: requeue the current coroutine at the back of the ready queue.
struct Yield {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h) const noexcept { call_soon(h); }
    void await_resume() const noexcept {}
};

// gather(): schedules every task, then suspends until the last one finishes (one inline callback per task,
// no allocation beyond the frames).
class Gather {
public:
    explicit Gather(std::vector<Task>& tasks) : tasks_(tasks) {}
    bool await_ready() const noexcept { return tasks_.empty(); }
    void await_suspend(std::coroutine_handle<> waiter) {
        state_.waiter = waiter;
        state_.remaining = tasks_.size();
        for (Task& t : tasks_) {
            t.handle().promise().group = &state_;
            call_soon(t.handle());
        }
    }
    void await_resume() const noexcept {}

private:
    std::vector<Task>& tasks_;
    GatherState state_;
};

}  // namespace lean
