// Private to the runtime: how a built-in type gets its slots and methods (docs/design.md, "Type setup: one way").
// Each file that defines types has one setup function, listed in setups.def; runtime_init() runs them in order.
#pragma once

#include <initializer_list>

#include "pyco/call.h"
#include "pyco/type.h"

namespace pyco {

#define PYCO_SETUP(fn) void fn();
#include "setups.def"
#undef PYCO_SETUP

// Sets every slot of `t` at once: the ones not named are null.
inline void set_slots(Type& t, const TypeSlots& slots) { static_cast<TypeSlots&>(t) = slots; }

struct MethodDef {
    const char* name;
    BuiltinFn fn;
};
// Methods take the instance as their first positional argument and are bound on attribute access.
void add_methods(Type& t, std::initializer_list<MethodDef> defs);
void add_method(Type& t, const char* name, BuiltinFn fn);

}  // namespace pyco
