// Private to the runtime: the initialisers of the modules pyco provides, one per file or folder under
// runtime/src/modules/, declared from the list in pyco/modules.def that core/import.cpp registers.
#pragma once

#include "pyco/module.h"
#include "type_setup.h"

namespace pyco {

#define PYCO_MODULE(name, init) void init(ModuleObj& m);
#include "pyco/modules.def"
#undef PYCO_MODULE

// The rest of math (modules/math/integer_and_products.cpp), added by init_math_module.
void add_math_extras(ModuleObj& m);
void module_add(ModuleObj& m, const char* name, Object value);
void module_add_function(ModuleObj& m, const char* name, Object (*fn)(const struct Args&));
void module_add_functions(ModuleObj& m, std::initializer_list<MethodDef> defs);
// sys.argv for the running program (called by run_main).
void set_sys_argv(int argc, char** argv);
// sys.modules: every module imported so far, by name (core/import.cpp).
const Object& sys_modules();
// The program's compiled modules, which `import` finds before the provided ones (called by run_main).
void register_compiled_modules(const ModuleDef* const* modules, size_t count);
// Runs the main module's body as "__main__".
Object run_main_module(const ModuleDef& def);
// The compiled modules whose bodies ran, in the order their globals are cleared at exit: __main__, then the
// others from the last imported to the first.
std::vector<const ModuleDef*> modules_to_finalize();
// The end of a program (core/program.cpp): run_main calls it after the main module, an embedder's Runtime as it
// ends (main_module null).
void finish_program(const ModuleDef* main_module, Object& uncaught);
// Between a program's start (run_main, or an embedder's Runtime) and finish_program: a host thread's call into
// compiled code (pyco/embed.h) is allowed only then.
void set_runtime_alive(bool alive) noexcept;
bool runtime_alive() noexcept;

}  // namespace pyco
