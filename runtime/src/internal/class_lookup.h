// Private to the runtime: what the object core, the builtins and the modules call on user classes: calling a
// class, attribute lookup along the MRO with the descriptor protocol, and special-method lookup
// (implemented in runtime/src/classes/).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pyco/call.h"
#include "pyco/classes.h"

namespace pyco {

// `C(args)` for a user class: __new__, then __init__ when __new__ returned an instance of C.
Object call_user_class(const Type& cls, const Args& args);
// `C.name` for a user class (null when missing: the caller raises AttributeError).
Object user_class_getattr(const Object& cls, std::string_view name);
// `T.name` for a built-in type after its own methods and attributes: __mro__, __bases__, __dict__, __doc__,
// object's methods (object.__setattr__, object.__new__, ...).
Object builtin_class_getattr(const Type* cls, std::string_view name);
// `C.name = v` (v null: `del C.name`): user classes only; built-in types raise CPython's TypeError.
void class_setattr(const Object& cls, std::string_view name, const Object& v);
// isinstance(inst, cls) and issubclass(derived, cls), with the metaclass's __instancecheck__ and
// __subclasscheck__ (classes/subclass_checks.cpp).
bool isinstance_check(const Object& inst, const Object& cls);
bool issubclass_check(const Object& derived, const Object& cls);
// dir(o): type(o).__dir__(o) as a sorted list (classes/dir.cpp).
Object dir(const Object& o);

// The raw attribute `name` found along the MRO of `t` (user class dicts, built-in types' methods and
// attributes), before any binding; null when none.
Object lookup_mro(const Type* t, std::string_view name);
// The descriptor protocol: what `obj.name` gives for the class attribute `attr` (a function becomes a bound
// method, a classmethod binds the class, a property calls its getter...). `obj` null: accessed on the class.
Object bind_attribute(const Object& attr, const Object& obj, const Type* type);
// A special method looked up on the type (never the instance) and bound to `o`; null when the type has none.
Object special_method(const Object& o, std::string_view name);

}  // namespace pyco
