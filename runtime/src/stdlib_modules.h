// Initialisers of the standard-library modules pyco provides, each in its own mod_<name>.cpp. modules.cpp
// registers them by name: referring to them from there keeps their objects in the linked program.
#pragma once

#include "pyco/module.h"

namespace pyco {

void init_math_module(ModuleObj& m);
// The rest of math (mod_math_extras.cpp), added by init_math_module.
void add_math_extras(ModuleObj& m);
void init_random_module(ModuleObj& m);
void init_functools_module(ModuleObj& m);
void init_dataclasses_module(ModuleObj& m);
void init_contextlib_module(ModuleObj& m);
void init_abc_module(ModuleObj& m);
void init_itertools_module(ModuleObj& m);
void init_collections_module(ModuleObj& m);
void init_os_module(ModuleObj& m);
void init_contextvars_module(ModuleObj& m);

}  // namespace pyco
