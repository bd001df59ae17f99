#include "builtin_names.h"

#include <string_view>
#include <unordered_map>

namespace pyco::sema {

namespace {

enum class Kind { provided, unprovided, compiled, module_attr };

const std::unordered_map<std::string_view, Kind>& builtin_kinds() {
    static const std::unordered_map<std::string_view, Kind> kinds = {
#define PYCO_BUILTIN(name, kind) {#name, Kind::kind},
#include "pyco/builtins.def"
#undef PYCO_BUILTIN
    };
    return kinds;
}

}  // namespace

bool is_builtin_name(const std::string& name) {
    auto it = builtin_kinds().find(name);
    // The builtins module's own __doc__ or __spec__ is shadowed by the module's: a global.
    return it != builtin_kinds().end() && it->second != Kind::module_attr;
}

bool is_module_attribute(const std::string& name) {
    auto it = builtin_kinds().find(name);
    return name == "__path__" || (it != builtin_kinds().end() && it->second == Kind::module_attr);
}

bool is_provided_builtin(const std::string& name) {
    auto it = builtin_kinds().find(name);
    return it != builtin_kinds().end() && (it->second == Kind::provided || it->second == Kind::compiled);
}

}  // namespace pyco::sema
