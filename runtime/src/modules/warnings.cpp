// The _warnings module (CPython's Python/_warnings.c as a module): warn, warn_explicit, the filters list, the
// default action, the "once" registry and _filters_mutated. The machinery is the runtime's (exec/warnings.cpp),
// because the runtime warns itself; runtime/lib/warnings.py imports these names as CPython's Lib/warnings.py does
// and adds the rest in Python (showwarning, formatwarning, the filter functions, catch_warnings).
#include <fmt/format.h>

#include "internal/module_args.h"
#include "internal/module_registry.h"
#include "internal/values.h"
#include "internal/warnings.h"

namespace pyco {
namespace {

int64_t lineno_arg(const Object& v) {
    if (!is_intlike(v)) type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(v)));
    return int_as_int64(v);
}

Object w_warn(const Args& a) {
    std::vector<Object> v = clinic_args("warn", a, {"message", "category", "stacklevel", "source"}, 1);
    int64_t stacklevel = v[2].null() ? 1 : lineno_arg(v[2]);
    warn_object(v[0], v[1], stacklevel, v[3].null() || is_none(v[3]) ? Object() : v[3]);
    return None();
}

Object w_warn_explicit(const Args& a) {
    std::vector<Object> v = clinic_args("warn_explicit", a,
                                        {"message", "category", "filename", "lineno", "module", "registry",
                                         "module_globals", "source"},
                                        4);
    if (!is_str(v[2])) type_error(fmt::format("warn_explicit() argument 'filename' must be str, not {}", type_name(v[2])));
    WarningInfo w;
    w.filename = v[2];
    w.lineno = lineno_arg(v[3]);
    w.module = v[4];
    w.registry = v[5];
    if (!w.registry.null() && !is_none(w.registry) && !is_dict(w.registry))
        type_error(fmt::format("'registry' must be a dict or None, not '{}'", type_name(w.registry)));
    w.source = v[7].null() || is_none(v[7]) ? Object() : v[7];
    warn_explicit(w, v[0], v[1]);
    return None();
}

Object w_filters_mutated(const Args& a) {
    check_nargs("_filters_mutated", a, 0, 0);
    warnings_filters_mutated();
    return None();
}

}  // namespace

void init_warnings_module(ModuleObj& m) {
    module_add(m, "filters", warnings_filters());
    module_add(m, "_defaultaction", warnings_defaultaction());
    module_add(m, "_onceregistry", warnings_onceregistry());
    module_add_functions(m, {{"warn", w_warn}, {"warn_explicit", w_warn_explicit},
                             {"_filters_mutated", w_filters_mutated}});
}

}  // namespace pyco
