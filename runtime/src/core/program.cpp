// The life of a compiled program, as `python3 app.py` lives it: run the module, report an uncaught exception,
// then finalise (clear globals while "finalizing", so late deaths warn as "sys:1: ...").
#include "pyco/program.h"

#include <cstdio>
#include <exception>
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

#include "pyco/builtins.h"
#include "pyco/exceptions.h"
#include "pyco/module.h"
#include "pyco/ops.h"
#include "internal/module_registry.h"

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

int run_main(int argc, char** argv, const ModuleEntry& module) {
    runtime_init();
    set_sys_argv(argc, argv);
    int status = 0;
    // CPython keeps the last uncaught exception (sys.last_value) until finalisation: objects its traceback holds
    // die only then.
    Object uncaught;
    try {
        module.body();
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
    flush_stdout();
    set_finalizing(true);
    try {
        module.clear_globals();
        uncaught = Object();
    } catch (const PyExc&) {
        // Exceptions raised while finalising are ignored, as CPython ignores them in __del__.
    }
    for (FinalizeHook hook : finalize_hooks()) {
        try {
            hook();
        } catch (const PyExc&) {
        }
    }
    flush_stdout();
    std::fflush(stderr);
#if defined(__SANITIZE_ADDRESS__)
    // The program has finished: everything it allocated must be freed by now (PYCO_SANITIZE, docs/toolchain.md).
    // Checked here, not at exit: static destructors would drop the containers that keep immortal constants and
    // types reachable, and LeakSanitizer would report those.
    __lsan_do_leak_check();
#endif
    return status;
}

std::vector<FinalizeHook>& finalize_hooks() {
    static std::vector<FinalizeHook> hooks;
    return hooks;
}

void at_finalize(FinalizeHook hook) {
    for (FinalizeHook h : finalize_hooks())
        if (h == hook) return;
    finalize_hooks().push_back(hook);
}

}  // namespace pyco
