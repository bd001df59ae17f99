// The life of a compiled program, as `python3 app.py` lives it: run the module, report an uncaught exception,
// then finalise (clear globals while "finalizing", so late deaths warn as "sys:1: ...").
#include "pyco/program.h"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <map>
#include <unordered_map>
#include <vector>
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

#include "pyco/builtins.h"
#include "pyco/exceptions.h"
#include "pyco/module.h"
#include "pyco/ops.h"
#include "internal/cycle_collector.h"
#include "internal/exit_registry.h"
#include "internal/module_registry.h"
#include "internal/threads.h"
#include "internal/unraisable.h"
#include "internal/values.h"

namespace pyco {

// SystemExit's code as the exit status: None -> 0, an int -> itself, anything else printed to stderr -> 1.
static int system_exit_status(const Object& exc) {
    Object args = getattr(exc, "args");
    if (len(args) == 0) return 0;
    Object code = getitem(args, int_(0));
    if (is_none(code)) return 0;
    if (is_int(code)) return int(int_as_int64(code));
    flush_stdout();
    std::fprintf(stderr, "%s\n", str_utf8(code).c_str());
    return 1;
}

// threading._shutdown(), when the program imported threading: waits for the threads that are not daemons, as
// CPython's finalisation does before the atexit callbacks.
static void join_threads() {
    Object threading = dict_get(sys_modules(), str_("threading"));
    if (threading.null() || is_none(threading)) return;
    try {
        call_method(threading, "_shutdown");
    } catch (const PyExc& e) {
        write_unraisable(threading, e.exc);
    }
}

// The end of the program, after its main module ran (or an embedder's Runtime ends): threads joined, atexit
// callbacks, then the modules' globals cleared while "finalizing" and the exit registry released.
// `uncaught` is the main module's uncaught exception (sys.last_value), dropped with the main module's globals.
void finish_program(const ModuleDef* main_module, Object& uncaught) {
    flush_stdout();
    join_threads();
    run_program_end_hooks();
    flush_stdout();
    set_runtime_alive(false);       // no host thread calls in while the program ends
    threads::stop_other_threads();  // daemon threads never run again
    set_finalizing(true);
    for (const ModuleDef* def : modules_to_finalize()) {
        try {
            def->clear_globals();
            // What other modules stored into it (`import *`, `m.x = ...` of a name it does not define).
            if (!def->self->null()) def->self->as<ModuleObj>()->dict.clear();
            if (def == main_module) uncaught = Object();
        } catch (const PyExc&) {
            // Exceptions raised while finalising are ignored, as CPython ignores them in __del__.
        }
    }
    uncaught = Object();
    run_exit_registry();
    flush_stdout();
    std::fflush(stderr);
#if defined(__SANITIZE_ADDRESS__)
    // The program has finished: everything it allocated must be freed by now (PYCO_SANITIZE, docs/toolchain.md).
    // Checked here, not at exit: static destructors would drop the containers that keep immortal constants and
    // types reachable, and LeakSanitizer would report those.
    __lsan_do_leak_check();
#endif
}

int run_main(int argc, char** argv, const ModuleDef* const* modules, size_t count) {
    runtime_init();
    set_runtime_alive(true);
    set_sys_argv(argc, argv);
    register_compiled_modules(modules, count);
    int status = 0;
    // CPython keeps the last uncaught exception (sys.last_value) until finalisation: objects its traceback holds
    // die only then.
    Object uncaught;
    try {
        run_main_module(*modules[0]);
    } catch (const PyExc& e) {
        if (isinstance(e.exc, SystemExitType)) {
            status = system_exit_status(e.exc);
        } else {
            flush_stdout();
            print_exception(e.exc);
            status = 1;
            uncaught = e.exc;
        }
    } catch (const std::bad_alloc&) {
        flush_stdout();
        std::fputs("MemoryError\n", stderr);
        status = 1;
    }
    finish_program(modules[0], uncaught);
    return status;
}

// ---- the exit registry ----

namespace {

struct ExitRegistry {
    std::vector<FinalizeHook> end_hooks;  // at_program_end
    std::vector<FinalizeHook> hooks;
    std::map<uint64_t, std::pair<Obj*, ExitRelease>> objects;  // by registration number: the order of release
    std::unordered_map<const Obj*, uint64_t> numbers;
    uint64_t next = 0;
};

// Never destroyed: an object held by a static may die during static destruction and unregister then.
ExitRegistry& exit_registry() {
    static auto* r = new ExitRegistry;
    return *r;
}

}  // namespace

void at_finalize(FinalizeHook hook) {
    auto& hooks = exit_registry().hooks;
    if (std::find(hooks.begin(), hooks.end(), hook) == hooks.end()) hooks.push_back(hook);
}

void at_program_end(FinalizeHook hook) {
    auto& hooks = exit_registry().end_hooks;
    if (std::find(hooks.begin(), hooks.end(), hook) == hooks.end()) hooks.push_back(hook);
}

void run_program_end_hooks() {
    auto& hooks = exit_registry().end_hooks;
    for (size_t i = 0; i < hooks.size(); ++i) {
        try {
            hooks[i]();
        } catch (const PyExc&) {
        }
    }
}

void exit_registry_add(Obj* obj, ExitRelease release) {
    auto& r = exit_registry();
    r.numbers[obj] = r.next;
    r.objects[r.next++] = {obj, release};
}

void exit_registry_remove(Obj* obj) {
    auto& r = exit_registry();
    auto it = r.numbers.find(obj);
    if (it == r.numbers.end()) return;
    r.objects.erase(it->second);
    r.numbers.erase(it);
}

void run_exit_registry() {
    auto& r = exit_registry();
    for (size_t i = 0; i < r.hooks.size(); ++i) {
        try {
            r.hooks[i]();
        } catch (const PyExc&) {
        }
    }
    // Objects registered while releasing (a __del__ that makes a class) are released in a later batch.
    for (uint64_t from = 0; from < r.next;) {
        uint64_t to = r.next;
        // Every object of the batch stays alive until all are released, so none dies while another's release
        // runs: a cycle's members are all cleared before any is freed, as in CPython's collector.
        std::vector<Object> alive;
        std::vector<std::pair<Obj*, ExitRelease>> batch;
        for (auto it = r.objects.lower_bound(from); it != r.objects.end() && it->first < to; ++it) {
            alive.push_back(Object::borrow(it->second.first));
            batch.push_back(it->second);
        }
        for (auto [obj, release] : batch) {
            try {
                release(obj);
            } catch (const PyExc&) {
            }
        }
        from = to;
    }
    collect_cycles();
}

}  // namespace pyco
