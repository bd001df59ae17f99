// The module registry, the module type, and the small built-in modules `sys` and `time`.
#include <fmt/format.h>
#include <time.h>

#include <cmath>
#include <map>

#include "pyco/builtins.h"
#include "pyco/asyncio.h"
#include "pyco/module.h"
#include "stdlib_modules.h"
#include "values.h"

namespace pyco {

Type ModuleType("module", "builtins", &ObjectType);

namespace {

struct Registered {
    ModuleInit init;
    Object module;  // null until first import
};

// Function-local so that modules registering from static initialisers in other files find it constructed.
std::map<std::string, Registered, std::less<>>& registry() {
    static std::map<std::string, Registered, std::less<>> r;
    return r;
}

std::string module_repr(const Object& o) { return fmt::format("<module '{}' (built-in)>", o.as<ModuleObj>()->name); }

Object module_getattr(const Object& o, std::string_view name) {
    auto* m = o.as<ModuleObj>();
    auto it = m->dict.find(std::string(name));
    if (it != m->dict.end()) return it->second;
    if (name == "__name__") return str_(m->name);
    return {};
}

void module_setattr(const Object& o, std::string_view name, const Object& v) {
    auto* m = o.as<ModuleObj>();
    ++m->version;
    if (v.null()) {
        if (!m->dict.erase(std::string(name))) raise_attribute_error(o, name);
        return;
    }
    m->dict[std::string(name)] = v;
}

// ---- sys ----

std::vector<std::string>& argv_storage() {
    static std::vector<std::string> a;
    return a;
}

Object sys_exit(const Args& a) {
    check_nargs("exit", a, 0, 1);
    if (a.npos == 0) raise_(new_exception(SystemExitType));
    raise_(new_exception(SystemExitType, {a[0]}));
}

void init_sys(ModuleObj& m) {
    std::vector<Object> argv;
    for (const std::string& s : argv_storage()) argv.push_back(str_(s));
    if (argv.empty()) argv.push_back(str_(""));
    module_add(m, "argv", list_from(std::move(argv)));
    module_add(m, "stdout", std_stream(1));
    module_add(m, "stderr", std_stream(2));
    module_add(m, "maxsize", int_(INT64_MAX));
    module_add(m, "platform", str_("linux"));
    module_add(m, "byteorder", str_("little"));
    module_add_function(m, "exit", sys_exit);
}

// ---- time ----
// The clocks come from the asyncio port (virtual_time.cpp): under PYCO_VIRTUAL_TIME they include the loop's jumps.

double clock_seconds(int64_t ns) { return double(ns / 1000000000) + double(ns % 1000000000) * 1e-9; }

Object time_time(const Args& a) {
    check_nargs("time", a, 0, 0);
    return float_(clock_seconds(realtime_ns()));
}
Object time_monotonic(const Args& a) {
    check_nargs("monotonic", a, 0, 0);
    return float_(clock_seconds(monotonic_ns()));
}
Object time_perf_counter(const Args& a) {
    check_nargs("perf_counter", a, 0, 0);
    return float_(clock_seconds(monotonic_ns()));
}
Object time_time_ns(const Args& a) {
    check_nargs("time_ns", a, 0, 0);
    return int_(realtime_ns());
}
Object time_monotonic_ns(const Args& a) {
    check_nargs("monotonic_ns", a, 0, 0);
    return int_(monotonic_ns());
}
Object time_sleep(const Args& a) {
    check_nargs("sleep", a, 1, 1);
    if (!is_float(a[0]) && !is_intlike(a[0]))
        type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(a[0])));
    double secs = float_value(a[0]);
    if (secs < 0) value_error("sleep length must be non-negative");
    flush_stdout();  // output printed before a pause appears before it, as on a terminal
    if (virtual_time()) {  // blocks nothing else: advance the clocks instead of waiting
        advance_virtual_clock(seconds_to_ns(secs));
        return None();
    }
    timespec ts{time_t(secs), long((secs - std::floor(secs)) * 1e9)};
    while (nanosleep(&ts, &ts) != 0) {
    }
    return None();
}

void init_time(ModuleObj& m) {
    module_add_function(m, "time", time_time);
    module_add_function(m, "monotonic", time_monotonic);
    module_add_function(m, "perf_counter", time_perf_counter);
    module_add_function(m, "time_ns", time_time_ns);
    module_add_function(m, "monotonic_ns", time_monotonic_ns);
    module_add_function(m, "sleep", time_sleep);
}

struct Init {
    Init() {
        ModuleType.repr = module_repr;
        ModuleType.getattr = module_getattr;
        ModuleType.setattr = module_setattr;
        register_module("sys", init_sys);
        register_module("time", init_time);
        // Named here so that the linker keeps asyncio's objects: nothing else refers to them.
        register_module("asyncio", asyncio_module_init);
        register_module("math", init_math_module);
        register_module("random", init_random_module);
        register_module("functools", init_functools_module);
        register_module("dataclasses", init_dataclasses_module);
        register_module("contextlib", init_contextlib_module);
        register_module("abc", init_abc_module);
        register_module("itertools", init_itertools_module);
        register_module("collections", init_collections_module);
        register_module("os", init_os_module);
        register_module("contextvars", init_contextvars_module);
    }
} init;

}  // namespace

void register_module(const char* name, ModuleInit init) { registry()[name] = Registered{init, Object()}; }

Object import_module(std::string_view name) {
    auto& r = registry();
    auto it = r.find(name);
    if (it == r.end()) {
        Object e = new_exception(ModuleNotFoundErrorType, fmt::format("No module named '{}'", name));
        raise_(e);
    }
    if (it->second.module.null()) {
        auto* m = new ModuleObj(std::string(name));
        it->second.module = immortal(Object::adopt(m));
        m->dict["__name__"] = str_(name);
        it->second.init(*m);
    }
    return it->second.module;
}

std::vector<std::string> provided_modules() {
    std::vector<std::string> names;
    for (auto& [n, _] : registry()) names.push_back(n);
    return names;
}

void module_add(ModuleObj& m, const char* name, Object value) {
    ++m.version;
    m.dict[name] = std::move(value);
}

Object getattr_filling(const Object& o, const char* name, ModuleAttrCache& cache) {
    Object v = getattr(o, name);
    if (o.type() == &ModuleType) {
        cache.module = o.as<ModuleObj>();
        cache.version = cache.module->version;
        cache.value = v;
    }
    return v;
}

void module_add_function(ModuleObj& m, const char* name, Object (*fn)(const Args&)) {
    module_add(m, name, make_builtin(name, fn));
}

void set_sys_argv(int argc, char** argv) {
    auto& a = argv_storage();
    a.assign(argv, argv + argc);
}

}  // namespace pyco
