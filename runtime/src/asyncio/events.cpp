// The event loop (CPython's base_events.py + events.py): the ready queue, the timer heap, one loop turn as
// _run_once does it, run_forever / run_until_complete / stop / close, and which loop is current.
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

#include "internal.h"
#include "internal/module_registry.h"
#include "internal/threads.h"
#include "internal/asyncio.h"
#include "internal/type_setup.h"
#include "internal/values.h"
#include "pyco/builtins.h"
#include "pyco/call.h"
#include "pyco/ops.h"

namespace pyco {

// ---------------------------------------------------------------- the ready ring

ReadyRing::~ReadyRing() {
    clear();
    std::free(buf_);
}

void ReadyRing::grow() {
    size_t ncap = cap_ ? cap_ * 2 : 64;
    auto* nbuf = static_cast<Handle*>(std::malloc(ncap * sizeof(Handle)));
    if (!nbuf) throw std::bad_alloc();
    // Handles are moved bitwise: an Object is a plain word whose ownership moves with it.
    for (size_t i = 0; i < count_; ++i)
        std::memcpy(static_cast<void*>(&nbuf[i]), &buf_[(head_ + i) & (cap_ - 1)], sizeof(Handle));
    std::free(buf_);
    buf_ = nbuf;
    cap_ = ncap;
    head_ = 0;
}

void ReadyRing::push(HandleFn fn, Object a, Object b) {
    if (count_ == cap_) grow();
    Handle* slot = &buf_[(head_ + count_) & (cap_ - 1)];
    new (slot) Handle{fn, std::move(a), std::move(b)};
    ++count_;
}

Handle ReadyRing::pop() {
    Handle* slot = &buf_[head_];
    Handle h{slot->fn, std::move(slot->a), std::move(slot->b)};
    slot->~Handle();
    head_ = (head_ + 1) & (cap_ - 1);
    --count_;
    return h;
}

void ReadyRing::clear() {
    while (count_) pop();
}

// ---------------------------------------------------------------- clocks

int64_t seconds_to_ns(double s) noexcept {
    if (!(s == s)) return 0;
    constexpr double kMax = 9.0e18;
    double ns = s * 1e9;
    if (ns > kMax) return int64_t(kMax);
    if (ns < -kMax) return -int64_t(kMax);
    return int64_t(std::llround(ns));
}

// ---------------------------------------------------------------- loops

namespace {
// Every loop alive, oldest first: what the finalisation hook walks to find tasks left pending (tasks.cpp).
std::vector<LoopObj*>& loops_alive() {
    static std::vector<LoopObj*> loops;
    return loops;
}
}  // namespace

const std::vector<LoopObj*>& aio::live_loops() { return loops_alive(); }

LoopObj::LoopObj() : Obj(&LoopType) {
    epoll_fd = epoll_create1(EPOLL_CLOEXEC);
    loops_alive().push_back(this);
}

LoopObj::~LoopObj() {
    auto& loops = loops_alive();
    loops.erase(std::find(loops.begin(), loops.end(), this));
    ready.clear();
    for (TimerObj* t : timers) decref(t);
    timers.clear();
    if (epoll_fd >= 0) ::close(epoll_fd);
    if (wake_fd >= 0) ::close(wake_fd);
}

Object new_event_loop() {
    Object loop = Object::adopt(new LoopObj());
    // BaseSelectorEventLoop.__init__ names its selector at DEBUG level.
    if (Object logger = asyncio_logger(); !logger.null())
        call_method(logger, "debug", {str_("Using selector: %s"), str_("EpollSelector")});
    return loop;
}

namespace {
thread_local LoopObj* tl_running_loop = nullptr;
void check_closed(LoopObj* loop) {
    if (loop->closed) raise(RuntimeErrorType, "Event loop is closed");
}

void check_running(LoopObj* loop) {
    if (loop->running) raise(RuntimeErrorType, "This event loop is already running");
    if (tl_running_loop) raise(RuntimeErrorType, "Cannot run the event loop while another loop is running");
}
}  // namespace

LoopObj* running_loop() noexcept { return tl_running_loop; }
void set_running_loop(LoopObj* loop) noexcept { tl_running_loop = loop; }

LoopObj* get_running_loop() {
    if (!tl_running_loop) raise(RuntimeErrorType, "no running event loop");
    return tl_running_loop;
}


// ---------------------------------------------------------------- scheduling

void base_call_soon(LoopObj* loop, HandleFn fn, Object a, Object b) {
    check_closed(loop);
    loop->ready.push(fn, std::move(a), std::move(b));
}

void call_soon(LoopObj* loop, HandleFn fn, Object a, Object b) {
    if (loop_overrides(loop, "call_soon")) {
        call_override_with_handle(loop, "call_soon", {}, fn, a, b);
        return;
    }
    base_call_soon(loop, fn, std::move(a), std::move(b));
}

Object call_soon_handle(LoopObj* loop, HandleFn fn, Object a, Object b) {
    auto* t = new TimerObj(&HandleType);
    Object h = Object::adopt(t);
    t->h = Handle{fn, std::move(a), std::move(b)};
    t->loop = Object::borrow(loop);
    base_call_soon(loop, aio::run_timer, h);
    return h;
}

namespace {
bool timer_later(const TimerObj* x, const TimerObj* y) {
    return x->when != y->when ? x->when > y->when : x->seq > y->seq;
}
}  // namespace

void aio::run_timer(const Object& timer, const Object&) {
    auto* t = timer.as<TimerObj>();
    if (t->cancelled) return;
    t->h.fn(t->h.a, t->h.b);
}

Object base_call_at(LoopObj* loop, int64_t when_ns, HandleFn fn, Object a, Object b) {
    check_closed(loop);
    auto* t = new TimerObj(&TimerHandleType);
    t->when = when_ns;
    t->seq = loop->timer_seq++;
    t->h = Handle{fn, std::move(a), std::move(b)};
    t->scheduled = true;
    t->loop = Object::borrow(loop);
    incref(t);  // the heap's reference
    loop->timers.push_back(t);
    std::push_heap(loop->timers.begin(), loop->timers.end(), timer_later);
    return Object::adopt(t);
}

Object call_at(LoopObj* loop, int64_t when_ns, HandleFn fn, Object a, Object b) {
    if (loop_overrides(loop, "call_at"))
        return call_override_with_handle(loop, "call_at", {float_(double(when_ns) / 1e9)}, fn, a, b);
    return base_call_at(loop, when_ns, fn, std::move(a), std::move(b));
}

Object call_later_via_call_at(LoopObj* loop, double delay_s, HandleFn fn, Object a, Object b) {
    int64_t now = loop_overrides(loop, "time") ? seconds_to_ns(float_value(call_method(Object::borrow(loop), "time")))
                                               : monotonic_ns();
    return call_at(loop, now + seconds_to_ns(delay_s), fn, std::move(a), std::move(b));
}

Object call_later(LoopObj* loop, double delay_s, HandleFn fn, Object a, Object b) {
    if (loop_overrides(loop, "call_later"))
        return call_override_with_handle(loop, "call_later", {float_(delay_s)}, fn, a, b);
    return call_later_via_call_at(loop, delay_s, fn, std::move(a), std::move(b));
}

void timer_cancel(const Object& timer) {
    auto* t = timer.as<TimerObj>();
    if (t->cancelled) return;
    t->cancelled = true;
    if (t->scheduled && !t->loop.null()) as_loop(t->loop)->cancelled_timers++;
    // Drop the callback and its references now, as Handle.cancel() does (its repr then shows neither).
    t->h.fn = nullptr;
    t->h.a = Object();
    t->h.b = Object();
}

// ---------------------------------------------------------------- one turn of the loop

namespace {
constexpr size_t kMinScheduledTimers = 100;  // base_events._MIN_SCHEDULED_TIMER_HANDLES
constexpr int64_t kMaxSelectTimeoutNs = int64_t(24) * 3600 * 1000000000;

void drop_cancelled_timers(LoopObj* loop) {
    auto& heap = loop->timers;
    if (heap.size() > kMinScheduledTimers && loop->cancelled_timers * 2 > heap.size()) {
        std::vector<TimerObj*> keep;
        keep.reserve(heap.size() - loop->cancelled_timers);
        for (TimerObj* t : heap) {
            if (t->cancelled) {
                t->scheduled = false;
                decref(t);
            } else {
                keep.push_back(t);
            }
        }
        heap.swap(keep);
        std::make_heap(heap.begin(), heap.end(), timer_later);
        loop->cancelled_timers = 0;
        return;
    }
    while (!heap.empty() && heap.front()->cancelled) {
        std::pop_heap(heap.begin(), heap.end(), timer_later);
        TimerObj* t = heap.back();
        heap.pop_back();
        t->scheduled = false;
        if (loop->cancelled_timers) loop->cancelled_timers--;
        decref(t);
    }
}

// Waits as the selector does: epoll_wait with the timeout rounded up to whole milliseconds. The rounding
// matters for the output order: timers that expire within the same millisecond run in the same turn, as in
// CPython.
// Without file descriptors to watch, the wait is the scheduler's (threads/blocking.cpp): call_soon_threadsafe
// ends it, other threads run meanwhile, and under virtual time the clocks jump to the next timer once every
// thread waits (at once when there is no other thread).
void wait_for_events(LoopObj* loop, int64_t timeout_ns) {
    if (timeout_ns == 0) {  // a busy loop: no wait, but a thread that asked for the global lock gets it
        loop_tick();
        return;
    }
    int ms = -1;
    if (timeout_ns >= 0) ms = int((std::min(timeout_ns, kMaxSelectTimeoutNs) + 999999) / 1000000);
    if (loop->io_waiters == 0 || loop->epoll_fd < 0) {
        auto woken = [loop] { return loop->woken ? !(loop->woken = false) : false; };
        threads::wait_until(woken, ms < 0 ? -1 : monotonic_ns() + int64_t(ms) * 1000000);
        return;
    }
    // The socket issue's file descriptors: call_soon_threadsafe will also have to write to a wake-up fd here.
    threads::GilRelease unlocked;
    epoll_event ev[16];
    int64_t deadline = monotonic_ns() + int64_t(ms) * 1000000;
    for (;;) {
        int n = epoll_wait(loop->epoll_fd, ev, 16, ms);
        if (n >= 0 || errno != EINTR || ms < 0) break;
        int64_t left = deadline - monotonic_ns();
        if (left <= 0) break;
        ms = int((left + 999999) / 1000000);
    }
}

void move_expired_timers(LoopObj* loop) {
    auto& heap = loop->timers;
    if (heap.empty()) return;  // no clock read: most turns of a busy loop have no timers
    int64_t end_time = monotonic_ns() + 1;  // + the clock's resolution
    while (!heap.empty() && heap.front()->when < end_time) {
        std::pop_heap(heap.begin(), heap.end(), timer_later);
        TimerObj* t = heap.back();
        heap.pop_back();
        t->scheduled = false;
        if (t->cancelled && loop->cancelled_timers) loop->cancelled_timers--;
        loop->ready.push(aio::run_timer, Object::adopt(t), Object());
    }
}

// events.Handle._run's frame, which CPython's "Exception in callback" tracebacks start with.
enum class HandleRun { ContextRun = 80 };
const CodeInfo& handle_run_code() {
    static const CodeInfo& code = aio::asyncio_code(
        "_run", "Handle._run", "events.py", 78,
        {{HandleRun::ContextRun, "            self._context.run(self._callback, *self._args)"}});
    return code;
}

bool is_python_handle(const Handle& h) {
    if (h.fn == aio::run_timer) return is_python_handle(h.a.as<TimerObj>()->h);
    return h.fn == call_python_args || h.fn == call_python_1;
}

// The Handle a callback ran as, for the exception handler's context: the timer's own, or a new Handle.
Object handle_object(const Handle& h) {
    if (h.fn == aio::run_timer) return h.a;
    auto* t = new TimerObj(&HandleType);
    Object o = Object::adopt(t);
    t->h = h;
    if (LoopObj* loop = running_loop()) t->loop = Object::borrow(loop);
    return o;
}

void run_handle(Handle& h) {
    DepthGuard context_run(1);  // Handle._run calls Context.run (recursion count, frame.h)
    try {
        h.fn(h.a, h.b);
    } catch (const PyExc& e) {
        if (isinstance(e.exc, SystemExitType) || isinstance(e.exc, KeyboardInterruptType)) throw;
        // Python callbacks run in that frame (native ones are asyncio's own code).
        if (is_python_handle(h)) {
            Frame frame;
            frame.code = &handle_run_code();
            aio::at_line(frame, HandleRun::ContextRun);
            e.add_frame(frame);
        }
        HandlingGuard handling(e.exc);  // the handler runs in Handle._run's `except` block: exceptions chain to it
        call_exception_handler(running_loop(), {{"message", str_("Exception in callback " + callback_repr(h.fn, h.a, h.b))},
                                                {"exception", e.exc},
                                                {"handle", handle_object(h)}});
    }
}
}  // namespace

// _run_once in debug mode: a callback that takes slow_callback_duration or longer is reported, the way
// base_events._format_handle names it (a task's step by the task).
static void run_handle_timed(LoopObj* loop, Handle& h) {
    int64_t t0 = monotonic_ns();
    run_handle(h);
    double dt = double(monotonic_ns() - t0) / 1e9;
    if (dt < loop->slow_callback_duration) return;
    std::string what = h.fn == aio::task_step_handle ? repr_utf8(h.a) : str_utf8(handle_object(h));
    if (Object logger = asyncio_logger(); !logger.null()) {
        call_method(logger, "warning", {str_("Executing %s took %.3f seconds"), str_(what), float_(dt)});
        return;
    }
    flush_stdout();
    std::fputs(fmt::format("Executing {} took {:.3f} seconds\n", what, dt).c_str(), stderr);
    std::fflush(stderr);
}

int64_t loop_timeout_ns(LoopObj* loop) {
    drop_cancelled_timers(loop);
    if (!loop->ready.empty() || loop->stopping) return 0;
    if (loop->timers.empty()) return -1;
    return std::max<int64_t>(0, loop->timers.front()->when - monotonic_ns());
}

// Empties the host's wake-up eventfd: the wake-up it carried is this turn.
static void drain_wake_fd(LoopObj* loop) {
    if (loop->wake_fd < 0) return;
    uint64_t count;
    while (::read(loop->wake_fd, &count, sizeof count) < 0 && errno == EINTR) {
    }
}

static void run_one_turn(LoopObj* loop, bool may_wait) {
    int64_t timeout = may_wait ? loop_timeout_ns(loop) : 0;
    if (!may_wait) drop_cancelled_timers(loop);
    wait_for_events(loop, timeout);
    drain_wake_fd(loop);
    move_expired_timers(loop);
    // Only what was ready when the turn began: callbacks scheduled now run in the next turn.
    for (size_t n = loop->ready.size(); n > 0 && !loop->ready.empty(); --n) {
        Handle h = loop->ready.pop();
        if (loop->debug) run_handle_timed(loop, h);
        else run_handle(h);
    }
}

void run_once(LoopObj* loop) { run_one_turn(loop, true); }

int loop_host_fd(LoopObj* loop) {
    if (loop->wake_fd < 0 && loop->epoll_fd >= 0) {
        loop->wake_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.fd = loop->wake_fd;
        epoll_ctl(loop->epoll_fd, EPOLL_CTL_ADD, loop->wake_fd, &ev);
    }
    return loop->epoll_fd;
}

// ---------------------------------------------------------------- running and stopping

namespace {
// The loop running in this thread for as long as it lives (run_forever, or a host's step): checked, kept alive,
// counted as three frames, and not running nor stopping after, however it ends.
struct Running {
    LoopObj* loop;
    Object keep;
    DepthGuard frames{3};  // run_forever, _run_once, Handle._run (recursion count, frame.h)
    explicit Running(LoopObj* l) : loop(l), keep(Object::borrow(l)) {
        check_closed(loop);  // throwing here leaves the flags as they were: ~Running does not run
        check_running(loop);
        loop->running = true;
        tl_running_loop = loop;
    }
    ~Running() {
        loop->stopping = false;
        loop->running = false;
        tl_running_loop = nullptr;
    }
};
}  // namespace

void run_forever(LoopObj* loop) {
    Running running(loop);
    for (;;) {
        run_once(loop);
        if (loop->stopping) break;
    }
}

void run_host_step(LoopObj* loop) {
    Running running(loop);
    run_one_turn(loop, false);
}

void loop_stop(LoopObj* loop) { loop->stopping = true; }

void loop_close(LoopObj* loop) {
    if (loop->running) raise(RuntimeErrorType, "Cannot close a running event loop");
    if (loop->closed) return;
    loop->closed = true;
    loop->ready.clear();
    for (TimerObj* t : loop->timers) {
        t->scheduled = false;
        decref(t);
    }
    loop->timers.clear();
    loop->cancelled_timers = 0;
}

namespace {
// base_events._run_until_complete_cb: stops the loop once the future is done (unless it carries
// SystemExit/KeyboardInterrupt, which propagate by themselves).
void run_until_complete_cb(const Object&, const Object& fut) {
    FutureObj* f = as_future(fut);
    if (f->state == FutState::Finished && !f->exception.null() &&
        (isinstance(f->exception, SystemExitType) || isinstance(f->exception, KeyboardInterruptType)))
        return;
    loop_stop(future_loop(fut));
}
}  // namespace

Object run_until_complete(LoopObj* loop, const Object& future) {
    check_closed(loop);
    try {
        check_running(loop);
    } catch (const PyExc& e) {
        // The coroutine lives on in the traceback's frame, as in CPython: it warns when the error dies.
        e.exc.as<ExceptionObj>()->frame_refs.push_back(future);
        throw;
    }
    bool new_task = !is_future(future);
    Object fut = ensure_future(future, loop);
    if (new_task && is_task(fut)) as_task(fut)->log_destroy_pending = false;
    future_add_done_callback(fut, run_until_complete_cb, Object());
    try {
        DepthGuard frame(1);  // run_until_complete's own (recursion count, frame.h)
        run_forever(loop);
    } catch (const PyExc&) {
        FutureObj* f = as_future(fut);
        if (new_task && f->state == FutState::Finished) f->log_traceback = false;
        future_remove_done_callback(fut, run_until_complete_cb, Object());
        throw;
    }
    future_remove_done_callback(fut, run_until_complete_cb, Object());
    if (!future_done(fut)) raise(RuntimeErrorType, "Event loop stopped before Future completed.");
    return future_result(fut);
}

void setup_asyncio_events() {
    register_callback_repr(run_until_complete_cb, "_run_until_complete_cb", "base_events.py:180");
}

// ---------------------------------------------------------------- Python-level handles

void call_python_1(const Object& fn, const Object& arg) { call(fn, {arg}); }

void call_python_args(const Object& fn, const Object& args) {
    if (args.null()) {
        call(fn, {});
        return;
    }
    call_ex(fn, args, Object());
}

}  // namespace pyco
