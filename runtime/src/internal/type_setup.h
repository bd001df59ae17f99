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
// Functions stored as class attributes, never bound: what CPython writes as classmethods or staticmethods of a
// built-in type (int.from_bytes, dict.fromkeys, str.maketrans) ignore the class in pyco.
void add_unbound_functions(Type& t, std::initializer_list<MethodDef> defs);

// The `iter` slot of every iterator type: iter(it) is it.
Object self_iter(const Object& o);
// An iterator type: iter(it) is it, next(it) calls `next`; calling the type runs `ctor` (null: the base
// chain's constructor).
void set_iterator_type(Type& t, Object (*next)(const Object&), TypeCtor ctor = nullptr);
// The constructor of a type that Python code cannot instantiate, which would otherwise inherit object's:
// CPython's "cannot create 'itertools._grouper' instances".
Object no_instances(const Type& cls, const Args& args);

}  // namespace pyco
