// The parts of the os module pyco provides: os.environ (a mapping over the process environment whose writes
// go to setenv/unsetenv, as CPython's os._Environ), os.getenv, os.getpid and the path constants.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>

#include "internal/module_args.h"
#include "pyco/module.h"
#include "internal/module_registry.h"
#include "internal/values.h"
#include "internal/type_setup.h"

extern char** environ;

namespace pyco {

namespace {

Type EnvironType("_Environ", "os", &ObjectType);

struct EnvironObj : Obj {
    Object data;  // dict str -> str, read from the environment at import
    EnvironObj() : Obj(&EnvironType), data(dict_()) {}
};

Object& env_data(const Object& o) { return o.as<EnvironObj>()->data; }

void check_str(const Object& v) {
    if (!is_str(v)) type_error(fmt::format("str expected, not {}", type_name(v)));
}

Object environ_getitem(const Object& o, const Object& key) {
    Object v = is_str(key) ? dict_get(env_data(o), key) : Object();
    if (v.null()) raise_(new_exception(KeyErrorType, {key}));
    return v;
}

void environ_setitem(const Object& o, const Object& key, const Object& v) {
    check_str(key);
    check_str(v);
    setenv(std::string(str_view(key)).c_str(), std::string(str_view(v)).c_str(), 1);
    dict_set(env_data(o), key, v);
}

void environ_delitem(const Object& o, const Object& key) {
    if (!is_str(key) || !dict_del(env_data(o), key)) raise_(new_exception(KeyErrorType, {key}));
    unsetenv(std::string(str_view(key)).c_str());
}

int environ_contains(const Object& o, const Object& key) { return is_str(key) && !dict_get(env_data(o), key).null(); }
int64_t environ_len(const Object& o) { return len(env_data(o)); }
Object environ_iter(const Object& o) { return iter(env_data(o)); }
std::string environ_repr(const Object& o) { return fmt::format("environ({})", repr_utf8(env_data(o))); }

Object m_get(const Args& a) {
    check_nargs("get", a, 2, 3);
    Object v = is_str(a[1]) ? dict_get(env_data(a[0]), a[1]) : Object();
    return v.null() ? (a.npos > 2 ? a[2] : None()) : v;
}
Object m_keys(const Args& a) { return call_method(env_data(a[0]), "keys"); }
Object m_values(const Args& a) { return call_method(env_data(a[0]), "values"); }
Object m_items(const Args& a) { return call_method(env_data(a[0]), "items"); }
Object m_copy(const Args& a) { return call_method(env_data(a[0]), "copy"); }

Object os_getenv(const Args& a) {
    std::vector<Object> v = clinic_args("getenv", a, {"key", "default"}, 1);
    if (!is_str(v[0])) type_error(fmt::format("str expected, not {}", type_name(v[0])));
    static Object env = import_module("os");
    Object got = dict_get(env_data(getattr(env, "environ")), v[0]);
    return got.null() ? (v[1].null() ? None() : v[1]) : got;
}

Object os_getpid(const Args& a) {
    check_nargs("getpid", a, 0, 0);
    return int_(int64_t(getpid()));
}

// os.cpu_count(): the online processors, as CPython's sysconf(_SC_NPROCESSORS_ONLN); None when unknown.
Object os_cpu_count(const Args& a) {
    check_nargs("cpu_count", a, 0, 0);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n >= 1 ? int_(int64_t(n)) : None();
}

}  // namespace

void setup_os() {
    set_slots(EnvironType, {.repr = environ_repr, .unhashable = true, .len = environ_len, .iter = environ_iter,
                            .getitem = environ_getitem, .setitem = environ_setitem, .delitem = environ_delitem,
                            .contains = environ_contains});
    add_methods(EnvironType, {{"get", m_get}, {"keys", m_keys}, {"values", m_values}, {"items", m_items},
                              {"copy", m_copy}});
}

void init_os_module(ModuleObj& m) {
    auto* env = new EnvironObj();
    Object e = Object::adopt(env);
    for (char** p = environ; p && *p; ++p) {
        std::string_view entry(*p);
        size_t eq = entry.find('=');
        if (eq == std::string_view::npos || eq == 0) continue;
        dict_set(env->data, str_own(std::string(entry.substr(0, eq))), str_own(std::string(entry.substr(eq + 1))));
    }
    module_add(m, "environ", e);
    module_add_functions(m, {{"getenv", os_getenv}, {"getpid", os_getpid}, {"cpu_count", os_cpu_count}});
    module_add(m, "name", str_("posix"));
    module_add(m, "sep", str_("/"));
    module_add(m, "altsep", None());
    module_add(m, "extsep", str_("."));
    module_add(m, "pathsep", str_(":"));
    module_add(m, "linesep", str_("\n"));
    module_add(m, "curdir", str_("."));
    module_add(m, "pardir", str_(".."));
    module_add(m, "devnull", str_("/dev/null"));
}

}  // namespace pyco
