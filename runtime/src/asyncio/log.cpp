// asyncio/log.py: the "asyncio" logger. pyco's asyncio writes through it only when the program has imported
// logging (the module is then compiled into the program and in sys.modules); otherwise nothing is configured
// and CPython's messages at WARNING and above come out as logging's last-resort handler prints them.
#include "internal.h"
#include "internal/module_registry.h"
#include "internal/values.h"
#include "pyco/call.h"

namespace pyco {

Object asyncio_logger() {
    Object logging = dict_get(sys_modules(), str_("logging"));
    if (logging.null() || is_none(logging)) return {};
    return call_method(logging, "getLogger", {str_("asyncio")});
}

}  // namespace pyco
