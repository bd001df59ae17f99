// Private to the runtime: exceptions raised where nothing can catch them (a finalizer, an atexit callback),
// reported as CPython's default sys.unraisablehook prints them.
#pragma once

#include <string>

#include "pyco/object.h"

namespace pyco {

// "Exception ignored in: <repr of where>" and the exception's report. An exception without traceback gets the
// running frame's entry, as CPython's finalizer runs in that frame.
void write_unraisable(const Object& where, const Object& exc);
// `heading` ("Exception ignored in atexit callback: <function f at 0x...>") and the exception's report, as it is.
void write_unraisable_message(const std::string& heading, const Object& exc);

}  // namespace pyco
