// Async generators and the loop (base_events.py): the hooks run_forever installs with sys.set_asyncgen_hooks,
// so that a generator left suspended (an `async for` ended by `break`, or an exception) has its `finally` run by
// an `aclose()` task when it dies, and shutdown_asyncgens(), which asyncio.run awaits to close the ones still
// alive. pyco installs the hooks for as long as the generator's first iteration finds a loop running, which is
// when CPython's installed hooks would see it.
#include <algorithm>
#include <fmt/format.h>

#include "internal.h"
#include "pyco/call.h"
#include "pyco/ops.h"
#include "internal/values.h"

namespace pyco {

namespace {

enum class ShutdownAsyncgens { SetCalled = 541, IfNoAsyncgens = 543, Gather = 551, Report = 556 };

const CodeInfo& shutdown_asyncgens_code() {
    static const CodeInfo& code = aio::asyncio_code(
        "shutdown_asyncgens", "BaseEventLoop.shutdown_asyncgens", "base_events.py", 539,
        {{ShutdownAsyncgens::SetCalled, "        self._asyncgens_shutdown_called = True"},
         {ShutdownAsyncgens::IfNoAsyncgens, "        if not len(self._asyncgens):"},
         {ShutdownAsyncgens::Gather, "        results = await tasks.gather("},
         {ShutdownAsyncgens::Report, "                self.call_exception_handler({"}});
    return code;
}

// agen.aclose() as a coroutine, so that a Task can drive it (CPython's aclose() awaitable is one by the
// Coroutine ABC). It has no file, so it adds no frame to tracebacks: CPython's awaitable has none.
const CodeInfo kAcloseCode{"aclose", "aclose", nullptr, 0, nullptr};
const CodeInfo& aclose_code() { return kAcloseCode; }

Coro aclose_coroutine(const CodeInfo&, Object step) {
    co_await enter();
    co_return co_await step;
}

Object aclose_of(const Object& gen) { return aclose_coroutine(aclose_code(), call_method(gen, "aclose")).obj; }

// The callback _asyncgen_finalizer_hook schedules: self.create_task(agen.aclose()).
void create_aclose_task(const Object& loop, const Object& gen) { create_task(as_loop(loop), aclose_of(gen)); }

void forget(LoopObj* loop, AsyncGenPromise* gen) {
    auto& v = loop->asyncgens;
    v.erase(std::remove(v.begin(), v.end(), gen), v.end());
}

Coro shutdown_asyncgens_body(const CodeInfo&, Object loop_obj) {
    Frame& f = co_await enter();
    LoopObj* loop = as_loop(loop_obj);
    aio::at_line(f, ShutdownAsyncgens::SetCalled);
    loop->asyncgens_shutdown_called = true;
    aio::at_line(f, ShutdownAsyncgens::IfNoAsyncgens);
    if (loop->asyncgens.empty()) co_return None();
    std::vector<Object> closing;
    for (AsyncGenPromise* g : loop->asyncgens) closing.push_back(Object::borrow(g));
    loop->asyncgens.clear();
    std::vector<Object> closers;
    for (const Object& g : closing) closers.push_back(aclose_of(g));
    aio::at_line(f, ShutdownAsyncgens::Gather);
    Object results = co_await gather(closers, true);
    aio::at_line(f, ShutdownAsyncgens::Report);
    const std::vector<Object>& items = list_items(results);
    for (size_t i = 0; i < items.size() && i < closing.size(); ++i)
        if (isinstance(items[i], ExceptionType))
            call_exception_handler(loop, {{"message", str_(fmt::format("an error occurred during closing of "
                                                                       "asynchronous generator {}",
                                                                       repr_utf8(closing[i])))},
                                          {"exception", items[i]},
                                          {"asyncgen", closing[i]}});
    co_return None();
}

}  // namespace

void asyncgen_firstiter(AsyncGenPromise* gen) {
    LoopObj* loop = running_loop();
    if (!loop) return;
    gen->finalizer_loop = Object::borrow(loop);
    loop->asyncgens.push_back(gen);
}

bool asyncgen_finalize(AsyncGenPromise* gen) {
    if (gen->finalizer_loop.null()) return false;
    Object loop = std::move(gen->finalizer_loop);
    gen->finalizer_loop = Object();
    forget(as_loop(loop), gen);
    // ag_closed: an exhausted or closed generator needs nothing more.
    if (gen->state == PromiseState::Done || as_loop(loop)->closed) return false;
    gen->refcnt = 1;  // resurrected: the scheduled callback owns it now
    call_soon(as_loop(loop), create_aclose_task, loop, Object::adopt(gen));
    return true;
}

Object shutdown_asyncgens(LoopObj* loop) {
    return shutdown_asyncgens_body(shutdown_asyncgens_code(), Object::borrow(loop)).obj;
}

}  // namespace pyco
