// Start-up of the runtime: every built-in type's setup, once, in the order of internal/setups.def. The list is
// explicit because a static library drops object files nothing refers to, and their static initialisers with
// them (docs/design.md, "Type setup: one way").
#include "internal/type_setup.h"
#include "pyco/program.h"

namespace pyco {

void runtime_init() {
    static bool done = false;
    if (done) return;
    done = true;
#define PYCO_SETUP(fn) fn();
#include "internal/setups.def"
#undef PYCO_SETUP
}

void add_methods(Type& t, std::initializer_list<MethodDef> defs) {
    for (const MethodDef& d : defs) add_method(t, d.name, d.fn);
}

}  // namespace pyco
