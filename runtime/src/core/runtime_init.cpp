// Start-up of the runtime: every built-in type's setup, once, in the order of internal/setups.def. The list is
// explicit because a static library drops object files nothing refers to, and their static initialisers with
// them (docs/design.md, "Type setup: one way").
#include <fmt/format.h>

#include "internal/threads.h"
#include "internal/type_setup.h"
#include "internal/values.h"
#include "pyco/program.h"

namespace pyco {

void runtime_init() {
    static bool done = false;
    if (done) return;
    done = true;
    threads::mark_main_thread_holds_gil();
#define PYCO_SETUP(fn) fn();
#include "internal/setups.def"
#undef PYCO_SETUP
}

void add_methods(Type& t, std::initializer_list<MethodDef> defs) {
    for (const MethodDef& d : defs) t.methods[d.name] = immortal(make_builtin(d.name, d.fn));
}

void add_unbound_functions(Type& t, std::initializer_list<MethodDef> defs) {
    for (const MethodDef& d : defs) t.attrs[d.name] = immortal(make_builtin(d.name, d.fn));
}

Object self_iter(const Object& o) { return o; }

Object no_instances(const Type& cls, const Args&) {
    type_error(fmt::format("cannot create '{}' instances", cls.qualified_name()));
}

void set_iterator_type(Type& t, Object (*next)(const Object&), TypeCtor ctor) {
    set_slots(t, {.iter = self_iter, .next = next});
    if (ctor) set_type_constructor(t, ctor);
}

}  // namespace pyco
