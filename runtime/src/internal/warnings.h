// Private to the runtime: the warnings machinery (exec/warnings.cpp) as the `_warnings` module
// (modules/warnings.cpp) reaches it. The runtime's own warnings go through `warn` (pyco/exceptions.h).
#pragma once

#include <cstdint>

#include "pyco/object.h"

namespace pyco {

// Where a warning is attributed, and the registry that remembers it there.
struct WarningInfo {
    Object filename;
    int64_t lineno = 0;
    Object module;    // null or None: derived from the filename, as warn_explicit does
    Object registry;  // a dict, or null/None for none
    Object source;    // the object warned about (a dying coroutine), or null
};

// warnings.warn(message, category, stacklevel, source): category null or None means UserWarning.
void warn_object(Object message, Object category, int64_t stacklevel, const Object& source);
// warnings.warn_explicit: the filters, the registries, then showing it or raising it ("error").
void warn_explicit(const WarningInfo& w, Object message, Object category);
// The frame `stacklevel` up from the running one: its file, line, module and registry ("sys", 1 when none).
WarningInfo locate_warning(int64_t stacklevel);

// `_warnings`' own state: filters (with CPython's defaults), _onceregistry, _defaultaction.
Object warnings_filters();
Object warnings_onceregistry();
Object warnings_defaultaction();
// Every registry is stale after the filters change (_filters_mutated).
void warnings_filters_mutated();

}  // namespace pyco
