// The sys module: argv, the standard streams, exit, and the constants programs read.
#include <fmt/format.h>

#include "internal/frame_objects.h"
#include "internal/module_registry.h"
#include "internal/threads.h"
#include "internal/values.h"

namespace pyco {
namespace {

std::vector<std::string>& argv_storage() {
    static std::vector<std::string> a;
    return a;
}

Object sys_exit(const Args& a) {
    check_nargs("exit", a, 0, 1);
    if (a.npos == 0) raise_(new_exception(SystemExitType));
    raise_(new_exception(SystemExitType, {a[0]}));
}

// sys.version_info, the version of CPython whose behaviour pyco reproduces: a named tuple whose class CPython
// names "sys.version_info".
Object version_info() {
    Object make = getattr(import_module("_collections"), "namedtuple");
    Object cls = call(make, {str_("version_info"), str_("major minor micro releaselevel serial")}, {{"module", str_("sys")}});
    cls.as<Type>()->name = "sys.version_info";
    cls.as<Type>()->module = "builtins";
    return call(cls, {int_(3), int_(11), int_(7), str_("final"), int_(0)});
}

// (type, value, traceback) of the exception an `except` block (or a function it calls) is handling: logging's
// exc_info.
Object sys_exc_info(const Args& a) {
    check_nargs("exc_info", a, 0, 0);
    Object exc = current_handled_exception();
    if (exc.null()) return tuple_from({None(), None(), None()});
    return tuple_from({type_object(*exc.type()), exc, getattr(exc, "__traceback__")});
}

// sys._getframe(depth=0): a snapshot of the caller's frame (a built-in function has no frame of its own), and
// of the frames below it (internal/frame_objects.h).
Object sys_getframe(const Args& a) {
    check_nargs("_getframe", a, 0, 1);
    int64_t depth = a.npos ? int_as_int64(a[0]) : 0;
    std::vector<TracebackEntry> chain = stack_snapshot(depth > 0 ? size_t(depth) : 0);
    if (chain.empty()) value_error("call stack is not deep enough");
    return frame_object(std::move(chain));
}

// How long a thread waits for the global lock before the holder must hand it over (docs/threads.md).
Object sys_getswitchinterval(const Args& a) {
    check_nargs("getswitchinterval", a, 0, 0);
    return float_(threads::switch_interval());
}

Object sys_setswitchinterval(const Args& a) {
    check_nargs("setswitchinterval", a, 1, 1);
    if (!is_float(a[0]) && !is_intlike(a[0]))
        type_error(fmt::format("must be real number, not {}", type_name(a[0])));
    double v = float_value(a[0]);
    if (!(v > 0)) value_error("switch interval must be strictly positive");
    threads::set_switch_interval(v);
    return None();
}

}  // namespace

void init_sys_module(ModuleObj& m) {
    std::vector<Object> argv;
    for (const std::string& s : argv_storage()) argv.push_back(str_(s));
    if (argv.empty()) argv.push_back(str_(""));
    module_add(m, "argv", list_from(std::move(argv)));
    module_add(m, "stdout", std_stream(1));
    module_add(m, "stderr", std_stream(2));
    module_add(m, "maxsize", int_(INT64_MAX));
    module_add(m, "platform", str_("linux"));
    module_add(m, "byteorder", str_("little"));
    module_add_functions(m, {{"exit", sys_exit}, {"exc_info", sys_exc_info}, {"_getframe", sys_getframe},
                             {"getswitchinterval", sys_getswitchinterval},
                             {"setswitchinterval", sys_setswitchinterval}});
    module_add(m, "modules", sys_modules());
    module_add(m, "version_info", version_info());
    module_add(m, "hexversion", int_(0x030b07f0));
    module_add(m, "version", str_("3.11.7 (pyco)"));
}

void set_sys_argv(int argc, char** argv) { argv_storage().assign(argv, argv + argc); }

}  // namespace pyco
