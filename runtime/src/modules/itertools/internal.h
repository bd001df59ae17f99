// Private to the itertools module (mod_itertools.cpp, mod_itertools_combinatorics.cpp): how its iterator types
// are declared.
#pragma once

#include "pyco/module.h"
#include "internal/values.h"

namespace pyco::itertools {

// An iterator type: iter() gives the object itself, `next` returns null at the end, `ctor` makes instances.
void iterator_type(Type& t, Object (*next)(const Object&), TypeCtor ctor);
// product, permutations, combinations and combinations_with_replacement.
void add_combinatorics(ModuleObj& m);

}  // namespace pyco::itertools
