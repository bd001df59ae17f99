// An embedder's Runtime and the calls into compiled code (pyco/embed.h): the runtime starts as run_main starts
// it and ends as a program ends; the global lock is held only while compiled code runs.
#include <atomic>
#include <cstdio>
#include <stdexcept>

#include "pyco/builtins.h"
#include "pyco/embed.h"
#include "pyco/exceptions.h"
#include "pyco/module.h"
#include "pyco/program.h"
#include "internal/module_registry.h"
#include "internal/threads.h"

namespace pyco {

namespace {
std::atomic<bool> g_runtime_alive{false};
bool g_embedder_runtime = false;  // a Runtime object exists
}

void set_runtime_alive(bool alive) noexcept { g_runtime_alive = alive; }
bool runtime_alive() noexcept { return g_runtime_alive; }

Runtime::Runtime() : Runtime(0, nullptr) {}

Runtime::Runtime(int argc, char** argv) {
    if (g_embedder_runtime || g_runtime_alive) throw std::logic_error("pyco::Runtime: one runtime per process");
    g_embedder_runtime = true;
    runtime_init();
    char empty[] = "";
    char* no_args[] = {empty, nullptr};
    set_sys_argv(argc > 0 ? argc : 1, argc > 0 ? argv : no_args);
    g_runtime_alive = true;
    // The host's own code runs without the lock, so that Python threads (executors) go on while it does.
    threads::drop_gil();
}

Runtime::~Runtime() {
    threads::take_gil();
    Object uncaught;
    finish_program(nullptr, uncaught);
}

namespace embed {

// Python's print and the host's printf write through two buffers to one file: entering Python flushes the
// host's (stdio), and returning flushes Python's, so their output keeps the order the calls made it in.
Call::Call() : took_(!threads::holds_gil()) {
    if (!took_) return;
    if (!g_runtime_alive) throw std::logic_error("pyco: construct a pyco::Runtime before calling compiled Python");
    std::fflush(stdout);
    threads::take_gil();
}

Call::~Call() {
    if (!took_) return;
    flush_stdout();
    threads::drop_gil();
}

Object Ref::copy(const Object& o) {
    if (o.null()) return o;
    Call c;
    return o;
}

void Ref::release() noexcept {
    // After the runtime ended (a Task kept past ~Runtime), the object is left alone: the runtime is gone.
    if (!g_runtime_alive) {
        (void)o_.release();
        return;
    }
    bool took = !threads::holds_gil();
    if (took) threads::take_gil();
    o_ = Object();
    if (took) threads::drop_gil();
}

Object import_module(const ModuleDef* const* modules, size_t count, const char* name) {
    static const ModuleDef* const* registered = nullptr;
    if (registered != modules) {
        register_compiled_modules(modules, count);
        registered = modules;
    }
    return pyco::import_module(name);
}

}  // namespace embed
}  // namespace pyco
