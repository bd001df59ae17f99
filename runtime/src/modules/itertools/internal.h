// Private to the itertools module (itertools.cpp, combinatorics.cpp).
#pragma once

#include "pyco/module.h"
#include "internal/values.h"

namespace pyco::itertools {

// product, permutations, combinations and combinations_with_replacement.
void add_combinatorics(ModuleObj& m);

}  // namespace pyco::itertools
