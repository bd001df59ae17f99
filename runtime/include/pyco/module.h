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

struct ModuleObj : Obj {
    std::string name;
    std::unordered_map<std::string, Object> dict;
    // Further names the real module has (submodules, private helpers) that pyco does not provide: they are
    // candidates for "Did you mean" suggestions only.
    std::vector<std::string> extra_names;
    uint64_t version = 0;  // bumped by every change to `dict`: ModuleAttrCache entries older than it are stale
    explicit ModuleObj(std::string n) : Obj(&ModuleType), name(std::move(n)) {}
};

using ModuleInit = void (*)(ModuleObj& m);
// `import name`: the module, initialised on first use; ModuleNotFoundError "No module named 'x'" otherwise.
Object import_module(std::string_view name);
// Names of the modules pyco provides (modules.def; the compiler refuses other imports at compile time).
std::vector<std::string> provided_modules();
// `from module import name`: ImportError "cannot import name 'x' from 'asyncio' (unknown location)" when missing.
Object import_from(const Object& module, std::string_view name);

// `name.attr` in generated code, where `name` is a module-level variable (usually an imported module): a cache
// per site remembers the module, its version and the value, so that `asyncio.sleep` in a loop costs a pointer
// compare instead of hashing "sleep". Any other object takes the ordinary getattr.
struct ModuleAttrCache {
    const ModuleObj* module = nullptr;
    uint64_t version = 0;
    Object value;
};
Object getattr_filling(const Object& o, const char* name, ModuleAttrCache& cache);
inline Object getattr_cached(const Object& o, const char* name, ModuleAttrCache& cache) {
    if (o.is_ptr() && o.ptr() == cache.module && cache.module->version == cache.version) return cache.value;
    return getattr_filling(o, name, cache);
}

}  // namespace pyco
