// Private to the runtime: the run-time objects of type hints, types.GenericAlias (`list[int]`) and
// types.UnionType (`int | None`), and what they share (objects/generic_alias.cpp, objects/union_type.cpp).
#pragma once

#include <string>

#include "pyco/object.h"
#include "pyco/type.h"

namespace pyco {

extern Type GenericAliasType, UnionTypeType;

// origin[args]; `args` that is not a tuple becomes a one-item tuple.
Object generic_alias_(const Object& origin, const Object& args);
bool is_generic_alias(const Object& o) noexcept;
bool is_union_type(const Object& o) noexcept;
// The members of a union, for isinstance and issubclass (a tuple).
const Object& union_args(const Object& u);
// `a | b` for classes, None, aliases and unions; NotImplemented when either side is something else.
Object union_type_or(const Object& a, const Object& b);
// Gives a built-in class CPython's __class_getitem__ (cls[x] makes a GenericAlias).
void add_class_getitem(Type& t);

// How a hint shows inside another's repr: a class as its qualified name (without "builtins."), `...`, an
// alias or union as its repr, anything else as repr().
std::string typing_repr_item(const Object& o);
// __parameters__: the type variables among `args`, nested ones included, in first-seen order.
Object typing_parameters_of(const Object& alias);
// The new arguments of `alias[key]`: each type variable replaced by its item of `key` (CPython's
// _Py_subs_parameters), with CPython's errors for a wrong count or an alias without variables.
Object typing_substitute(const Object& alias, const Object& args, const Object& key);

}  // namespace pyco
