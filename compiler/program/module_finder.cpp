#include "module_finder.h"

#include <filesystem>
#include <set>

namespace pyco::program {

namespace fs = std::filesystem;

namespace {

// Modules CPython builds into the interpreter (sys.builtin_module_names): found before any folder, so a
// sys.py beside the program does not hide them.
bool is_builtin_module(std::string_view name) {
    static const std::set<std::string_view> names = {"_thread", "atexit", "builtins", "errno", "gc", "itertools",
                                                     "marshal", "posix", "pwd", "sys", "time"};
    return names.count(name) > 0;
}

bool is_file(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec);
}

bool is_dir(const fs::path& p) {
    std::error_code ec;
    return fs::is_directory(p, ec);
}

// One folder, as the path finder looks in it: a package first, then a module, then a namespace portion.
FoundModule find_in(const fs::path& dir, std::string_view last) {
    fs::path base = dir / std::string(last);
    if (is_file(base / "__init__.py")) return {ModuleKind::Package, (base / "__init__.py").string()};
    fs::path file = dir / (std::string(last) + ".py");
    if (is_file(file)) return {ModuleKind::Source, file.string()};
    if (is_dir(base)) return {ModuleKind::Namespace, base.string()};
    return {};
}

}  // namespace

bool is_provided_module(std::string_view name) {
    static const std::set<std::string_view> names = {
#define PYCO_MODULE(name, init) name,
#include "pyco/modules.def"
#undef PYCO_MODULE
    };
    return names.count(name) > 0;
}

std::vector<std::string> provided_module_uses(std::string_view name) {
    std::vector<std::string> uses;
#define PYCO_MODULE_USES(module, python_module) \
    if (name == module) uses.push_back(python_module);
#include "pyco/module_uses.def"
#undef PYCO_MODULE_USES
    return uses;
}

FoundModule find_module(const SearchPath& path, std::string_view name, const FoundModule* parent) {
    size_t dot = name.rfind('.');
    std::string_view last = dot == std::string_view::npos ? name : name.substr(dot + 1);
    if (parent) {
        if (parent->kind == ModuleKind::Provided) return is_provided_module(name) ? FoundModule{ModuleKind::Provided} : FoundModule{};
        if (parent->kind != ModuleKind::Package && parent->kind != ModuleKind::Namespace) return {};
        fs::path dir = parent->kind == ModuleKind::Package ? fs::path(parent->file).parent_path() : fs::path(parent->file);
        FoundModule f = find_in(dir, last);
        f.library = parent->library;
        return f;
    }
    if (is_builtin_module(name) && is_provided_module(name)) return {ModuleKind::Provided};
    // A namespace portion is used only when no folder has a regular module or package of that name.
    FoundModule portion;
    for (const std::string& d : path.dirs) {
        FoundModule f = find_in(d, last);
        if (f.kind == ModuleKind::Namespace) {
            if (portion.kind == ModuleKind::Missing) portion = f;
            continue;
        }
        if (f.kind != ModuleKind::Missing) return f;
    }
    // The standard library's folder comes after the user's on CPython's path; pyco's library and its C++
    // modules stand for it.
    if (!path.library.empty()) {
        FoundModule f = find_in(path.library, last);
        if (f.kind == ModuleKind::Source || f.kind == ModuleKind::Package) {
            f.library = true;
            return f;
        }
    }
    if (is_provided_module(name)) return {ModuleKind::Provided};
    return portion;
}

}  // namespace pyco::program
