// Modules: `import asyncio` gives a module object whose attributes are looked up at run time, as in CPython
// (so `asyncio.coroutine` fails with CPython's AttributeError, suggestion included).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "object.h"
#include "type.h"

namespace pyco {

// A module compiled from Python (the program's own modules and pyco's library written in Python): what its
// translation unit tells the import system. Its module-level variables stay C++ statics of that unit, for speed;
// the module object reads and writes them through `globals`, so `m.x = 1` from another module is what m's own
// functions see next (docs/design.md, "Programs of many modules").
struct GlobalSlot {
    const char* name;
    Object* value;  // null Object: unbound
};
struct ModuleDef {
    const char* name;     // dotted name; "__main__" for the program's main file
    const char* file;     // __file__ (absolute); nullptr for a namespace package (a folder without __init__.py)
    const char* doc;      // the docstring, or nullptr
    bool package;         // an __init__.py (or a namespace package): it has __path__ and submodules
    Object* self;         // the unit's handle on its module object, set before `body` runs
    void (*body)();       // the top-level code; nullptr for a namespace package
    void (*clear_globals)();
    const GlobalSlot* globals;
    size_t nglobals;
};

struct ModuleObj : Obj {
    std::string name;
    std::unordered_map<std::string, Object> dict;
    // Further names the real module has (submodules, private helpers) that pyco does not provide: they are
    // candidates for "Did you mean" suggestions only.
    std::vector<std::string> extra_names;
    uint64_t version = 0;  // bumped by every change to `dict`: ModuleAttrCache entries older than it are stale
    const ModuleDef* def = nullptr;                      // compiled from Python: its variables are def->globals
    std::unordered_map<std::string_view, Object*> slots;  // def->globals by name
    bool initializing = false;                            // its body is running (CPython's __spec__._initializing)
    // builtins: compiled code binds builtin names when it is compiled, so a change to this module would go unseen;
    // module_setattr refuses it instead.
    bool read_only = false;
    Object globals_dict;  // what globals() returned last: CPython returns the one dict each time (module_namespace)
    explicit ModuleObj(std::string n) : Obj(&ModuleType), name(std::move(n)) {}
};

using ModuleInit = void (*)(ModuleObj& m);
// `import a.b as x`: the module a.b, importing a, then a.b, each once (sys.modules); ModuleNotFoundError
// "No module named 'x'" when the program has no such module.
Object import_module(std::string_view name);
// `import a.b`: imports as import_module does and returns the top-level package `a`, the name it binds.
Object import_top(std::string_view name);
// `from a.b import x, y`: imports a.b, then each of `names` (null-terminated) that is a submodule of a package
// and not yet one of its attributes; returns a.b.
Object import_for_from(std::string_view name, const char* const* names);
// Names of the modules pyco provides in C++ (modules.def).
std::vector<std::string> provided_modules();
// `from module import name`: the attribute, or the submodule module.name already imported; otherwise CPython's
// ImportError ("cannot import name 'x' from 'm' (/path/m.py)", "... from partially initialized module 'm' (most
// likely due to a circular import) ...", "(unknown location)" for a module without a file).
Object import_from(const Object& module, std::string_view name);
// `from module import *` at module level of the module `into`: the names in module.__all__, or every name not
// starting with an underscore.
void import_star(const Object& module, const Object& into);
// A relative import that leaves the package tree ("attempted relative import beyond top-level package") or that
// has no package ("attempted relative import with no known parent package"), raised when it runs, as CPython does.
[[noreturn]] void raise_relative_import_error(bool has_parent);
// A name that nothing in a module binds, in a module that imports `*`: the module's own namespace (what the star
// import put there), then the builtins, else NameError as raise_name_error gives it.
Object load_module_name(const Object& self, const char* name, const char* const* local_names,
                        const char* const* global_names);

// `name.attr` in generated code, where `name` is a module-level variable (usually an imported module): a cache
// per site remembers the module, its version and the value, so that `asyncio.sleep` in a loop costs a pointer
// compare instead of hashing "sleep". Any other object takes the ordinary getattr.
struct ModuleAttrCache {
    const ModuleObj* module = nullptr;
    uint64_t version = 0;
    Object value;
    const Object* slot = nullptr;  // a compiled module's variable: read it each time, it may be rebound
};
Object getattr_filling(const Object& o, const char* name, ModuleAttrCache& cache);
inline Object getattr_cached(const Object& o, const char* name, ModuleAttrCache& cache) {
    if (o.is_ptr() && o.ptr() == cache.module) {
        if (cache.slot) {
            if (!cache.slot->null()) return *cache.slot;
        } else if (cache.module->version == cache.version) {
            return cache.value;
        }
    }
    return getattr_filling(o, name, cache);
}

}  // namespace pyco
